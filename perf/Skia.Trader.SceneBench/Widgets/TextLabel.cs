using SkiaSharp;
using Skia.Toolkit.Core;
using Skia.Toolkit.Text;
using Skia.Trader.Scene.Layout;

namespace Skia.Trader.SceneBench.Widgets;

/// <summary>TextLabel shows a word shaped by HarfBuzz through the scene's text-measure cache (titles, BUY/SELL, LIMIT, FILLED). Stands in for the toolkit's Label until it lands.</summary>
internal sealed class TextLabel : Widget
{
    private readonly TextMeasureCache _cache;
    private readonly FontSpec _font;
    private readonly bool _alignRight;
    private string _text = "";
    private ShapedText? _shaped;
    private SKColor _color;

    /// <summary>TextLabel shapes with <paramref name="font"/> through <paramref name="cache"/>.</summary>
    public TextLabel(TextMeasureCache cache, FontSpec font, uint color, bool alignRight = false, string text = "")
    {
        _cache = cache;
        _font = font;
        _color = SceneTheme.Color(color);
        _alignRight = alignRight;
        Text = text;
    }

    /// <summary>Text is the word shown; setting a different one looks it up in the cache and repaints.</summary>
    public string Text
    {
        get => _text;
        set
        {
            if (string.Equals(value, _text, StringComparison.Ordinal) && _shaped != null) return;
            _text = value;
            _shaped = value.Length == 0 ? null : _cache.Get(value, _font);
            InvalidatePaint();
        }
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

    /// <inheritdoc />
    protected override void OnRender(SKCanvas canvas)
    {
        if (_shaped == null) return;
        var paint = SceneTheme.Paint;
        paint.Color = _color;
        float x = _alignRight ? Bounds.Width - _shaped.Advance : 0;
        _shaped.Draw(canvas, x, SceneLayout.Baseline, paint);
    }

    /// <inheritdoc />
    protected override void DescribeMarkup(MarkupWriter w) => w.Property("text", _text);
}
