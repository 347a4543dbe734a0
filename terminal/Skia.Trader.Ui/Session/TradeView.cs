using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;

namespace Skia.Trader.Ui.Session;

/// <summary>TradeView is one of the account's fills (<c>GET /api/v3/myTrades</c>), a row of the trade history.</summary>
/// <param name="Symbol">The symbol.</param>
/// <param name="TradeId">The exchange's trade id (unique per symbol).</param>
/// <param name="ExchangeOrderId">The exchange's id of our order in the trade.</param>
/// <param name="Side">BUY when we bought.</param>
/// <param name="Price">The trade price.</param>
/// <param name="Quantity">The quantity traded.</param>
/// <param name="QuoteQuantity">The quote amount traded.</param>
/// <param name="Commission">The fee charged.</param>
/// <param name="CommissionAsset">The asset the fee was charged in.</param>
/// <param name="IsMaker">True when our order was resting (maker fee).</param>
/// <param name="Time">The trade time, Unix milliseconds.</param>
public sealed record TradeView(string Symbol, long TradeId, long ExchangeOrderId, OrderSide Side, Price Price, Quantity Quantity,
    Quantity QuoteQuantity, Quantity Commission, string CommissionAsset, bool IsMaker, long Time);
