using System.Diagnostics;
using Skia.Toolkit.Platform;
using Skia.Trader.Binance.MarketData;
using Skia.Trader.Binance.Rest;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Symbols;
using Skia.Trader.Ui.Panels;
using Skia.Trader.Ui.Session;
using Skia.Trader.Ui.Tests.Model;

namespace Skia.Trader.Ui.Tests.Panels;

/// <summary>
/// Idle: a terminal screen whose data does not change draws no frame (issue 13, "Idle CPU: 0 frames over 2 s of a
/// static screen"). The screen runs in a headless window on the app's own loop (<see cref="HeadlessWindow.RunOnce"/>),
/// with the status bar's once-a-second timer running, as in the terminal.
/// </summary>
public class TerminalScreenIdleTests
{
    [Fact]
    public void A_static_screen_draws_no_frame_in_two_seconds_and_a_change_draws_one()
    {
        SymbolInfo symbol = Fixtures.BtcNoNotional;
        var bids = Enumerable.Range(0, 30).Select(i => ((30000 - i).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), "0.5")).ToArray();
        var asks = Enumerable.Range(1, 30).Select(i => ((30000 + i).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), "0.25")).ToArray();
        var account = new SessionSnapshot(1, ConnectionHealth.Connected, TimeSpan.FromMilliseconds(1.2), [],
            [new AccountBalance("USDT", Books.Q("1000"), Quantity.Zero)], [], 0);
        using var screen = new TerminalScreen("BTCUSDT", "SIM");
        using var window = new HeadlessWindow(screen.Content, 1440, 900);
        screen.StartStatus(window);
        screen.ShowSnapshot(window, symbol, Books.Of(bids, asks), new TradePrint(1, Books.P("30000.00"), Books.Q("0.1"), 0, false), account);

        // Settle: the first frame, the ladder's one-frame flash going off, and the status bar's first update (the FPS of
        // the start-up frames, a real change), which its timer brings after about a second.
        var settle = Stopwatch.StartNew();
        while (!window.Root.ToMarkup().Contains("text=\"FPS ", StringComparison.Ordinal) || window.Root.ToMarkup().Contains("text=\"FPS -\"", StringComparison.Ordinal))
        {
            Assert.True(settle.Elapsed < TimeSpan.FromSeconds(20), "the status bar never showed the FPS");
            window.RunOnce(TimeSpan.FromMilliseconds(50));
        }
        // The ladder's last-trade mark fades in steps over 3 s (frames that show a change); then one more status update
        // reports those frames. After that nothing changes.
        RunFor(window, TimeSpan.FromSeconds(3.5));

        long shownBefore = window.Clock.Statistics.FramesShown;
        Assert.Equal(0, RunFor(window, TimeSpan.FromSeconds(2)));
        Assert.Equal(shownBefore, window.Clock.Statistics.FramesShown);

        // The count can fail: one change on screen is a frame.
        screen.Header.LastPrice.Text = "30000.01";
        Assert.InRange(RunFor(window, TimeSpan.FromMilliseconds(200)), 1, 2);
    }

    // Turns of the app's loop for a while of real time; returns how many rendered a frame.
    private static int RunFor(HeadlessWindow window, TimeSpan span)
    {
        var rendered = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < span)
        {
            if (window.RunOnce(span - clock.Elapsed)) rendered++;
        }
        return rendered;
    }
}
