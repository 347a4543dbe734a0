using Skia.Trader.Core.Numerics;

namespace Skia.Trader.Exchange.Matching;

/// <summary>BalanceRecord is one asset of one account: what is free to use and what open orders hold.</summary>
/// <param name="Asset">Asset is the asset name, e.g. "USDT".</param>
/// <param name="Free">Free is the amount available.</param>
/// <param name="Locked">Locked is the amount held by open orders.</param>
public sealed record BalanceRecord(string Asset, Quantity Free, Quantity Locked)
{
    /// <summary>Total is free plus locked.</summary>
    public Quantity Total => Free + Locked;
}
