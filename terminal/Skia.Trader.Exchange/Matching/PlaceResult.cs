namespace Skia.Trader.Exchange.Matching;

/// <summary>PlaceResult is the answer to an order placement: the refusal, or the order with the taker fills it made.</summary>
internal sealed record PlaceResult(ExchangeError? Error, OrderRecord? Order, IReadOnlyList<TakerFill> Fills);
