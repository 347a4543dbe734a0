using System.Diagnostics;
using System.Globalization;
using Skia.Toolkit.Input;
using Skia.Toolkit.Platform;
using Skia.Trader.Binance.Endpoints;
using Skia.Trader.Binance.Rest;
using Skia.Trader.Binance.Signing;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;
using Skia.Trader.Core.Symbols;
using Skia.Trader.Exchange.Hosting;
using Skia.Trader.Exchange.Http;
using Skia.Trader.Exchange.Http.RateLimits;
using Skia.Trader.Scene.Measurement;
using Skia.Trader.Ui.Panels;
using Skia.Trader.Ui.Session;
using Skia.Trader.Ui.Shell;

namespace Skia.Trader.TerminalPerf;

/// <summary>
/// HotkeyRun measures hotkey -> order bytes written to the socket (issue 13): the simulator in this process on a loopback
/// port (real sockets, its synthetic market running), the terminal's default screen in a 1440x900 headless raster window
/// attached to a real <see cref="TerminalSession"/> on it, the shell's hotkeys registered as the program registers them
/// (<see cref="TerminalShell"/>, default terminal.json). Each order is one Ctrl+B or Ctrl+S (a buy while the USDT
/// held is worth more than the BTC, else a sell: they alternate while orders fill, and both balances last) entering
/// the UI root as a window delivers it, timed from the key-down event to the moment the order's
/// request bytes were taken by the socket (<see cref="SocketWriteProbe"/>: the REST client's connection stream, the path
/// the terminal sends orders on), with the UI thread's CPU time and allocations over the key-down dispatch. Between
/// orders the loop runs the window until the order is final at the exchange and the ticket shows the new balances, then
/// steps the window's clock past the ticket's repeat guard (a trader's next press, not a held key).
/// </summary>
internal static class HotkeyRun
{
    private const string Usage = "usage: Skia.Trader.TerminalPerf hotkey [--orders N (default 1000)] [--warmup N (default 100)]";
    private const string Symbol = "BTCUSDT";

