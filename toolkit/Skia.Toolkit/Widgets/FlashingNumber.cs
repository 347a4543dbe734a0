using Skia.Toolkit.Hosting;
using Skia.Toolkit.Rendering;
using Skia.Toolkit.Text;
using SkiaSharp;

namespace Skia.Toolkit.Widgets;

/// <summary>
/// FlashingNumber shows a decimal value right-aligned and, when the value changes, draws the new value for one
/// frame in the theme's positive colour (it rose) or negative colour (it fell), then in the normal text colour.
/// No animation system is involved: the frame that shows the flash asks for one more repaint of this widget.
/// Digits are laid out by <see cref="NumericText"/> (tabular figures, no shaping), so a ticking value allocates nothing.
/// </summary>
public sealed class FlashingNumber : Control
{
    private NumericText? _number;
    private string? _text;
    // +1 rose, -1 fell, 0 no flash pending; set on change, cleared by the frame after the one that drew it.
    private int _flash;
    private bool _flashDrawn;

    /// <summary>Value is the number shown; setting a different value starts a flash.</summary>
    public decimal Value
    {
        get;
        set
        {
            UiThreadCheck.Verify(this);
            if (field == value) return;
            _flash = value > field ? 1 : -1;
            _flashDrawn = false;
            field = value;
            SetText();
        }
    }

    /// <summary>Decimals is how many fractional digits are shown (0 to 18).</summary>
    /// <exception cref="ArgumentOutOfRangeException">the value is outside 0..18.</exception>
    public int Decimals
    {
        get;
        set
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            // decimal carries at most 28 digits; 18 fractional digits is more than any price or size needs.
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 18);
            field = value;
            SetText();
        }
    } = 2;

    /// <summary>Text is the value as drawn (invariant culture, <see cref="Decimals"/> fractional digits).</summary>
    public string Text => _text ??= Number.ToString();

    private NumericText Number
    {
        get
        {
            var font = FontSet.Default.GetNumericFont(Font);
            if (_number == null)
            {
                _number = new NumericText(font);
                _number.SetNumber(Value, Decimals);
            }
            _number.Font = font;
            return _number;
        }
    }

    /// <summary>FlashDirection is +1 while a rise is (about to be) shown, -1 for a fall, 0 when drawn in the normal colour.</summary>
    public int FlashDirection => _flash;

    private void SetText()
    {
        _text = null;
        var number = Number;
        var length = number.Length;
        number.SetNumber(Value, Decimals);
        // Same length means same width with tabular figures: repaint only.
        if (number.Length != length) InvalidateMeasure();
        InvalidatePaint();
    }

    private FontSpec Font => FontSpec.Ui(Theme.FontSize);

    /// <summary>MeasureOverride is the text's width plus a small padding, one line high.</summary>
    protected override SKSize MeasureOverride(SKSize available)
        => new(Number.Width + 8, Number.Font.LineHeight + 4);

    /// <summary>OnRender draws the value, in the flash colour on the first frame after a change.</summary>
    protected override void OnRender(SKCanvas canvas)
    {
        var t = Theme;
        var color = t.Text;
        if (_flash != 0 && !_flashDrawn)
        {
            color = _flash > 0 ? t.Positive : t.Negative;
            _flashDrawn = true;
            // The flash lasts one frame interval: ask the next frame to redraw in the normal colour.
            Root?.InvalidatePaintNextFrame(this);
        }
        else
        {
            _flash = 0;
        }
        var r = LocalRect;
        var number = Number;
        var baseline = r.MidY + ((number.Font.Ascent - number.Font.Descent) / 2);
        number.Draw(canvas, r.Right - 4 - number.Width, baseline, ScratchPaint.Fill(color));
    }
}
