namespace Skia.Trader.Scene.Layout;

/// <summary>ScenePalette holds the scene's colours as 0xAARRGGBB; ask, bid and background are SCENE.md's, the greys follow the same exchange theme.</summary>
public static class ScenePalette
{
    /// <summary>Background is the window background (#0B0E11).</summary>
    public const uint Background = 0xFF0B0E11;

    /// <summary>Header is the header bar and column-title background.</summary>
    public const uint Header = 0xFF161A1E;

    /// <summary>Divider is the colour of panel separators.</summary>
    public const uint Divider = 0xFF2B3139;

    /// <summary>Text is the primary text colour.</summary>
    public const uint Text = 0xFFEAECEF;

    /// <summary>MutedText is the colour of titles and secondary text.</summary>
    public const uint MutedText = 0xFF848E9C;

    /// <summary>Ask is the sell-side colour (#F6465D).</summary>
    public const uint Ask = 0xFFF6465D;

    /// <summary>Bid is the buy-side colour (#0ECB81).</summary>
    public const uint Bid = 0xFF0ECB81;

    /// <summary>AskDepth is the ask depth-bar fill: the ask colour at 20 % opacity.</summary>
    public const uint AskDepth = 0x33F6465D;

    /// <summary>BidDepth is the bid depth-bar fill: the bid colour at 20 % opacity.</summary>
    public const uint BidDepth = 0x330ECB81;

    /// <summary>RowLine is the line under each order-history row (the toolkit Table's grid line).</summary>
    public const uint RowLine = 0xFF161A1E;

    /// <summary>ScrollThumb is the order history's scroll thumb: the muted text colour at 50 % (the toolkit VirtualList's thumb).</summary>
    public const uint ScrollThumb = 0x80848E9C;

    /// <summary>Warning marks the last traded price on the ladder (the toolkit's dark theme's warning colour, #F5A524).</summary>
    public const uint Warning = 0xFFF5A524;
}
