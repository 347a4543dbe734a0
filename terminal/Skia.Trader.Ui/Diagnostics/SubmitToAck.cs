using System.Collections.Concurrent;
using System.Diagnostics;
using Skia.Trader.Binance.Diagnostics;
using Skia.Trader.Binance.Orders;
using Skia.Trader.Core.Orders;

namespace Skia.Trader.Ui.Diagnostics;

/// <summary>
/// SubmitToAck times a user's order from the click or hotkey that submitted it (<see cref="Submitted"/>, which also
/// starts the order's trace, <see cref="OrderTraces.Begin"/>) to the exchange's first answer (the first applied change
/// out of PENDING_SEND that is not UNKNOWN: NEW, FILLED, REJECTED...). The last one is shown in the status bar; each is
/// recorded in <see cref="TerminalMetrics.SubmitToAckName"/>. Thread-safe: submitted on the UI thread, answered on the
/// session's threads.
/// </summary>
public sealed class SubmitToAck
{
    private readonly ConcurrentDictionary<string, (long Start, KeyValuePair<string, object?>[] Tags)> _waiting = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, KeyValuePair<string, object?>[]> _triggerTags = new(StringComparer.Ordinal);
    private long _lastMicroseconds = -1;
    private long _answered;

    /// <summary>LastMilliseconds is the submit-to-answer time of the last answered order, or null before the first.</summary>
    public double? LastMilliseconds => Interlocked.Read(ref _lastMicroseconds) is var us and >= 0 ? us / 1000.0 : null;

    /// <summary>Answered counts the orders timed so far.</summary>
    public long Answered => Interlocked.Read(ref _answered);

    /// <summary>Submitted starts timing and tracing <paramref name="order"/> at the user's action (<paramref name="trigger"/>: "click", "hotkey"); call it before the order is placed.</summary>
    public void Submitted(Order order, string trigger)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentException.ThrowIfNullOrEmpty(trigger);
        OrderTraces.Begin(order, trigger);
        var tags = _triggerTags.GetOrAdd(trigger, TerminalMetrics.TriggerTags);
        _waiting[order.ClientOrderId] = (Stopwatch.GetTimestamp(), tags);
    }

    /// <summary>OnOrderChanged is subscribed to the session's <see cref="OrderTracker.OrderChanged"/>: the first answer of a timed order stops its clock.</summary>
    public void OnOrderChanged(OrderChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (_waiting.IsEmpty || !change.Transition.WasApplied || change.Transition.To is OrderStatus.PendingSend or OrderStatus.Unknown) return;
        if (!_waiting.TryRemove(change.Order.ClientOrderId, out var waiting)) return;
        TimeSpan elapsed = Stopwatch.GetElapsedTime(waiting.Start);
        Interlocked.Exchange(ref _lastMicroseconds, (long)(elapsed.Ticks / (TimeSpan.TicksPerMillisecond / 1000)));
        Interlocked.Increment(ref _answered);
        TerminalMetrics.RecordSubmitToAck(elapsed.TotalMilliseconds, waiting.Tags);
    }
}
