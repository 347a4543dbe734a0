namespace Skia.Toolkit.Widgets;

/// <summary>ButtonStyle picks the fill of a button or a selected segment from the theme.</summary>
public enum ButtonStyle
{
    /// <summary>Default is a neutral raised surface with an outline.</summary>
    Default,

    /// <summary>Primary is the accent fill, for the main action of a form.</summary>
    Primary,

    /// <summary>Danger is the danger fill, for destructive actions (cancel all, close position).</summary>
    Danger,

    /// <summary>Positive is the rising/bid colour, for actions such as Buy.</summary>
    Positive,

    /// <summary>Negative is the falling/ask colour, for actions such as Sell.</summary>
    Negative,
}
