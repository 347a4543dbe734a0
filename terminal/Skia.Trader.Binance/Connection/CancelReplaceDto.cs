using Skia.Trader.Binance.Rest.Wire;

namespace Skia.Trader.Binance.Connection;

/// <summary>CancelReplaceDto is order.cancelReplace's result: both halves' outcomes and answers (the cancel and the place answer, as REST writes them).</summary>
internal sealed class CancelReplaceDto
{
    /// <summary>CancelResult is SUCCESS or FAILURE.</summary>
    public string? CancelResult { get; set; }

    /// <summary>NewOrderResult is SUCCESS, FAILURE or NOT_ATTEMPTED.</summary>
    public string? NewOrderResult { get; set; }

    /// <summary>CancelResponse is the order.cancel answer.</summary>
    public OrderDto? CancelResponse { get; set; }

    /// <summary>NewOrderResponse is the order.place answer.</summary>
    public OrderDto? NewOrderResponse { get; set; }
}
