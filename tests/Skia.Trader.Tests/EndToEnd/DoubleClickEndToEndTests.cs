using System.Diagnostics;
using System.Runtime.InteropServices;
using Skia.Toolkit.Tests.Platform;
using Skia.Trader.Ui.Panels;

namespace Skia.Trader.Tests.EndToEnd;

/// <summary>
/// One press of the ticket's submit button is one order, judged by when the user clicked: the X server stamps each
/// click, the terminal's repeat guard compares those stamps, so a double click stays one order even when the terminal
/// handles its second click long after the user made it (a starved UI thread under load, played here by stopping the
/// process), and two deliberate clicks stay two orders. What happened is read from the simulator's ledger.
/// </summary>
[Collection(EndToEndCollection.Name)]
public partial class DoubleClickEndToEndTests(XvfbDisplay display)
{
    private const int Sigcont = 18; // Linux x86-64 and arm64
    private const int Sigstop = 19;
    private const int Attempts = 3;

    [Fact]
    public void A_second_click_made_within_the_guard_places_no_order_even_when_the_terminal_handles_it_a_second_later()
    {
        using var exchange = new TestExchange();
        using var terminal = TerminalProcess.Start(display.Name, "--exchange", exchange.Rest.ToString());
        OrderEntryEndToEndTests.FillTicketFromTheLowestLadderRow(terminal, exchange, "0.002");
        terminal.MoveTo(terminal.Screen()!.Get("ticket-submit").Centre);
        using var x = new XServerClock(display.Name);

        // The two clicks must be under the guard apart by the X server's clock, with the first order at the exchange
        // between them. On a loaded machine the order's round trip can take longer than that: such an attempt checks
        // nothing about the guard, so it is said and tried again, never counted as a pass.
        var tooSlow = new List<string>();
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            var before = exchange.Orders.Count;
            var start = x.Now();
            x.Click();
            WaitForLedger(exchange, before + 1, terminal, "the first click's order at the exchange");
            uint gap;
            Signal(terminal.ProcessId, Sigstop);
            try
            {
                x.Click(); // queued in the stopped terminal's connection, stamped now by the X server
                gap = x.Now() - start;
                Thread.Sleep(1000); // the terminal is stopped: it handles the second click a second after the user made it
            }
            finally
            {
                Signal(terminal.ProcessId, Sigcont);
            }
            HandledEverythingQueued(terminal);
            if (gap >= TicketPanel.RepeatGuard.TotalMilliseconds)
            {
                // Two presses as far as the guard can tell (the user's times are what it goes by): two orders.
                tooSlow.Add($"attempt {attempt}: the second click came {gap} ms after the first by the X server's clock");
                WaitForLedger(exchange, before + 2, terminal, $"the second order of two clicks {gap} ms apart");
                continue;
            }

            // A second order would be PENDING_SEND on screen in the frame that handled the click, and at the exchange
            // one round trip later: give it that long to show before saying there is none.
            var settle = Stopwatch.StartNew();
            while (settle.Elapsed < TimeSpan.FromSeconds(2) && exchange.Orders.Count == before + 1) Thread.Sleep(20);
            Assert.True(exchange.Orders.Count == before + 1,
                $"clicks {gap} ms apart by the X server's clock, the second handled over a second later, placed {exchange.Orders.Count - before} orders; one press is one order.\n{terminal.Evidence()}");
            Assert.Equal(before + 1, terminal.WaitFor(s => s.OpenOrdersCount() == before + 1, "the one order in open orders").OpenOrdersCount());
            return;
        }
        Assert.Fail($"The machine was too slow: in {Attempts} attempts the first click's order never reached the exchange within "
            + $"{TicketPanel.RepeatGuard.TotalMilliseconds} ms of the click, so no second click could be made inside the repeat guard "
            + $"and the test checked nothing about it ({string.Join("; ", tooSlow)}). Run it on a quieter machine.");
    }

    [Fact]
    public void A_double_click_places_one_order_and_two_clicks_700_ms_apart_place_two()
    {
        using var exchange = new TestExchange();
        using var terminal = TerminalProcess.Start(display.Name, "--exchange", exchange.Rest.ToString());
        OrderEntryEndToEndTests.FillTicketFromTheLowestLadderRow(terminal, exchange, "0.002");
        var submit = terminal.Screen()!.Get("ticket-submit").Centre;

        terminal.Click(submit, times: 2, gap: 80);
        WaitForLedger(exchange, 1, terminal, "the double click's order at the exchange");
        HandledEverythingQueued(terminal);
        var settle = Stopwatch.StartNew();
        while (settle.Elapsed < TimeSpan.FromSeconds(2) && exchange.Orders.Count == 1) Thread.Sleep(20);
        Assert.True(exchange.Orders.Count == 1, $"a double click (80 ms) placed {exchange.Orders.Count} orders.\n{terminal.Evidence()}");

        // Well past the guard since that press, two deliberate clicks 700 ms apart: two presses, two orders.
        terminal.Click(submit, times: 2, gap: 700);
        WaitForLedger(exchange, 3, terminal, "two orders from two clicks 700 ms apart");
        terminal.WaitFor(s => s.OpenOrdersCount() == 3, "three orders in open orders");
    }

    // The terminal has handled every input event queued before this: a key press queued after them changes the ladder's
    // grouping (= coarser, - finer at the coarsest), and events are handled in order.
    private static void HandledEverythingQueued(TerminalProcess terminal)
    {
        var grouping = terminal.WaitFor(s => s.Find("ladder") is not null, "the ladder").Get("ladder")["grouping"];
        terminal.Key(grouping == "10" ? "minus" : "equal");
        terminal.WaitFor(s => s.Get("ladder")["grouping"] != grouping, "the grouping key handled after the clicks queued before it");
    }

    private static void WaitForLedger(TestExchange exchange, int orders, TerminalProcess terminal, string what)
    {
        var clock = Stopwatch.StartNew();
        while (exchange.Orders.Count < orders)
        {
            if (clock.Elapsed > TerminalProcess.Deadline) Assert.Fail($"Never happened within {TerminalProcess.Deadline.TotalSeconds:0} s: {what}.\n{terminal.Evidence()}");
            Thread.Sleep(1); // the clock between the two clicks is what this test is about: look often
        }
    }

    private static void Signal(int pid, int signal) =>
        Assert.True(Kill(pid, signal) == 0, $"kill({pid}, {signal}) failed: errno {Marshal.GetLastPInvokeError()}");

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int sig);
}
