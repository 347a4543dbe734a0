namespace Skia.Trader.Ui.Diagnostics;

/// <summary>
/// DataAgeOnScreen measures, per symbol, the time from the exchange's event time (<c>E</c>) of the data a frame shows
/// to the end of that frame: the age of what the trader sees. A panel that applies a symbol's snapshot calls
/// <see cref="Shown"/> with its event time; <see cref="FrameEnded"/> (at the end of the next presented frame) records
/// now − E for each symbol shown since the last frame, into the <see cref="TerminalMetrics.ScreenDataAgeName"/>
/// histogram, a whole-run histogram per symbol (<see cref="ForSymbol"/>) and a recent one for the status bar.
/// E is whole milliseconds of the exchange's clock, now is this machine's wall clock: on loopback they are one clock;
/// against a remote exchange the figure includes the clock offset, as any E-based age does.
/// UI thread only; allocates nothing per frame.
/// </summary>
public sealed class DataAgeOnScreen
{
    private readonly TimeProvider _time;
    private readonly string[] _symbols;
    private readonly long[] _pending;
    private readonly KeyValuePair<string, object?>[][] _tags;
    private readonly LatencyHistogram[] _run;
    private int _pendingCount;

    /// <summary>Creates the measurement for <paramref name="symbols"/>; <paramref name="time"/> replaces the wall clock in tests.</summary>
    public DataAgeOnScreen(IReadOnlyList<string> symbols, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(symbols);
        _time = time ?? TimeProvider.System;
        _symbols = [.. symbols];
        _pending = new long[_symbols.Length];
        _tags = new KeyValuePair<string, object?>[_symbols.Length][];
        _run = new LatencyHistogram[_symbols.Length];
        for (int i = 0; i < _symbols.Length; i++)
        {
            _tags[i] = TerminalMetrics.SymbolTags(_symbols[i]);
            _run[i] = new LatencyHistogram();
        }
    }

    /// <summary>Symbols are the symbols measured, in order.</summary>
    public IReadOnlyList<string> Symbols => _symbols;

    /// <summary>Recent holds the ages recorded since the status bar last read it (<see cref="ClearRecent"/>), all symbols together.</summary>
    public LatencyHistogram Recent { get; } = new();

    /// <summary>ForSymbol is the whole run's histogram of <paramref name="symbol"/>, or null for a symbol not measured.</summary>
    public LatencyHistogram? ForSymbol(string symbol)
    {
        int index = IndexOf(symbol);
        return index < 0 ? null : _run[index];
    }

    /// <summary>
    /// Shown says the frame being prepared shows <paramref name="symbol"/>'s data as of <paramref name="eventTimeMs"/>
    /// (exchange time, Unix ms; 0 = unknown, ignored). A newer call before the frame ends replaces the older one: the
    /// frame shows the newest.
    /// </summary>
    public void Shown(string symbol, long eventTimeMs)
    {
        if (eventTimeMs <= 0) return;
        int index = IndexOf(symbol);
        if (index < 0) return;
        if (_pending[index] == 0) _pendingCount++;
        _pending[index] = eventTimeMs;
    }

    /// <summary>FrameEnded records the age of everything <see cref="Shown"/> since the last frame, as of now.</summary>
    public void FrameEnded()
    {
        if (_pendingCount == 0) return;
        double nowMs = (_time.GetUtcNow().UtcTicks - DateTime.UnixEpoch.Ticks) / (double)TimeSpan.TicksPerMillisecond;
        for (int i = 0; i < _pending.Length; i++)
        {
            long eventTime = _pending[i];
            if (eventTime == 0) continue;
            _pending[i] = 0;
            double age = Math.Max(0, nowMs - eventTime);
            _run[i].Record(age);
            Recent.Record(age);
            TerminalMetrics.RecordScreenDataAge(age, _tags[i]);
        }
        _pendingCount = 0;
    }

    /// <summary>ClearRecent starts a new status-bar interval.</summary>
    public void ClearRecent() => Recent.Clear();

    // A handful of symbols: a linear scan with ordinal compares is cheaper than a dictionary and allocates nothing.
    private int IndexOf(string symbol)
    {
        for (int i = 0; i < _symbols.Length; i++)
        {
            if (string.Equals(_symbols[i], symbol, StringComparison.Ordinal)) return i;
        }
        return -1;
    }
}
