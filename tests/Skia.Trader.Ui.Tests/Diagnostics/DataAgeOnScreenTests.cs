using System.Diagnostics.Metrics;
using Skia.Trader.Ui.Diagnostics;

namespace Skia.Trader.Ui.Tests.Diagnostics;

/// <summary>DataAgeOnScreen on a fixed clock: the age is the frame's end minus the event time of what the frame shows, per symbol, without allocating.</summary>
public class DataAgeOnScreenTests
{
    private static readonly DateTimeOffset Epoch = DateTimeOffset.FromUnixTimeMilliseconds(1_780_000_000_000);

    [Fact]
    public void The_age_is_the_frame_end_minus_E_of_the_newest_data_shown_per_symbol()
    {
        var clock = new FixedClock { Now = Epoch };
        var age = new DataAgeOnScreen(["BTCUSDT", "ETHUSDT"], clock);
        long e = Epoch.ToUnixTimeMilliseconds();

        age.Shown("BTCUSDT", e - 50); // replaced by the newer book before the frame ends: the frame shows the newer
        age.Shown("BTCUSDT", e - 3);
        age.Shown("ETHUSDT", e - 7);
        clock.Now = Epoch.AddMilliseconds(2.5);
        age.FrameEnded();

        Assert.Equal(1, age.ForSymbol("BTCUSDT")!.Count);
        Assert.Equal(5.5, age.ForSymbol("BTCUSDT")!.MaxMilliseconds, 6);
        Assert.Equal(9.5, age.ForSymbol("ETHUSDT")!.MaxMilliseconds, 6);
        Assert.Equal(2, age.Recent.Count);

        // A frame that shows nothing new records nothing; an unknown symbol or E = 0 (unknown) is ignored.
        age.Shown("XRPUSDT", e);
        age.Shown("BTCUSDT", 0);
        age.FrameEnded();
        Assert.Equal(1, age.ForSymbol("BTCUSDT")!.Count);
        Assert.Null(age.ForSymbol("XRPUSDT"));
        age.ClearRecent();
        Assert.Equal(0, age.Recent.Count);
    }

    [Fact]
    public void Percentiles_over_a_run_match_the_ages_recorded()
    {
        var clock = new FixedClock { Now = Epoch };
        var age = new DataAgeOnScreen(["BTCUSDT"], clock);
        long e = Epoch.ToUnixTimeMilliseconds();
        for (int i = 1; i <= 100; i++)
        {
            age.Shown("BTCUSDT", e - i); // ages 1..100 ms
            age.FrameEnded();
        }
        LatencyHistogram h = age.ForSymbol("BTCUSDT")!;
        Assert.Equal(100, h.Count);
        Assert.Equal(50, h.Percentile(0.50), 6);
        Assert.Equal(99, h.Percentile(0.99), 6);
        Assert.Equal(100, h.MaxMilliseconds, 6);
    }

    [Fact]
    public void Showing_and_ending_frames_allocates_nothing_with_the_meter_listened_to()
    {
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == TerminalMetrics.MeterName) l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<double>(static (_, _, _, _) => { });
        listener.Start();
        var age = new DataAgeOnScreen(["BTCUSDT", "ETHUSDT", "BNBUSDT", "SOLUSDT", "XRPUSDT"]);
        long e = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        for (int i = 0; i < 100; i++) Frame(age, e); // warm up

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 10_000; i++) Frame(age, e);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.Equal(10_100, age.ForSymbol("XRPUSDT")!.Count);
    }

    private static void Frame(DataAgeOnScreen age, long e)
    {
        age.Shown("BTCUSDT", e);
        age.Shown("XRPUSDT", e);
        age.FrameEnded();
    }

    private sealed class FixedClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; }

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
