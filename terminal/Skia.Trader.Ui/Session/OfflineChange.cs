namespace Skia.Trader.Ui.Session;

/// <summary>OfflineChange is one thing that changed while the user stream was down, found by the reconciliation after the reconnect.</summary>
/// <param name="Subject">What changed: "order &lt;clientOrderId&gt;" or "balance &lt;asset&gt;".</param>
/// <param name="Before">Its state when the connection was lost (e.g. "NEW 0/0.1", "free 100 locked 0").</param>
/// <param name="After">Its state after reconciliation.</param>
public sealed record OfflineChange(string Subject, string Before, string After)
{
    /// <inheritdoc />
    public override string ToString() => $"{Subject}: {Before} -> {After}";
}
