using Skia.Toolkit.Core;
using Skia.Toolkit.Input;
using Skia.Toolkit.Text;

namespace Skia.Toolkit.Widgets;

/// <summary>
/// NumericBox is a text box for exact decimal numbers such as prices and quantities. Values are parsed
/// without double (see <see cref="Value"/>), must lie in [<see cref="Minimum"/>, <see cref="Maximum"/>] and be
/// whole multiples of <see cref="Step"/> (a tick or lot size); anything else, pasted junk included, shows
/// the invalid state and yields no value. Up/Down and the wheel step by one step, PageUp/PageDown by ten.
/// </summary>
public class NumericBox : TextBox
{
    // PageUp/PageDown move by ten steps: a coarse adjustment one hand can make.
    private const int PageSteps = 10;

    private NumericRule _rule = new(decimal.MinValue, decimal.MaxValue, 1m);
    private NumericError _error = NumericError.Empty;
    private decimal? _value;

    /// <summary>NumericBox creates an empty box with step 1 and the whole decimal range.</summary>
    public NumericBox()
    {
    }

    /// <summary>ValueChanged is raised when <see cref="Value"/> changes (including to and from null).</summary>
    public event EventHandler? ValueChanged;

    /// <summary>Value is the number in the box, or null when the text is empty or invalid; setting it snaps it onto the step and into the range.</summary>
    public decimal? Value
    {
        get => _value;
        set => Text = value is { } v ? _rule.Format(_rule.Clamp(v)) : "";
    }

    /// <summary>Error says why the text is not a value (<see cref="NumericError.None"/> when it is; Empty is not shown as an error).</summary>
    public NumericError Error => _error;

    /// <summary>Minimum is the smallest accepted value.</summary>
    public decimal Minimum
    {
        get => _rule.Minimum;
        set => SetRule(new NumericRule(value, _rule.Maximum, _rule.Step));
    }

    /// <summary>Maximum is the largest accepted value.</summary>
    public decimal Maximum
    {
        get => _rule.Maximum;
        set => SetRule(new NumericRule(_rule.Minimum, value, _rule.Step));
    }

    /// <summary>Step is the increment and the alignment every value must meet (tick size 0.01, lot step 0.00001); it sets the decimals shown.</summary>
    public decimal Step
    {
        get => _rule.Step;
        set => SetRule(new NumericRule(_rule.Minimum, _rule.Maximum, value));
    }

    /// <summary>Decimals is the number of digits after the point that values are written with (those of the step).</summary>
    public int Decimals => _rule.Decimals;

    private void SetRule(NumericRule rule)
    {
        _rule = rule;
        Revalidate();
        InvalidatePaint();
    }

    /// <summary>TextFont uses tabular figures so digits line up while a value is edited.</summary>
    protected override FontSpec TextFont => FontSpec.Ui(Theme.FontSize).WithFeatures("tnum");

    /// <summary>HasError is true when the text is not empty and not an acceptable value.</summary>
    protected override bool HasError => _error is not (NumericError.None or NumericError.Empty);

    /// <summary>OnTextChanged re-validates the text.</summary>
    protected override void OnTextChanged() => Revalidate();

    private void Revalidate()
    {
        var before = _value;
        _error = _rule.Validate(Text, out var parsed);
        _value = _error == NumericError.None ? parsed : null;
        if (before != _value) ValueChanged?.Invoke(this, EventArgs.Empty);
    }

    /// <summary>StepBy moves the value by whole steps (from the minimum when there is no value), staying on the step and in range.</summary>
    public void StepBy(int steps)
    {
        var start = _value ?? LastParsable() ?? (_rule.Minimum > 0 ? _rule.Minimum : Math.Min(0, _rule.Maximum));
        Value = _rule.StepBy(start, steps);
    }

    /// <summary>LastParsable is the number in the text even when it is off-step or out of range, so stepping repairs it.</summary>
    private decimal? LastParsable() => DecimalText.TryParse(Text, out var v) == NumericError.None ? v : null;

    /// <summary>OnKeyDown steps with Up/Down and PageUp/PageDown; other keys edit the text.</summary>
    protected override void OnKeyDown(KeyEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Modifiers == KeyModifiers.None)
        {
            int steps = e.Key switch
            {
                Key.Up => 1,
                Key.Down => -1,
                Key.PageUp => PageSteps,
                Key.PageDown => -PageSteps,
                _ => 0,
            };
            if (steps != 0)
            {
                StepBy(steps);
                e.Handled = true;
                return;
            }
        }
        base.OnKeyDown(e);
    }

    /// <summary>OnPointerWheel steps by one step per notch while the box has focus.</summary>
    protected override void OnPointerWheel(PointerEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (!IsFocused || e.WheelDelta.Y == 0) return;
        StepBy(e.WheelDelta.Y > 0 ? 1 : -1);
        e.Handled = true;
    }

    /// <summary>OnLostFocus rewrites a valid value with the step's decimals ("1.5" becomes "1.50").</summary>
    protected override void OnLostFocus()
    {
        base.OnLostFocus();
        if (_value is { } v)
        {
            var formatted = _rule.Format(v);
            if (formatted != Text) Text = formatted;
        }
    }

    /// <summary>DescribeMarkup adds the value or the error.</summary>
    protected override void DescribeMarkup(MarkupWriter w)
    {
        base.DescribeMarkup(w);
        if (HasError) w.Property("error", _error.ToString());
    }
}
