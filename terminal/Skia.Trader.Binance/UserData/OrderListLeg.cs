namespace Skia.Trader.Binance.UserData;

/// <summary>OrderListLeg is one order of a listStatus event.</summary>
/// <param name="Symbol">Symbol (<c>s</c>).</param>
/// <param name="ExchangeOrderId">ExchangeOrderId (<c>i</c>).</param>
/// <param name="ClientOrderId">ClientOrderId (<c>c</c>).</param>
public sealed record OrderListLeg(string Symbol, long ExchangeOrderId, string ClientOrderId);
