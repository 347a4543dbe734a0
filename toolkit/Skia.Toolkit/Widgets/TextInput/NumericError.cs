namespace Skia.Toolkit.Widgets;

/// <summary>NumericError says why the text of a NumericBox is not an acceptable value.</summary>
public enum NumericError
{
    /// <summary>The text is a valid value.</summary>
    None,

    /// <summary>The text is empty (or only white space).</summary>
    Empty,

    /// <summary>The text is not a plain decimal number (letters, separators, exponents, several points).</summary>
    NotANumber,

    /// <summary>The number has more significant digits or decimals than can be represented exactly.</summary>
    TooManyDigits,

    /// <summary>The number is not a whole multiple of the step (tick or lot size).</summary>
    OffStep,

    /// <summary>The number is below the minimum.</summary>
    BelowMinimum,

    /// <summary>The number is above the maximum.</summary>
    AboveMaximum,
}
