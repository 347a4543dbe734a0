using Skia.Trader.Binance.Rest;

namespace Skia.Trader.Binance.UserData;

/// <summary>UserDataEvent is one parsed WebSocket API frame: a request answer or a user-data event.</summary>
internal sealed class UserDataEvent
{
    /// <summary>Kind says which fields are set.</summary>
    public UserDataEventKind Kind { get; set; }

    /// <summary>RequestId is the <c>id</c> of an answer.</summary>
    public string? RequestId { get; set; }

    /// <summary>Status is the HTTP-like status of an answer (200 on success).</summary>
    public int Status { get; set; }

    /// <summary>ErrorCode and ErrorMessage come from an answer's <c>error</c>.</summary>
    public int ErrorCode { get; set; }

    /// <summary>ErrorMessage is the exchange's message of a failed request.</summary>
    public string? ErrorMessage { get; set; }

    /// <summary>Execution is set for an executionReport.</summary>
    public ExecutionReport? Execution { get; set; }

    /// <summary>ListStatus is set for a listStatus event.</summary>
    public OrderListStatus? ListStatus { get; set; }

    /// <summary>Balances are set for an outboundAccountPosition.</summary>
    public List<AccountBalance>? Balances { get; set; }
}
