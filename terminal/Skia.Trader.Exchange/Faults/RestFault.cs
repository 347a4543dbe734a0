namespace Skia.Trader.Exchange.Faults;

/// <summary>RestFault is one armed REST fault: what it does, to which paths, and how many more requests it applies to.</summary>
internal sealed class RestFault
{
    public required RestFaultKind Kind { get; init; }
    public int StatusCode { get; init; } = 503;
    public TimeSpan Delay { get; init; }
    public int RetryAfterSeconds { get; init; } = 1;
    public string? PathPrefix { get; init; }
    public string? Method { get; init; }
    public int Remaining { get; set; }
}
