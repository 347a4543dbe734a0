using Skia.Trader.Core.Numerics;

namespace Skia.Trader.Exchange.Matching;

/// <summary>TradeRecord is one match between a taker and a resting maker order, at the maker's price.</summary>
/// <param name="TradeId">TradeId is the trade's id, sequential per symbol.</param>
/// <param name="Symbol">Symbol is the pair.</param>
/// <param name="Price">Price is the execution price (always the maker order's price).</param>
/// <param name="Quantity">Quantity is the base quantity traded.</param>
/// <param name="QuoteQuantity">QuoteQuantity is the quote amount that changed hands.</param>
/// <param name="BuyOrderId">BuyOrderId is the buying order.</param>
/// <param name="SellOrderId">SellOrderId is the selling order.</param>
/// <param name="MakerOrderId">MakerOrderId is the resting order.</param>
/// <param name="BuyerIsMaker">BuyerIsMaker says whether the buyer was the resting side.</param>
/// <param name="BuyerCommission">BuyerCommission is the commission the buyer paid, in the base asset.</param>
/// <param name="SellerCommission">SellerCommission is the commission the seller paid, in the quote asset.</param>
/// <param name="Time">Time is the trade time (ms).</param>
public sealed record TradeRecord(
    long TradeId, string Symbol, Price Price, Quantity Quantity, Quantity QuoteQuantity, long BuyOrderId, long SellOrderId,
    long MakerOrderId, bool BuyerIsMaker, Quantity BuyerCommission, Quantity SellerCommission, long Time);
