using System.Diagnostics;
using System.Diagnostics.Metrics;
using Skia.Toolkit.Diagnostics;
using Skia.Toolkit.Threading;

namespace Skia.Toolkit.Tests.Threading;

/// <summary>
/// skia.toolkit.snapshot.wait is how long new data waited for the frame that applied it: the exact form of "a frame
/// was dropped" for a live feed (perf/terminal-load.sh reports it). These tests age data by a known real time and
/// check the figure covers it, for the newest-value slot and for the lossless queue (its oldest item counts).
/// </summary>
public class SnapshotWaitMetricTests
{
    private sealed record Book(int Version);

    [Fact]
    public void A_snapshot_waits_from_the_first_publish_since_the_last_frame_not_from_the_newest()
    {
        var clock = new FrameClock(60);
        var book = new LatestValue<Book>();
        clock.Subscribe(book, _ => { });
        using var waits = new WaitsOnThisThread();

        book.Publish(new Book(1));
        SpinFor(TimeSpan.FromMilliseconds(40));
        book.Publish(new Book(2)); // replaces version 1 unseen: the data on screen is still 40 ms late
        Assert.Equal(1, clock.ApplySnapshots());

        var wait = Assert.Single(waits.Milliseconds);
        Assert.InRange(wait, 40, 10_000);

        // The next publish starts a new wait: the one taken above does not carry over.
        book.Publish(new Book(3));
        Assert.Equal(1, clock.ApplySnapshots());
        Assert.Equal(2, waits.Milliseconds.Count);
        Assert.InRange(waits.Milliseconds[1], 0, 39);
    }

    [Fact]
    public void A_queue_batch_waits_from_its_oldest_item()
    {
        var clock = new FrameClock(60);
        var trades = new FrameQueue<int>(16);
        clock.Subscribe(trades, _ => { });
        using var waits = new WaitsOnThisThread();

        Assert.True(trades.TryEnqueue(1));
        SpinFor(TimeSpan.FromMilliseconds(30));
        Assert.True(trades.TryEnqueue(2));
        Assert.Equal(1, clock.ApplySnapshots());
        Assert.InRange(Assert.Single(waits.Milliseconds), 30, 10_000);

        Assert.Equal(0, clock.ApplySnapshots()); // an empty frame records nothing
        Assert.Single(waits.Milliseconds);
    }

    [Fact]
    public void Recording_the_wait_allocates_nothing()
    {
        var clock = new FrameClock(60);
        var book = new LatestValue<Book>();
        var trades = new FrameQueue<int>(16);
        clock.Subscribe(book, _ => { });
        clock.Subscribe(trades, _ => { });
        using var waits = new WaitsOnThisThread(keep: false);
        var snapshots = new Book[64];
        for (var i = 0; i < snapshots.Length; i++) snapshots[i] = new Book(i);
        // Warm up until a round in which the JIT compiled nothing (a method's first tier-1 run may allocate once).
        for (var settle = 0; settle < 40; settle++)
        {
            var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
            for (var i = 0; i < 200; i++) Round(i);
            Thread.Sleep(100);
            if (System.Runtime.JitInfo.GetCompiledMethodCount() == compiled) break;
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1_000; i++) Round(i);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.True(waits.Count >= 2_000 + 400, $"{waits.Count} waits recorded");

        void Round(int i)
        {
            book.Publish(snapshots[i % snapshots.Length]);
            trades.TryEnqueue(i);
            clock.ApplySnapshots();
        }
    }

    private static void SpinFor(TimeSpan time)
    {
        var start = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(start) < time) Thread.Sleep(1);
    }

    /// <summary>Listens to skia.toolkit.snapshot.wait, keeping only what this test's thread records (tests run in parallel).</summary>
    private sealed class WaitsOnThisThread : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly int _thread = Environment.CurrentManagedThreadId;
        private readonly bool _keep;

        public WaitsOnThisThread(bool keep = true)
        {
            _keep = keep;
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == ToolkitMetrics.MeterName && instrument.Name == ToolkitMetrics.SnapshotWaitName)
                    listener.EnableMeasurementEvents(instrument, this);
            };
            _listener.SetMeasurementEventCallback<double>(static (_, ms, _, state) => ((WaitsOnThisThread)state!).Add(ms));
            _listener.Start();
        }

        public List<double> Milliseconds { get; } = [];

        public int Count { get; private set; }

        public void Dispose() => _listener.Dispose();

        private void Add(double ms)
        {
            if (Environment.CurrentManagedThreadId != _thread) return;
            Count++;
            if (_keep) Milliseconds.Add(ms);
        }
    }
}
