using Skia.Toolkit.Core;
using SkiaSharp;

namespace Skia.Toolkit.Widgets;

/// <summary>Dock attaches children to its edges in order, each taking a strip of what is left; the last child fills the remaining centre (unless <see cref="LastChildFill"/> is false).</summary>
public sealed class Dock : Panel
{
    private bool _lastChildFill = true;

    /// <summary>LastChildFill makes the last visible child fill the space left by the others (default true).</summary>
    public bool LastChildFill
    {
        get => _lastChildFill;
        set
        {
            if (_lastChildFill == value) return;
            _lastChildFill = value;
            InvalidateArrange();
        }
    }

    /// <summary>SetDock records the edge <paramref name="child"/> docks to (default Left).</summary>
    public static void SetDock(Widget child, DockSide side)
    {
        ArgumentNullException.ThrowIfNull(child);
        // A range check, not Enum.IsDefined: under NativeAOT that reads the enum's reflection metadata, pages of the
        // executable the start would otherwise not touch (perf/README.md, u-rss2).
        if ((uint)side > (uint)DockSide.Bottom) throw new ArgumentOutOfRangeException(nameof(side), side, "Unknown dock side.");
        if (child.DockEdge == (int)side) return;
        child.DockEdge = (int)side;
        child.Parent?.InvalidateMeasure();
    }

    /// <summary>GetDock returns the edge <paramref name="child"/> docks to.</summary>
    public static DockSide GetDock(Widget child)
    {
        ArgumentNullException.ThrowIfNull(child);
        return (DockSide)child.DockEdge;
    }

    /// <summary>Add appends <paramref name="child"/> docked to <paramref name="side"/>.</summary>
    public void Add(Widget child, DockSide side)
    {
        SetDock(child, side);
        Add(child);
    }

    /// <summary>MeasureOverride measures each child in the space the earlier ones left.</summary>
    protected override SKSize MeasureOverride(SKSize available)
    {
        float usedW = 0, usedH = 0, maxW = 0, maxH = 0;
        var children = ChildList;
        for (int i = 0; i < children.Count; i++)
        {
            var child = children[i];
            var d = child.Measure(new SKSize(Math.Max(0, available.Width - usedW), Math.Max(0, available.Height - usedH)));
            if (!child.IsVisible) continue;
            switch ((DockSide)child.DockEdge)
            {
                case DockSide.Left:
                case DockSide.Right:
                    maxH = Math.Max(maxH, usedH + d.Height);
                    usedW += d.Width;
                    break;
                default:
                    maxW = Math.Max(maxW, usedW + d.Width);
                    usedH += d.Height;
                    break;
            }
        }

        return new SKSize(Math.Max(maxW, usedW), Math.Max(maxH, usedH));
    }

    /// <summary>ArrangeOverride gives each child its strip along its edge; the last visible child gets the rest when LastChildFill is set.</summary>
    protected override void ArrangeOverride(SKSize finalSize)
    {
        var children = ChildList;
        int lastVisible = -1;
        for (int i = children.Count - 1; i >= 0; i--)
        {
            if (children[i].IsVisible)
            {
                lastVisible = i;
                break;
            }
        }

        float left = 0, top = 0, right = finalSize.Width, bottom = finalSize.Height;
        for (int i = 0; i < children.Count; i++)
        {
            var child = children[i];
            if (!child.IsVisible)
            {
                child.Arrange(SKRect.Empty);
                continue;
            }

            float w = Math.Max(0, right - left), h = Math.Max(0, bottom - top);
            if (i == lastVisible && _lastChildFill)
            {
                child.Arrange(new SKRect(left, top, left + w, top + h));
                continue;
            }

            var d = child.DesiredSize;
            switch ((DockSide)child.DockEdge)
            {
                case DockSide.Left:
                    float lw = Math.Min(d.Width, w);
                    child.Arrange(new SKRect(left, top, left + lw, top + h));
                    left += lw;
                    break;
                case DockSide.Right:
                    float rw = Math.Min(d.Width, w);
                    child.Arrange(new SKRect(right - rw, top, right, top + h));
                    right -= rw;
                    break;
                case DockSide.Top:
                    float th = Math.Min(d.Height, h);
                    child.Arrange(new SKRect(left, top, left + w, top + th));
                    top += th;
                    break;
                default:
                    float bh = Math.Min(d.Height, h);
                    child.Arrange(new SKRect(left, bottom - bh, left + w, bottom));
                    bottom -= bh;
                    break;
            }
        }
    }

    /// <summary>DescribeMarkup writes LastChildFill when it is off.</summary>
    protected override void DescribeMarkup(MarkupWriter w)
    {
        if (!_lastChildFill) w.Property("lastChildFill", false);
        base.DescribeMarkup(w);
    }
}
