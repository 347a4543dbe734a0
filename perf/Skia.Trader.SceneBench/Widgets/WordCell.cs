using SkiaSharp;
using Skia.Toolkit.Core;
using Skia.Toolkit.Text;
using Skia.Trader.Scene.Layout;

namespace Skia.Trader.SceneBench.Widgets;

/// <summary>
/// WordCell is a recycled table cell showing one shaped word (BUY/SELL, LIMIT, FILLED) from the
/// text-measure cache. The toolkit's Label would do, but it builds a new TextLayout on every text
/// change (about 100 B per frame in this scene, ToolkitSceneViewTests.A_steady_state_frame_allocates_nothing
/// with Label cells); a recycled cell changes text whenever its row is rebound, so it keeps the
/// cache's ShapedText and allocates nothing.
/// </summary>
internal sealed class WordCell : Widget
{
    private readonly TextMeasureCache _cache;
    private readonly FontSpec _font;
    private readonly bool _alignRight;
    private string _text = "";
    private ShapedText? _shaped;
    private SKColor _color;

    /// <summary>WordCell shapes with <paramref name="font"/> through <paramref name="cache"/>.</summary>
    public WordCell(TextMeasureCache cache, FontSpec font, uint color, bool alignRight = false, string text = "")
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
        _shaped.Draw(canvas, x, SceneLayout.WordBaseline(_shaped.Ascent, _shaped.Descent, _shaped.Leading), paint);
    }

    /// <inheritdoc />
    protected override void DescribeMarkup(MarkupWriter w) => w.Property("text", _text);
}
