namespace Skia.Trader.Binance.MarketData;

/// <summary>
/// FrameCounters counts frames by outcome so a user (and a test) can see what was rejected and why;
/// written by the one feed thread, read by anyone (values may lag by a frame).
/// </summary>
internal sealed class FrameCounters
{
    private readonly long[] _rejected = new long[Enum.GetValues<FrameRejection>().Length];

    /// <summary>Accepted is the number of frames parsed into an event the client uses.</summary>
    public long Accepted { get; private set; }

    /// <summary>Ignored is the number of well-formed frames of kinds the client does not use.</summary>
    public long Ignored { get; private set; }

    /// <summary>RejectedTotal is the number of frames rejected for any reason.</summary>
    public long RejectedTotal
    {
        get
        {
            long sum = 0;
            foreach (long n in _rejected) sum += n;
            return sum;
        }
    }

    /// <summary>Rejected returns how many frames were rejected for one reason.</summary>
    public long Rejected(FrameRejection reason) => Volatile.Read(ref _rejected[(int)reason]);

    /// <summary>Count records the outcome of one frame.</summary>
    public void Count(MarketEventKind kind, FrameRejection reason)
    {
        if (kind == MarketEventKind.Rejected) Interlocked.Increment(ref _rejected[(int)reason]);
        else if (kind == MarketEventKind.Ignored) Ignored++;
        else Accepted++;
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"accepted={Accepted} ignored={Ignored} malformed={Rejected(FrameRejection.MalformedJson)} " +
        $"unknownShape={Rejected(FrameRejection.UnknownShape)} missingField={Rejected(FrameRejection.MissingField)} " +
        $"badNumber={Rejected(FrameRejection.BadNumber)} unknownSymbol={Rejected(FrameRejection.UnknownSymbol)}";
}