    public static int Run(string[] args)
    {
        int orders = 1000, warmup = 100;
        for (int i = 0; i < args.Length; i++)
        {
            string? value = i + 1 < args.Length ? args[i + 1] : null;
            if (args[i] == "--orders" && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out orders) && orders is > 0 and <= 100_000
                || args[i] == "--warmup" && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out warmup) && warmup <= 100_000)
            {
                i++;
                continue;
            }
            Console.Error.WriteLine($"error: bad option '{args[i]}'{(value is null ? "" : $" '{value}'")}. {Usage}");
            return 64;
        }
        return Run(orders, warmup).GetAwaiter().GetResult();
    }

    private static async Task<int> Run(int orders, int warmup)
    {
        // A small account (as the end-to-end test's): a quarter of it is well within the simulator's book.
        var options = new ExchangeOptions { Port = 0, Seed = 7 };
        options.InitialBalances = new Dictionary<string, Quantity>(StringComparer.Ordinal) { ["USDT"] = Quantity.FromUnits(1_000), ["BTC"] = Quantity.Parse("0.02") };
        // Binance's 100 orders per 10 s would hold the run to 10 orders a second (and the client holds orders once told
        // -1015): the limits are raised, the path an order takes is the same.
        options.RateLimits =
        [
            new(RateLimitType.RequestWeight, RateLimitInterval.Minute, 1, 1_000_000),
            new(RateLimitType.Orders, RateLimitInterval.Second, 10, 1_000_000),
            new(RateLimitType.Orders, RateLimitInterval.Day, 1, 10_000_000),
        ];
        await using var simulator = new ExchangeSimulator(options);
        Uri rest = await simulator.StartAsync().ConfigureAwait(false);
        var endpoint = BinanceEndpoint.Simulator(rest);
        SymbolInfo symbol;
        using (var info = new BinanceRestClient(endpoint)) symbol = (await info.GetExchangeInfoAsync([Symbol]).ConfigureAwait(false))[0];

        var probe = new SocketWriteProbe();
        using var handler = probe.CreateHandler();
        await using var session = new TerminalSession(endpoint, new ApiCredentials(ApiCredential.DefaultLocal.ApiKey, ApiCredential.DefaultLocal.Secret), [Symbol], restHandler: handler);
        string configDirectory = Path.Combine(Path.GetTempPath(), "skia-trader-hotkey-" + Guid.NewGuid().ToString("N"));
        try
        {
            return Measure(orders, warmup, simulator, session, symbol, probe, configDirectory);
        }
        finally
        {
            try
            {
                Directory.Delete(configDirectory, recursive: true);
            }
            catch (IOException)
            {
                // Left for the system's temp clean-up.
            }
        }
    }

    private static int Measure(int orders, int warmup, ExchangeSimulator simulator, TerminalSession session, SymbolInfo symbol, SocketWriteProbe probe, string configDirectory)
    {
        // From here this thread is the UI thread, as the program's main thread is.
        session.Start();
        using var screen = new TerminalScreen(Symbol, "SIM");
        using var window = new HeadlessWindow(screen.Content, 1440, 900);
        var time = new SteppedTime();
        window.Root.Damage.Time = time;
        using var shell = new TerminalShell(configDirectory);
        shell.Load();
        shell.Attach(screen.Content, screen, window.Root, window.Dispatcher.Post);
        screen.Attach(window, session, symbol);
        if (!Pump(window, () => screen.Ticket.Model is { } m && m.ReferencePrice.Raw > 0 && m.BaseFree.Raw > 0 && m.QuoteFree.Raw > 0, TimeSpan.FromSeconds(60)))
        {
            Console.Error.WriteLine("error: the terminal never showed a price and both balances (60 s)");
            return 1;
        }
        int uiThread = Environment.CurrentManagedThreadId;

        var wall = new double[orders];
        var cpu = new double[orders];
        var cpuToWrite = new double[orders];
        var dispatchWall = new double[orders];
        long allocated = 0, offUiThread = 0, unfilled = 0, buys = 0;
        for (int i = -warmup; i < orders; i++)
        {
            // Buy with the larger holding: alternates while orders fill, and keeps both balances when one side's expire.
            var held = screen.Ticket.Model!;
            OrderSide side = (held.BaseFree * held.ReferencePrice).ToQuantity(RoundingDirection.Nearest) < held.QuoteFree ? OrderSide.Buy : OrderSide.Sell;
            if (i >= 0 && side == OrderSide.Buy) buys++;
            Key key = side == OrderSide.Buy ? Key.B : Key.S;
            time.Skip(Skia.Trader.Ui.Panels.TicketPanel.RepeatGuard + TimeSpan.FromMilliseconds(100));
            while (window.RunOnce(TimeSpan.Zero))
            {
                // Draw what is pending, so the press starts on a settled screen.
            }
            long before = probe.OrderWrites;
            int known = session.Tracker.Orders.Count;

            long bytes = GC.GetAllocatedBytesForCurrentThread();
            double cpuStart = ThreadCpuClock.NowMs();
            long start = Stopwatch.GetTimestamp();
            window.Root.DispatchKeyDown(key, KeyModifiers.Control);
            long dispatched = Stopwatch.GetTimestamp();
            double cpuEnd = ThreadCpuClock.NowMs();
            long bytesEnd = GC.GetAllocatedBytesForCurrentThread();
            window.Root.DispatchKeyUp(key, KeyModifiers.Control);

            // The bytes may have left on another thread: wait for the stamp (not part of the figure when it came first).
            var waited = Stopwatch.StartNew();
            while (probe.OrderWrites == before)
            {
                if (waited.Elapsed > TimeSpan.FromSeconds(10))
                {
                    Console.Error.WriteLine($"error: Ctrl+{key} (order {i}) wrote no order to the socket within 10 s; ticket: '{screen.Ticket.Problem.Text}', " +
                        $"focus: {window.Root.FocusedWidget?.GetType().Name ?? "none"}, toasts: {string.Join(" | ", screen.Content.Toasts.Select(t => t.Message))}, orders: {session.Tracker.Orders.Count - known}");
                    return 1;
                }
                Thread.Yield();
            }
            if (probe.OrderWrites != before + 1)
            {
                Console.Error.WriteLine($"error: Ctrl+{key} (order {i}) wrote {probe.OrderWrites - before} orders");
                return 1;
            }
            if (i >= 0)
            {
                wall[i] = Stopwatch.GetElapsedTime(start, probe.LastTimestamp).TotalMilliseconds;
                dispatchWall[i] = Stopwatch.GetElapsedTime(start, dispatched).TotalMilliseconds;
                cpu[i] = cpuEnd - cpuStart;
                cpuToWrite[i] = probe.LastThread == uiThread ? probe.LastThreadCpuMs - cpuStart : double.NaN;
                allocated += bytesEnd - bytes;
                if (probe.LastThread != uiThread) offUiThread++;
            }

            // The order's answer, then the ticket on the new balances, before the next press.
            Order order = session.Tracker.Orders[known];
            if (order.Side != side || order.Type != OrderType.Market)
            {
                Console.Error.WriteLine($"error: Ctrl+{key} sent {order.Side} {order.Type}, not a market {side}");
                return 1;
            }
            var model = screen.Ticket.Model!;
            Quantity baseBefore = model.BaseFree, quoteBefore = model.QuoteFree;
            if (!Pump(window, () => order.IsFinal && (order.ExecutedQuantity.Raw == 0 || model.BaseFree != baseBefore || model.QuoteFree != quoteBefore), TimeSpan.FromSeconds(30)))
            {
                Console.Error.WriteLine($"error: order {order.ClientOrderId} ({side}) is {order.Status} and the ticket's balances did not change within 30 s");
                return 1;
            }
            if (i >= 0 && order.Status != OrderStatus.Filled) unfilled++;
        }

        double[] sorted = (double[])wall.Clone();
        Array.Sort(sorted);
        double[] cpuSorted = (double[])cpuToWrite.Clone();
        Array.Sort(cpuSorted);
        // Every press is one order at the exchange: none lost, none twice.
        var ledger = simulator.Ledger.OrdersOf(ApiCredential.DefaultLocal.ApiKey);
        Console.Error.WriteLine("# ledger: " + string.Join(", ", ledger.GroupBy(o => (o.Side, o.Status, Filled: o.Executed.Raw > 0)).Select(g => $"{g.Key.Side} {g.Key.Status}{(g.Key.Filled ? " (part filled)" : "")}: {g.Count()}")));
        if (ledger.Count != warmup + orders || ledger.Any(o => o.Type != OrderType.Market) || ledger.Select(o => o.ClientOrderId).Distinct().Count() != ledger.Count)
        {
            Console.Error.WriteLine($"error: the exchange's ledger holds {ledger.Count} orders for {warmup + orders} presses");
            return 1;
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{{\"mode\":\"hotkey\",\"orders\":{orders},\"path\":\"rest\",\"avg_ms\":{wall.Average():F3},\"p50_ms\":{sorted[orders / 2]:F3},\"p99_ms\":{sorted[Math.Min(orders - 1, (int)(orders * 0.99))]:F3},\"max_ms\":{sorted[^1]:F3}," +
            $"\"cpu_avg_ms\":{cpuToWrite.Average():F3},\"cpu_p50_ms\":{cpuSorted[orders / 2]:F3},\"cpu_p99_ms\":{cpuSorted[Math.Min(orders - 1, (int)(orders * 0.99))]:F3},\"cpu_max_ms\":{cpuSorted[^1]:F3}," +
            $"\"dispatch_avg_ms\":{dispatchWall.Average():F3},\"dispatch_cpu_avg_ms\":{cpu.Average():F3},\"alloc_bytes_per_order\":{allocated / (double)orders:F0},\"written_off_ui_thread\":{offUiThread},\"split_writes\":{probe.SplitWrites},\"not_filled\":{unfilled},\"buys\":{buys}," +
            $"\"runtime\":\"{(System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeCompiled ? "jit" : "aot")}\"}}"));
        return 0;
    }

    // Runs the window's loop until the condition holds (true) or the timeout passes (false).
    private static bool Pump(HeadlessWindow window, Func<bool> done, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (!done())
        {
            if (clock.Elapsed > timeout) return false;
            window.RunOnce(TimeSpan.FromMilliseconds(5));
        }
        return true;
    }

    // Real time, plus the skips the loop makes: time goes on (toasts, flashes) and each press is a new one.
    private sealed class SteppedTime : TimeProvider
    {
        private long _offset;

        public override long TimestampFrequency => Stopwatch.Frequency;

        public override long GetTimestamp() => Stopwatch.GetTimestamp() + Volatile.Read(ref _offset);

        public void Skip(TimeSpan span) => Interlocked.Add(ref _offset, (long)(span.TotalSeconds * Stopwatch.Frequency));
    }
}
