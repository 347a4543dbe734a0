using Skia.Toolkit.Core;
using Skia.Toolkit.Hosting;
using Skia.Toolkit.Text;
using Skia.Toolkit.Theming;
using SkiaSharp;

namespace Skia.Toolkit.Widgets;

/// <summary>StatusSegment is one piece of text in a <see cref="StatusBar"/> ("Connected", "12 ms", a clock), coloured by its <see cref="Tone"/>.</summary>
public sealed class StatusSegment : Widget
{
    private string _text;
    private StatusTone _tone;

    internal StatusSegment(string text, StatusTone tone, bool alignRight)
    {
        _text = text;
        _tone = tone;
        AlignRight = alignRight;
    }

    /// <summary>Text is what the segment shows; changing it re-lays-out the status bar only.</summary>
    public string Text
    {
        get => _text;
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            UiThreadCheck.Verify(this);
            if (_text == value) return;
            _text = value;
            InvalidateMeasure();
            InvalidatePaint();
        }
    }

    /// <summary>Tone picks the text colour.</summary>
    public StatusTone Tone
    {
        get => _tone;
        set
        {
            if (_tone == value) return;
            _tone = value;
            InvalidatePaint();
        }
    }

    /// <summary>ClipToBounds is true: a segment cut by a narrow bar must not draw over its neighbour.</summary>
    public override bool ClipToBounds => true;

    /// <summary>AlignRight tells whether the segment sits in the bar's right-hand group.</summary>
    public bool AlignRight { get; }

    private Theme Theme => Root?.Theme ?? Theme.Dark;

    private FontSpec Font => FontSpec.Ui(Theme.FontSizeSmall);

    /// <summary>MeasureOverride asks for the text plus padding on both sides.</summary>
    protected override SKSize MeasureOverride(SKSize available) => new(TextPainter.Width(_text, Font) + (2 * Theme.Spacing), Theme.RowHeight);

    /// <summary>OnRender draws the text in its tone's colour.</summary>
    protected override void OnRender(SKCanvas canvas)
    {
        var t = Theme;
        var color = _tone switch
        {
            StatusTone.Positive => t.Positive,
            StatusTone.Warning => t.Warning,
            StatusTone.Negative => t.Negative,
            _ => t.TextMuted,
        };
        TextPainter.Draw(canvas, _text, Font, color, new SKRect(0, 0, Bounds.Width, Bounds.Height), 0.5f);
    }

    /// <summary>DescribeMarkup writes the text and a tone other than normal.</summary>
    protected override void DescribeMarkup(MarkupWriter w)
    {
        ArgumentNullException.ThrowIfNull(w);
        w.Property("text", _text);
        if (_tone != StatusTone.Normal) w.Property("tone", _tone.ToString());
        if (AlignRight) w.Property("right", true);
    }
}
