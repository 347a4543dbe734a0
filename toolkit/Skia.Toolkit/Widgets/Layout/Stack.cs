using Skia.Toolkit.Core;
using SkiaSharp;

namespace Skia.Toolkit.Widgets;

/// <summary>Stack lines its visible children up vertically (top to bottom) or horizontally (left to right), with optional spacing between them.</summary>
public sealed class Stack : Panel
{
    private Orientation _orientation;
    private float _spacing;

    /// <summary>Orientation is the stacking direction (default Vertical).</summary>
    public Orientation Orientation
    {
        get => _orientation;
        set
        {
            if (_orientation == value) return;
            _orientation = value;
            InvalidateMeasure();
        }
    }

    /// <summary>Spacing is the gap between neighbouring visible children, in logical pixels.</summary>
    public float Spacing
    {
        get => _spacing;
        set
        {
            if (!float.IsFinite(value) || value < 0) throw new ArgumentException($"Spacing must be finite and not negative, got {value}.", nameof(value));
            if (_spacing == value) return;
            _spacing = value;
            InvalidateMeasure();
        }
    }

    /// <summary>MeasureOverride gives each child unlimited length along the stack and the available breadth across it.</summary>
    protected override SKSize MeasureOverride(SKSize available)
    {
        bool vertical = _orientation == Orientation.Vertical;
        var childAvailable = vertical ? new SKSize(available.Width, float.PositiveInfinity) : new SKSize(float.PositiveInfinity, available.Height);
        float along = 0, across = 0;
        int visible = 0;
        var children = ChildList;
        for (int i = 0; i < children.Count; i++)
        {
            var child = children[i];
            var d = child.Measure(childAvailable);
            if (!child.IsVisible) continue;
            visible++;
            along += vertical ? d.Height : d.Width;
            across = Math.Max(across, vertical ? d.Width : d.Height);
        }

        if (visible > 1) along += _spacing * (visible - 1);
        return vertical ? new SKSize(across, along) : new SKSize(along, across);
    }

    /// <summary>ArrangeOverride places the children one after another at their desired length and the full breadth.</summary>
    protected override void ArrangeOverride(SKSize finalSize)
    {
        bool vertical = _orientation == Orientation.Vertical;
        float offset = 0;
        var children = ChildList;
        for (int i = 0; i < children.Count; i++)
        {
            var child = children[i];
            if (!child.IsVisible)
            {
                child.Arrange(SKRect.Empty);
                continue;
            }

            var d = child.DesiredSize;
            if (vertical)
            {
                child.Arrange(new SKRect(0, offset, finalSize.Width, offset + d.Height));
                offset += d.Height + _spacing;
            }
            else
            {
                child.Arrange(new SKRect(offset, 0, offset + d.Width, finalSize.Height));
                offset += d.Width + _spacing;
            }
        }
    }

    /// <summary>DescribeMarkup writes orientation and spacing.</summary>
    protected override void DescribeMarkup(MarkupWriter w)
    {
        w.Property("orientation", _orientation.ToString());
        if (_spacing != 0) w.Property("spacing", _spacing);
        base.DescribeMarkup(w);
    }
}
