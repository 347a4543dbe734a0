using System.Diagnostics;
using System.Globalization;
using Skia.Toolkit.Input;
using Skia.Toolkit.Platform;
using Skia.Trader.Binance.MarketData;
using Skia.Trader.Binance.Rest;
using Skia.Trader.Core.Books;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Symbols;
using Skia.Trader.Scene.Measurement;
using Skia.Trader.Ui.Panels;
using Skia.Trader.Ui.Session;

namespace Skia.Trader.TerminalPerf;

/// <summary>
/// KeypressRun measures keypress -> the frame that shows it, software side (issue 13): the terminal's default screen in a
/// 1440x900 headless raster window, the order ticket's quantity box focused, and for each keypress the time from the key
/// event entering the UI root (key down, the character, key up, as a window delivers them) to the end of the frame that
/// draws the changed box (wall time, and the UI thread's CPU time over the same span: wall far above CPU means the thread
/// waited for a core, not that the frame was slow). Digits are typed up to six, then erased with Backspace, so every press changes the box.
/// </summary>
internal static class KeypressRun
{
    private const int Warmup = 200;

    public static int Run(int presses)
    {
        using var screen = new TerminalScreen("BTCUSDT", "SIM");
        using var window = new HeadlessWindow(screen.Content, 1440, 900);
        screen.ShowSnapshot(window, Symbol(), Book(), new TradePrint(1, Price.Parse("30000.00"), Quantity.Parse("0.1"), 0, false),
            new SessionSnapshot(1, ConnectionHealth.Connected, TimeSpan.FromMilliseconds(1), [], [new AccountBalance("USDT", Quantity.Parse("100000"), Quantity.Zero)], [], 0));
        window.RenderFrame();
        window.RenderFrame(); // the ladder's one-frame flash goes off
        if (!screen.Ticket.QuantityBox.Focus())
        {
            Console.Error.WriteLine("error: the ticket's quantity box does not take focus");
            return 1;
        }
        window.RenderIfNeeded();

        var times = new double[presses];
        var cpu = new double[presses];
        long allocated = 0;
        for (int i = -Warmup; i < presses; i++)
        {
            string before = screen.Ticket.QuantityBox.Text;
            long bytes = GC.GetAllocatedBytesForCurrentThread();
            double cpuStart = ThreadCpuClock.NowMs();
            long start = Stopwatch.GetTimestamp();
            Press(window, before.Length < 6 ? (char)('1' + (i & 7)) : '\b');
            bool drawn = window.RenderIfNeeded();
            long end = Stopwatch.GetTimestamp();
            double cpuEnd = ThreadCpuClock.NowMs();
            if (i >= 0)
            {
                allocated += GC.GetAllocatedBytesForCurrentThread() - bytes;
                times[i] = Stopwatch.GetElapsedTime(start, end).TotalMilliseconds;
                cpu[i] = cpuEnd - cpuStart;
            }
            if (!drawn || screen.Ticket.QuantityBox.Text == before)
            {
                Console.Error.WriteLine($"error: keypress {i} did not change the quantity box or draw a frame (text '{before}')");
                return 1;
            }
        }
        double[] sorted = (double[])times.Clone();
        Array.Sort(sorted);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{{\"mode\":\"keys\",\"presses\":{presses},\"avg_ms\":{times.Average():F3},\"p50_ms\":{sorted[presses / 2]:F3},\"p99_ms\":{sorted[(int)(presses * 0.99)]:F3},\"max_ms\":{sorted[^1]:F3},\"cpu_avg_ms\":{cpu.Average():F3},\"cpu_max_ms\":{cpu.Max():F3},\"alloc_bytes_per_press\":{allocated / (double)presses:F0},\"runtime\":\"{(System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeCompiled ? "jit" : "aot")}\"}}"));
        return 0;
    }

    // A key as a window delivers it: key down, the typed character (none for Backspace), key up.
    private static void Press(HeadlessWindow window, char c)
    {
        if (c == '\b')
        {
            window.Root.DispatchKeyDown(Key.Backspace);
            window.Root.DispatchKeyUp(Key.Backspace);
            return;
        }
        Key key = Key.D0 + (c - '0');
        window.Root.DispatchKeyDown(key);
        window.Root.DispatchTextInput(Digits[c - '0']);
        window.Root.DispatchKeyUp(key);
    }

    private static readonly string[] Digits = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];

    private static SymbolInfo Symbol() => new("BTCUSDT", "BTC", "USDT",
        new PriceFilter(Price.Parse("0.01"), Price.Parse("1000000"), Price.Parse("0.01")),
        new LotSizeFilter(Quantity.Parse("0.00001"), Quantity.Parse("9000"), Quantity.Parse("0.00001")), NotionalFilter.None);

    // A fixed book: 100 levels a side around 30,000.
    private static OrderBookSnapshot Book()
    {
        var bids = new BookLevel[100];
        var asks = new BookLevel[100];
        for (int i = 0; i < 100; i++)
        {
            bids[i] = new BookLevel(Price.FromRaw((3_000_000 - i) * 1_000_000L), Quantity.FromRaw((i % 7 + 1) * 10_000_000L));
            asks[i] = new BookLevel(Price.FromRaw((3_000_001 + i) * 1_000_000L), Quantity.FromRaw((i % 5 + 1) * 10_000_000L));
        }
        return new OrderBookSnapshot("BTCUSDT", 1, 0, bids, asks);
    }
}
