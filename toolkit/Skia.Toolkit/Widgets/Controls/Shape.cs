using Skia.Toolkit.Core;
using SkiaSharp;

namespace Skia.Toolkit.Widgets;

/// <summary>Shape is the base of leaf widgets that fill and stroke a geometry; it wants no size of its own (set Width/Height or let it stretch).</summary>
public abstract class Shape : Widget
{
    private SKColor _fill;
    private SKColor _stroke;
    private float _strokeThickness;

    /// <summary>Fill is the colour inside the shape (transparent: not filled).</summary>
    public SKColor Fill
    {
        get => _fill;
        set
        {
            if (_fill == value) return;
            _fill = value;
            InvalidatePaint();
        }
    }

    /// <summary>Stroke is the colour of the outline (transparent: no outline).</summary>
    public SKColor Stroke
    {
        get => _stroke;
        set
        {
            if (_stroke == value) return;
            _stroke = value;
            InvalidatePaint();
        }
    }

    /// <summary>StrokeThickness is the outline width in logical pixels, drawn inside the bounds (default 0: no outline).</summary>
    public float StrokeThickness
    {
        get => _strokeThickness;
        set
        {
            if (!float.IsFinite(value) || value < 0) throw new ArgumentException($"StrokeThickness must be finite and not negative, got {value}.", nameof(value));
            if (_strokeThickness == value) return;
            _strokeThickness = value;
            InvalidatePaint();
        }
    }

    /// <summary>DescribeMarkup writes fill, stroke and stroke thickness when set.</summary>
    protected override void DescribeMarkup(MarkupWriter w)
    {
        if (_fill.Alpha != 0) w.Property("fill", _fill);
        if (_stroke.Alpha != 0 && _strokeThickness > 0)
        {
            w.Property("stroke", _stroke);
            w.Property("strokeThickness", _strokeThickness);
        }
    }
}
