namespace Skia.Trader.Binance.MarketData;

/// <summary>DepthMode chooses how a feed keeps its books.</summary>
public enum DepthMode
{
    /// <summary>No depth stream.</summary>
    None,
    /// <summary>The diff stream (<c>@depth@100ms</c>) synced to a REST snapshot: the full book.</summary>
    Diff,
    /// <summary>Partial-depth snapshots (<c>@depth5/10/20@100ms</c>): only the top levels, no sync needed.</summary>
    Partial,
}
