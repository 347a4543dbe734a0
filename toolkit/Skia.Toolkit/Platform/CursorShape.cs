namespace Skia.Toolkit.Platform;

/// <summary>CursorShape is one of the standard pointer shapes every desktop provides.</summary>
public enum CursorShape
{
    /// <summary>The regular arrow.</summary>
    Arrow,

    /// <summary>The text-insertion I-beam, over editable text.</summary>
    IBeam,

    /// <summary>A crosshair, over charts.</summary>
    Crosshair,

    /// <summary>A pointing hand, over links and clickable items.</summary>
    Hand,

    /// <summary>A horizontal resize arrow, over column and splitter edges.</summary>
    HorizontalResize,

    /// <summary>A vertical resize arrow, over row and splitter edges.</summary>
    VerticalResize,
}
