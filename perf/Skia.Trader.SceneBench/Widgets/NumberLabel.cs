using SkiaSharp;
using Skia.Toolkit.Core;
using Skia.Toolkit.Text;
using Skia.Trader.Scene.Format;
using Skia.Trader.Scene.Layout;

namespace Skia.Trader.SceneBench.Widgets;

/// <summary>NumberLabel shows one changing number through the toolkit's numeric fast path (no shaping, no allocation); it repaints only when its text or colour changes.</summary>
internal sealed class NumberLabel : Widget
{
    private readonly NumericText _text;
    private readonly bool _alignRight;
    private SKColor _color;

    /// <summary>NumberLabel draws with <paramref name="font"/> in <paramref name="color"/>, left or right aligned in its bounds.</summary>
    public NumberLabel(NumericFont font, uint color, bool alignRight)
    {
        _text = new NumericText(font);
        _color = SceneTheme.Color(color);
        _alignRight = alignRight;
    }

    /// <summary>Color is the text colour as 0xAARRGGBB.</summary>
    public uint Color
    {
        set
        {
            var c = SceneTheme.Color(value);
            if (c == _color) return;
            _color = c;
            InvalidatePaint();
        }
    }

    /// <summary>SetFixed shows <paramref name="value"/> / 10^<paramref name="decimals"/>.</summary>
    public void SetFixed(long value, int decimals)
    {
        if (_text.SetNumber(value, decimals)) InvalidatePaint();
    }

    /// <summary>SetTimeOfDay shows a time as HH:MM:SS.mmm.</summary>
    public void SetTimeOfDay(long ms)
    {
        Span<char> text = stackalloc char[12];
        FixedPointText.WriteTimeOfDay(ms, text);
        if (_text.Set(text)) InvalidatePaint();
    }

    /// <summary>SetChange shows a signed percent change given in hundredths of a percent.</summary>
    public void SetChange(long basisPoints)
    {
        Span<char> text = stackalloc char[24];
        int length = FixedPointText.WriteChange(basisPoints, text);
        if (_text.Set(text[..length])) InvalidatePaint();
    }

    /// <summary>Clear shows nothing.</summary>
    public void Clear()
    {
        if (_text.Set([])) InvalidatePaint();
    }

    /// <inheritdoc />
    protected override void OnRender(SKCanvas canvas)
    {
        var paint = SceneTheme.Paint;
        paint.Color = _color;
        float x = _alignRight ? Bounds.Width - _text.Width : 0;
        _text.Draw(canvas, x, SceneLayout.Baseline, paint);
    }

    /// <inheritdoc />
    protected override void DescribeMarkup(MarkupWriter w) => w.Property("text", _text.ToString());
}
