namespace Skia.Trader.Exchange.Matching;

/// <summary>CancelReplaceResult is what a cancel-replace did: a refusal of the whole request, or each half's outcome.</summary>
/// <param name="RequestError">RequestError refuses the request before anything happened (parameters, shape, filters), else null.</param>
/// <param name="Canceled">Canceled is the cancelled order, null when the cancel failed or was not reached.</param>
/// <param name="CancelError">CancelError is why the cancel failed, else null.</param>
/// <param name="Placed">Placed is the new order, null when it failed or was not attempted.</param>
/// <param name="PlaceError">PlaceError is why the new order was refused, else null.</param>
/// <param name="PlaceAttempted">PlaceAttempted is false when STOP_ON_FAILURE stopped after a failed cancel.</param>
/// <param name="Fills">Fills are the new order's taker fills.</param>
internal sealed record CancelReplaceResult(ExchangeError? RequestError, OrderRecord? Canceled, ExchangeError? CancelError, OrderRecord? Placed,
    ExchangeError? PlaceError, bool PlaceAttempted, IReadOnlyList<TakerFill> Fills);
