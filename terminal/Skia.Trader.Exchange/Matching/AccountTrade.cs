using Skia.Trader.Core.Numerics;

namespace Skia.Trader.Exchange.Matching;

/// <summary>AccountTrade is one trade seen from one account (a myTrades row): which of its orders, buyer or seller, maker or taker, and its commission.</summary>
internal sealed record AccountTrade(TradeRecord Trade, long OrderId, long OrderListId, bool IsBuyer, bool IsMaker, Quantity Commission, string CommissionAsset);
