using Skia.Trader.Core.Numerics;

namespace Skia.Trader.Binance.Rest;

/// <summary>AccountTrade is one of our trades (<c>GET /api/v3/myTrades</c>).</summary>
/// <param name="Symbol">Symbol traded.</param>
/// <param name="TradeId">TradeId (id).</param>
/// <param name="ExchangeOrderId">ExchangeOrderId of our order in the trade.</param>
/// <param name="OrderListId">OrderListId of that order, -1 for none.</param>
/// <param name="Price">Price of the trade.</param>
/// <param name="Quantity">Quantity traded.</param>
/// <param name="QuoteQuantity">QuoteQuantity traded.</param>
/// <param name="Commission">Commission paid.</param>
/// <param name="CommissionAsset">CommissionAsset it was paid in.</param>
/// <param name="Time">Time of the trade, Unix milliseconds.</param>
/// <param name="IsBuyer">IsBuyer says we bought.</param>
/// <param name="IsMaker">IsMaker says our order was resting (maker commission).</param>
public sealed record AccountTrade(string Symbol, long TradeId, long ExchangeOrderId, long OrderListId, Price Price, Quantity Quantity,
    Quantity QuoteQuantity, Quantity Commission, string CommissionAsset, long Time, bool IsBuyer, bool IsMaker);
