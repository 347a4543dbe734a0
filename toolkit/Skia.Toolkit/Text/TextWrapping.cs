namespace Skia.Toolkit.Text;

/// <summary>TextWrapping says whether text that is too wide breaks onto more lines.</summary>
public enum TextWrapping
{
    /// <summary>NoWrap keeps each paragraph on one line.</summary>
    NoWrap,

    /// <summary>Wrap breaks lines between words (and between CJK characters), and inside a word only when it alone is too wide.</summary>
    Wrap,
}
