using Skia.Toolkit.Core;
using Skia.Toolkit.Rendering;
using SkiaSharp;

namespace Skia.Toolkit.Widgets;

/// <summary>Image draws an SKImage (one image pixel per logical pixel at natural size), scaled by <see cref="Stretch"/>. The widget does not own the image: dispose it yourself after the widget stops using it.</summary>
public sealed class Image : Widget
{
    private SKImage? _source;
    private Stretch _stretch = Stretch.Uniform;

    /// <summary>Source is the image to draw, or null for nothing.</summary>
    public SKImage? Source
    {
        get => _source;
        set
        {
            if (ReferenceEquals(_source, value)) return;
            _source = value;
            InvalidateMeasure();
            InvalidatePaint();
        }
    }

    /// <summary>Stretch says how the image fills the space (default Uniform).</summary>
    public Stretch Stretch
    {
        get => _stretch;
        set
        {
            if (!Enum.IsDefined(value)) throw new ArgumentOutOfRangeException(nameof(value), value, "Unknown stretch mode.");
            if (_stretch == value) return;
            _stretch = value;
            InvalidateMeasure();
            InvalidatePaint();
        }
    }

    /// <summary>MeasureOverride wants the natural size, scaled down (or up) by the stretch mode to fit the finite available space.</summary>
    protected override SKSize MeasureOverride(SKSize available)
    {
        if (_source == null) return SKSize.Empty;
        var natural = new SKSize(_source.Width, _source.Height);
        var scale = ScaleFactors(natural, available);
        return new SKSize(natural.Width * scale.Width, natural.Height * scale.Height);
    }

    /// <summary>OnRender draws the image centred in the bounds, clipped to them.</summary>
    protected override void OnRender(SKCanvas canvas)
    {
        if (_source == null || _source.Width == 0 || _source.Height == 0) return;
        var size = Bounds.Size;
        var natural = new SKSize(_source.Width, _source.Height);
        var scale = ScaleFactors(natural, size);
        float w = natural.Width * scale.Width, h = natural.Height * scale.Height;
        var dest = new SKRect((size.Width - w) / 2, (size.Height - h) / 2, 0, 0);
        dest.Right = dest.Left + w;
        dest.Bottom = dest.Top + h;
        int saved = canvas.Save();
        canvas.ClipRect(new SKRect(0, 0, size.Width, size.Height));
        canvas.DrawImage(_source, dest, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None), ScratchPaint.Image());
        canvas.RestoreToCount(saved);
    }

    /// <summary>DescribeMarkup writes the image size and stretch mode.</summary>
    protected override void DescribeMarkup(MarkupWriter w)
    {
        if (_source != null) w.Property("source", $"{_source.Width}x{_source.Height}");
        w.Property("stretch", _stretch.ToString());
    }

    /// <summary>ScaleFactors computes the x and y scale for the stretch mode, as WPF's Viewbox does; infinite space leaves the image at natural size.</summary>
    private SKSize ScaleFactors(SKSize natural, SKSize space)
    {
        if (_stretch == Stretch.None || natural.Width == 0 || natural.Height == 0) return new SKSize(1, 1);
        bool finiteW = float.IsFinite(space.Width), finiteH = float.IsFinite(space.Height);
        if (!finiteW && !finiteH) return new SKSize(1, 1);
        float sx = finiteW ? space.Width / natural.Width : float.PositiveInfinity;
        float sy = finiteH ? space.Height / natural.Height : float.PositiveInfinity;
        switch (_stretch)
        {
            case Stretch.Uniform:
                float u = Math.Min(sx, sy);
                return new SKSize(u, u);
            case Stretch.UniformToFill:
                float f = finiteW && finiteH ? Math.Max(sx, sy) : Math.Min(sx, sy);
                return new SKSize(f, f);
            default:
                if (!finiteW) sx = sy;
                if (!finiteH) sy = sx;
                return new SKSize(sx, sy);
        }
    }
}
