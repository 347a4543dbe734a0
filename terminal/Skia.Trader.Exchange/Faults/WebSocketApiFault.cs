namespace Skia.Trader.Exchange.Faults;

/// <summary>WebSocketApiFault is one armed WebSocket API fault: the connection is dropped (no close frame, no answer) on a request of the given method, before or after carrying it out.</summary>
internal sealed class WebSocketApiFault
{
    public string? Method { get; init; }
    public bool AfterProcessing { get; init; }
    public int Remaining { get; set; }
}
