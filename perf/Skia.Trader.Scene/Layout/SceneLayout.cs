namespace Skia.Trader.Scene.Layout;

/// <summary>SceneLayout holds the reference scene's geometry (SCENE.md), in logical pixels, so both scene programs draw the same screen.</summary>
public static class SceneLayout
{
    /// <summary>Width is the window width.</summary>
    public const int Width = 1280;

    /// <summary>Height is the window height.</summary>
    public const int Height = 800;

    /// <summary>HeaderHeight is the height of the header bar.</summary>
    public const int HeaderHeight = 40;

    /// <summary>RowHeight is the height of every book, tape and table row.</summary>
    public const int RowHeight = 18;

    /// <summary>TextSize is the size of all text.</summary>
    public const float TextSize = 13;

    /// <summary>NumberBaseline is where numbers sit below a row's top: the line (ascent + descent + leading) centred in the row, the baseline on a whole pixel (as the toolkit's Label draws numeric text).</summary>
    public static float NumberBaseline(float ascent, float descent, float leading) =>
        MathF.Round((RowHeight - (ascent + descent + leading)) / 2 + ascent);

    /// <summary>WordBaseline is where shaped words sit below a row's top: the line's top centred on a whole pixel, then the ascent (as the toolkit's Label draws shaped text).</summary>
    public static float WordBaseline(float ascent, float descent, float leading) =>
        MathF.Round(Math.Max(0, (RowHeight - (ascent + descent + leading)) / 2)) + ascent;

    /// <summary>BookWidth is the order book's width (left panel).</summary>
    public const int BookWidth = 360;

    /// <summary>TapeWidth is the trade tape's width (middle panel).</summary>
    public const int TapeWidth = 300;

    /// <summary>TapeLeft is the tape's left edge.</summary>
    public const int TapeLeft = BookWidth;

    /// <summary>OrdersLeft is the order history's left edge; it takes the rest of the width.</summary>
    public const int OrdersLeft = BookWidth + TapeWidth;

    /// <summary>OrdersWidth is the order history's width.</summary>
    public const int OrdersWidth = Width - OrdersLeft;

    /// <summary>BodyTop is the top of the panels: below the header and one row of column titles.</summary>
    public const int BodyTop = HeaderHeight + RowHeight;

    /// <summary>OrderColumns are the order table's column titles.</summary>
    public static readonly string[] OrderColumns = ["ID", "Time", "Side", "Type", "Price", "Qty", "Filled", "Status"];

    /// <summary>
    /// OrderColumnWidths are the order table's fixed column widths. They add up to the table's width less
    /// the toolkit Table's 8 px scroll-bar lane (VirtualList.ScrollBarWidth), which the thumb is drawn in.
    /// </summary>
    public static readonly float[] OrderColumnWidths = [60, 110, 50, 60, 90, 80, 80, 82];

    /// <summary>OrderColumnNumeric says which order columns are decimals, right-aligned (the toolkit Table's numeric columns).</summary>
    public static readonly bool[] OrderColumnNumeric = [false, false, false, false, true, true, true, false];

    /// <summary>OrderColumnMono says which order columns are drawn in the monospaced number font.</summary>
    public static readonly bool[] OrderColumnMono = [true, true, false, false, true, true, true, false];

    /// <summary>OrderCellPadding is the gap between a cell's edge and its text (the toolkit theme's Spacing).</summary>
    public const float OrderCellPadding = 8;

    /// <summary>OrderScrollBarWidth is the width of the order table's scroll thumb (VirtualList.ScrollBarWidth), drawn 2 px in from the right edge.</summary>
    public const float OrderScrollBarWidth = 8;

    /// <summary>OrderThumbMinHeight is the shortest the order table's scroll thumb gets (VirtualList's grabbable minimum).</summary>
    public const float OrderThumbMinHeight = 24;
}
