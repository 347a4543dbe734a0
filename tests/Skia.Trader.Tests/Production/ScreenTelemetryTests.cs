using System.Diagnostics;
using System.Diagnostics.Metrics;
using Skia.Toolkit.Testing;
using Skia.Trader.Binance.Diagnostics;
using Skia.Trader.Binance.Endpoints;
using Skia.Trader.Binance.Rest;
using Skia.Trader.Binance.Signing;
using Skia.Trader.Core.Orders;
using Skia.Trader.Core.Symbols;
using Skia.Trader.Exchange.Hosting;
using Skia.Trader.Exchange.Http;
using Skia.Trader.Telemetry;
using Skia.Trader.Ui.Diagnostics;
using Skia.Trader.Ui.Panels;
using Skia.Trader.Ui.Session;
using static Skia.Trader.Tests.UiThreadWaits;

namespace Skia.Trader.Tests.Production;

/// <summary>
/// The screen's own telemetry against the real simulator over loopback, in a headless window driven like a user: the
/// data age of the book at the end of the frame that shows it (the terminal meter's histogram, through a
/// <see cref="MeterListener"/>, and the status bar), and an order submitted with the ticket's button as one trace
/// (click, request written, ack, fill; through an <see cref="ActivityListener"/>) with its submit-to-ack time in the
/// status bar. The test thread is the window's UI thread.
/// </summary>
public class ScreenTelemetryTests
{
    private static readonly ApiCredential Key = ApiCredential.DefaultLocal;

    [Fact]
    public void The_terminal_meter_is_the_one_the_telemetry_host_exports() =>
        Assert.Contains(TerminalMetrics.MeterName, TelemetryHost.MeterNames);

    [Fact]
    public void Data_age_is_recorded_per_frame_that_shows_the_book_and_a_ticket_order_is_one_trace_from_click_to_fill()
    {
        var ages = new List<(double Ms, string? Symbol)>();
        int uiThread = Environment.CurrentManagedThreadId;
        using var meters = new MeterListener();
        meters.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == TerminalMetrics.MeterName && instrument.Name == TerminalMetrics.ScreenDataAgeName) l.EnableMeasurementEvents(instrument);
        };
        meters.SetMeasurementEventCallback<double>((_, value, tags, _) =>
        {
            if (Environment.CurrentManagedThreadId != uiThread) return; // another test's screen
            lock (ages) ages.Add((value, tags.Length == 1 ? tags[0].Value as string : null));
        });
        meters.Start();
        var activities = new List<Activity>();
        using var traces = new ActivityListener
        {
            ShouldListenTo = source => source.Name == OrderTraces.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a => { lock (activities) activities.Add(a); },
        };
        ActivitySource.AddActivityListener(traces);

        var exchange = new ExchangeSimulator(new ExchangeOptions { Port = 0, Seed = 11 });
        Uri rest = Block(exchange.StartAsync());
        using var screen = new TerminalScreen("BTCUSDT", "SIM");
        using var window = new TestWindow(screen.Content, 1440, 900);
        var session = new TerminalSession(BinanceEndpoint.Simulator(rest), new ApiCredentials(Key.ApiKey, Key.Secret), ["BTCUSDT", "ETHUSDT"]);
        try
        {
            session.Start();
            SymbolInfo info = Block(session.Rest.GetExchangeInfoAsync(["BTCUSDT"])).Single();
            screen.Attach(window.Window, session, info);
            RunUntil(window, () => screen.Header.Connection.Text.StartsWith("connected", StringComparison.Ordinal), "connected");

            // Frames showing the book end with its age recorded, tagged with its symbol, in milliseconds.
            RunUntil(window, () => { lock (ages) return ages.Count >= 10; }, "ten frames with the book's data age");
            lock (ages)
            {
                Assert.All(ages, a => Assert.Equal("BTCUSDT", a.Symbol)); // only the ladder's symbol is on screen
                Assert.All(ages, a => Assert.InRange(a.Ms, 0, 5000));
            }
            LatencyHistogram run = screen.Telemetry.DataAge!.ForSymbol("BTCUSDT")!;
            Assert.True(run.Count >= 10);
            Assert.Equal(0, screen.Telemetry.DataAge.ForSymbol("ETHUSDT")!.Count);

            // A buy limit at the best ask through the ticket: it fills at once.
            Block(session.Rest.SyncClockAsync());
            DepthSnapshot depth = Block(session.Rest.GetDepthAsync("BTCUSDT", 5));
            Order? submitted = null;
            screen.Ticket.OrderSubmitted += o => submitted = o;
            screen.Ticket.FillPrice(depth.Asks[0].Price);
            window.Click(screen.Ticket.QuantityBox);
            window.Type("0.002");
            window.Click(screen.Ticket.SubmitButton);
            Assert.NotNull(submitted);
            RunUntil(window, () => submitted.Status is OrderStatus.Filled or OrderStatus.Canceled or OrderStatus.Expired or OrderStatus.Rejected, "the order final");
            Assert.Equal(OrderStatus.Filled, submitted.Status);
            Activity trace = RunUntilFound(window, activities, a => (string?)a.GetTagItem(OrderTraces.ClientOrderIdTag) == submitted.ClientOrderId, "the order's trace stopped");

            string[] events = trace.Events.Select(e => e.Name).ToArray();
            Assert.Equal("click", events[0]);
            Assert.Equal("request.written", events[1]);
            Assert.Equal("ack", events[2]);
            Assert.Contains("fill", events[3..]);
            Assert.Equal("rest", trace.Events.ElementAt(1).Tags.Single(t => t.Key == BinanceMetrics.PathTag).Value);
            Assert.Equal(ActivityStatusCode.Ok, trace.Status);
            Assert.Equal("Filled", trace.GetTagItem("order.status"));
            Assert.True(trace.StartTimeUtc <= trace.Events.First().Timestamp.UtcDateTime);

            // The status bar shows the submit-to-ack time once a second.
            Assert.Equal(1, screen.Telemetry.Orders.Answered);
            Assert.InRange(screen.Telemetry.Orders.LastMilliseconds!.Value, 0.001, 5000);
            screen.StartStatus(window.Window);
            RunUntil(window, () => screen.Telemetry.LastOrderText.StartsWith("last order ", StringComparison.Ordinal) && screen.Telemetry.LastOrderText.EndsWith(" ms", StringComparison.Ordinal), "last order N ms in the status bar");
            RunUntil(window, () => screen.Telemetry.DataAgeText.StartsWith("data age p99 ", StringComparison.Ordinal), "data age p99 in the status bar");
            RunUntil(window, () => screen.Telemetry.FeedText.EndsWith(" msg/s", StringComparison.Ordinal), "feed msg/s in the status bar");
            Assert.Contains("#status-last-order (", window.ToMarkup(), StringComparison.Ordinal);
        }
        finally
        {
            screen.Dispose();
            Block(session.DisposeAsync().AsTask());
            Block(exchange.DisposeAsync().AsTask());
        }
    }

    private static Activity RunUntilFound(TestWindow window, List<Activity> activities, Func<Activity, bool> match, string what)
    {
        Activity? found = null;
        RunUntil(window, () =>
        {
            lock (activities) found = activities.FirstOrDefault(match);
            return found is not null;
        }, what);
        return found!;
    }
}
