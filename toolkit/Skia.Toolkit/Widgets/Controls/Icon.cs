using Skia.Toolkit.Rendering;
using SkiaSharp;

namespace Skia.Toolkit.Widgets;

/// <summary>
/// Icon is a small monochrome glyph that a control draws in its current text colour (so it follows hover,
/// pressed, disabled and the theme). Build one from an <see cref="SKPath"/> in a square design box (vector:
/// crisp at any DPI scale) or from an <see cref="SKImage"/> whose alpha is the shape; or use a built-in one
/// such as <see cref="Close"/> or <see cref="Search"/>.
/// </summary>
/// <remarks>An icon is immutable and may be shared by many controls; it is drawn on the UI thread only.</remarks>
public sealed class Icon
{
    // The built-in glyphs are drawn in a 24-unit box with 2-unit round strokes, the grid of the common
    // outline icon sets (Feather, Lucide), so they sit well next to ones taken from those sets.
    private const float BuiltInBox = 24;
    private const float BuiltInStroke = 2;

    private readonly SKPath? _path;
    private readonly float _box;
    private readonly float _strokeWidth;
    private readonly SKImage? _image;
    // One tint filter, remade only when the colour changes, so repainting a button allocates nothing.
    private SKColorFilter? _tint;
    private SKColor _tintColor;

    private Icon(string name, SKPath? path, float box, float strokeWidth, SKImage? image)
    {
        Name = name;
        _path = path;
        _box = box;
        _strokeWidth = strokeWidth;
        _image = image;
    }

    /// <summary>Close is a diagonal cross (×), for closing panels, tabs and toasts.</summary>
    public static Icon Close { get; } = Polylines("close", [6, 6, 18, 18], [18, 6, 6, 18]);

    /// <summary>ChevronDown is a downward chevron, for drop-downs and expanders.</summary>
    public static Icon ChevronDown { get; } = Polylines("chevron-down", [6, 9, 12, 15, 18, 9]);

    /// <summary>Plus is a plus sign, for adding and increasing.</summary>
    public static Icon Plus { get; } = Polylines("plus", [12, 5, 12, 19], [5, 12, 19, 12]);

    /// <summary>Minus is a minus sign, for removing and decreasing.</summary>
    public static Icon Minus { get; } = Polylines("minus", [5, 12, 19, 12]);

    /// <summary>Search is a magnifying glass, for symbol search and filters.</summary>
    public static Icon Search { get; } = BuiltIn("search", p =>
    {
        p.AddCircle(11, 11, 7, SKPathDirection.Clockwise);
        p.MoveTo(16, 16);
        p.LineTo(21, 21);
    });

    /// <summary>Settings is a simple gear: a ring with eight teeth around a hub, for preferences.</summary>
    public static Icon Settings { get; } = BuiltIn("settings", p =>
    {
        p.AddCircle(12, 12, 3, SKPathDirection.Clockwise);
        p.AddCircle(12, 12, 6.5f, SKPathDirection.Clockwise);
        for (int i = 0; i < 8; i++)
        {
            float angle = i * MathF.PI / 4;
            float dx = MathF.Cos(angle), dy = MathF.Sin(angle);
            p.MoveTo(12 + (6.5f * dx), 12 + (6.5f * dy));
            p.LineTo(12 + (9.5f * dx), 12 + (9.5f * dy));
        }
    });

    /// <summary>Name identifies the icon in markup snapshots ("close", "search", or the name given to a custom icon).</summary>
    public string Name { get; }

    /// <summary>
    /// FromPath makes a vector icon from <paramref name="path"/>, drawn in a square box of <paramref name="boxSize"/>
    /// units (scaled to the icon's size when drawn): filled when <paramref name="strokeWidth"/> is 0, else stroked
    /// that wide (in box units) with round caps and joins. The path is copied.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">boxSize is not positive and finite, or strokeWidth is negative or not finite.</exception>
    public static Icon FromPath(SKPath path, float boxSize = BuiltInBox, float strokeWidth = 0, string name = "path")
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(name);
        if (!float.IsFinite(boxSize) || boxSize <= 0) throw new ArgumentOutOfRangeException(nameof(boxSize), boxSize, "The design box needs a positive, finite size.");
        if (!float.IsFinite(strokeWidth) || strokeWidth < 0) throw new ArgumentOutOfRangeException(nameof(strokeWidth), strokeWidth, "The stroke width must be 0 (fill) or positive and finite.");
        return new Icon(name, new SKPath(path), boxSize, strokeWidth, null);
    }

    /// <summary>
    /// FromImage makes an icon from a bitmap glyph: its alpha is the shape and its colours are ignored, so it is
    /// tinted like a vector icon. The image is scaled to the icon's size; the caller keeps ownership and must keep it alive while the icon is used.
    /// </summary>
    public static Icon FromImage(SKImage image, string name = "image")
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(name);
        return new Icon(name, null, 0, 0, image);
    }

    /// <summary>ToString returns the icon's name.</summary>
    public override string ToString() => Name;

    /// <summary>Draw draws the icon into the square <paramref name="rect"/> in <paramref name="color"/>.</summary>
    internal void Draw(SKCanvas canvas, SKRect rect, SKColor color)
    {
        if (_path != null)
        {
            float scale = rect.Width / _box;
            canvas.Save();
            canvas.Translate(rect.Left, rect.Top);
            canvas.Scale(scale);
            var paint = _strokeWidth > 0 ? ScratchPaint.Stroke(color, _strokeWidth) : ScratchPaint.Fill(color);
            paint.StrokeCap = SKStrokeCap.Round;
            paint.StrokeJoin = SKStrokeJoin.Round;
            canvas.DrawPath(_path, paint);
            canvas.Restore();
            return;
        }

        var image = ScratchPaint.Image();
        image.IsAntialias = true;
        image.ColorFilter = TintFilter(color);
        canvas.DrawImage(_image!, rect, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear), image);
        image.ColorFilter = null;
    }

    private SKColorFilter TintFilter(SKColor color)
    {
        if (_tint == null || _tintColor != color)
        {
            _tint?.Dispose();
            // SrcIn keeps the image's alpha and replaces its colour: the glyph becomes a mask in the tint colour.
            _tint = SKColorFilter.CreateBlendMode(color, SKBlendMode.SrcIn);
            _tintColor = color;
        }

        return _tint;
    }

    // Each polyline is x0, y0, x1, y1, ... in the 24-unit box.
    private static Icon Polylines(string name, params float[][] lines) => BuiltIn(name, p =>
    {
        foreach (var line in lines)
        {
            p.MoveTo(line[0], line[1]);
            for (int i = 2; i + 1 < line.Length; i += 2) p.LineTo(line[i], line[i + 1]);
        }
    });

    private static Icon BuiltIn(string name, Action<SKPathBuilder> build)
    {
        using var builder = new SKPathBuilder();
        build(builder);
        return new Icon(name, builder.Detach(), BuiltInBox, BuiltInStroke, null);
    }
}
