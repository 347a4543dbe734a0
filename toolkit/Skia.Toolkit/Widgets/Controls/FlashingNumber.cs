using Skia.Toolkit.Hosting;
using Skia.Toolkit.Rendering;
using Skia.Toolkit.Text;
using SkiaSharp;

namespace Skia.Toolkit.Widgets;

/// <summary>
/// FlashingNumber shows a decimal value right-aligned and, when the value changes while the widget is in a window,
/// draws the new value for one frame interval in the theme's positive colour (it rose) or negative colour (it
/// fell), then in the normal text colour. No animation system is involved: the change asks the window's damage
/// tracker for a repaint when the flash ends (<see cref="Core.Widget.InvalidatePaintAt"/>), and painting only compares
/// the frame's time with that moment, so the flash lasts the same whatever else repaints.
/// Digits are laid out by <see cref="NumericText"/> (tabular figures, no shaping), so a ticking value allocates nothing.
/// </summary>
public sealed class FlashingNumber : Control
{
    private NumericText? _number;
    private string? _text;
    // +1 rose, -1 fell; shown by frames that begin before _flashUntil (a timestamp of the window's clock).
    private int _flash;
    private long _flashUntil;

    /// <summary>Value is the number shown; setting a different value starts a flash.</summary>
    public decimal Value
    {
        get;
        set
        {
            UiThreadCheck.Verify(this);
            if (field == value) return;
            var rose = value > field;
            field = value;
            SetText();
            if (Root?.Damage is { } damage)
            {
                // The flash starts with the first frame that can show it and lasts one frame interval from there.
                _flash = rose ? 1 : -1;
                _flashUntil = damage.NextFrameTime + damage.Ticks(damage.FrameInterval);
                InvalidatePaintAt(_flashUntil);
            }
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
    public int FlashDirection => _flash != 0 && Root?.Damage is { } damage && damage.Now < _flashUntil ? _flash : 0;

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

    /// <summary>OnRender draws the value, in the flash colour while the frame's time is inside the flash.</summary>
    protected override void OnRender(SKCanvas canvas)
    {
        var t = Theme;
        var color = t.Text;
        if (_flash != 0 && Root?.Damage is { } damage && damage.FrameTime < _flashUntil) color = _flash > 0 ? t.Positive : t.Negative;
        var r = LocalRect;
        var number = Number;
        var baseline = r.MidY + ((number.Font.Ascent - number.Font.Descent) / 2);
        number.Draw(canvas, r.Right - 4 - number.Width, baseline, ScratchPaint.Fill(color));
    }
}
