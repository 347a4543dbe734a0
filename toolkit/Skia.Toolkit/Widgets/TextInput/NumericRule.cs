namespace Skia.Toolkit.Widgets;

/// <summary>
/// NumericRule is the exact arithmetic behind NumericBox: a range and a step
/// (tick or lot size) that every accepted value must be a whole multiple of, counted from zero
/// as exchange filters do. All arithmetic is in <see cref="decimal"/>; no value passes through double.
/// </summary>
internal sealed class NumericRule
{
    /// <summary>NumericRule creates a rule; the step must be positive and the range non-empty.</summary>
    public NumericRule(decimal minimum, decimal maximum, decimal step)
    {
        if (step <= 0) throw new ArgumentOutOfRangeException(nameof(step), step, "Step must be positive.");
        if (minimum > maximum) throw new ArgumentException($"Minimum {minimum} is above maximum {maximum}.", nameof(minimum));
        Minimum = minimum;
        Maximum = maximum;
        Step = step;
        Decimals = DecimalText.DecimalPlaces(step);
        try
        {
            alignedMinimum = Ceiling(minimum);
            alignedMaximum = Floor(maximum);
        }
        catch (OverflowException)
        {
            throw new ArgumentException($"Range [{minimum}, {maximum}] cannot be aligned to step {step} within decimal's range.", nameof(minimum));
        }
    }

    private readonly decimal alignedMinimum;
    private readonly decimal alignedMaximum;

    /// <summary>Minimum is the smallest accepted value.</summary>
    public decimal Minimum { get; }

    /// <summary>Maximum is the largest accepted value.</summary>
    public decimal Maximum { get; }

    /// <summary>Step is the increment for arrow keys and the alignment every value must meet.</summary>
    public decimal Step { get; }

    /// <summary>Decimals is the number of digits after the point that values are shown with (those of the step).</summary>
    public int Decimals { get; }

    /// <summary>Validate parses text and checks it against the rule, giving the value when it is acceptable.</summary>
    public NumericError Validate(ReadOnlySpan<char> text, out decimal value)
    {
        var error = DecimalText.TryParse(text, out value);
        return error != NumericError.None ? error : Check(value);
    }

    /// <summary>Check says whether a value is in range and on the step.</summary>
    public NumericError Check(decimal value)
    {
        if (decimal.Remainder(value, Step) != 0) return NumericError.OffStep;
        if (value < Minimum) return NumericError.BelowMinimum;
        if (value > Maximum) return NumericError.AboveMaximum;
        return NumericError.None;
    }

    /// <summary>Format writes a value with the step's number of decimals.</summary>
    public string Format(decimal value) => DecimalText.Format(value, Decimals);

    /// <summary>
    /// StepBy moves a value by a whole number of steps, snapping an off-step value to the step first
    /// (towards the direction of travel) and clamping to the aligned range.
    /// </summary>
    public decimal StepBy(decimal value, int steps)
    {
        decimal result;
        try
        {
            var aligned = Floor(value);
            if (aligned != value && steps < 0) steps++; // snapping down onto the step is already the first step down
            result = aligned + Step * steps;
        }
        catch (OverflowException)
        {
            result = steps > 0 ? decimal.MaxValue : decimal.MinValue;
        }
        return Clamp(result);
    }

    /// <summary>Clamp brings a value into the range and onto the step (rounding down onto the step inside the range).</summary>
    public decimal Clamp(decimal value)
    {
        var low = alignedMinimum;
        var high = alignedMaximum;
        if (low > high) return Minimum; // no multiple of the step inside the range: nothing better to offer
        if (value <= low) return low;
        if (value >= high) return high;
        return Floor(value); // low < value, and low is a multiple, so the floor is at least low
    }

    /// <summary>Floor returns the largest multiple of the step not above the value.</summary>
    private decimal Floor(decimal value)
    {
        var r = decimal.Remainder(value, Step); // takes the sign of value
        if (r == 0) return value;
        return r > 0 ? value - r : value - r - Step;
    }

    /// <summary>Ceiling returns the smallest multiple of the step not below the value.</summary>
    private decimal Ceiling(decimal value)
    {
        var r = decimal.Remainder(value, Step);
        if (r == 0) return value;
        return r > 0 ? value - r + Step : value - r;
    }
}
