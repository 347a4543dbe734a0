using Skia.Toolkit.Input;
using Skia.Toolkit.Widgets;
using Skia.Trader.Core.Books;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Symbols;
using Skia.Trader.Ui.Panels;
using Skia.Trader.Ui.Session;
using Skia.Trader.Ui.Shell;
using SkiaSharp;

namespace Skia.Trader.Tests.Shell;

/// <summary>The terminal's hotkeys in the running screen: from any focus, never while a number is being typed, remapped from terminal.json, F1 lists them.</summary>
public sealed class TerminalHotkeysTests
{
    [Fact]
    public void A_hotkey_fires_whichever_panel_has_focus()
    {
        using var f = new ShellFixture();
        var side = f.Screen.Ticket.SideChoice;
        f.Window.KeyPress(Key.S); // nothing focused
        Assert.Equal(1, side.SelectedIndex);

        f.Screen.Ticket.TypeChoice.Focus(); // the ticket's order type
        f.Window.KeyPress(Key.B);
        Assert.Equal(0, side.SelectedIndex);

        f.Window.Click(f.Screen.Tabs); // the tabs below
        f.Window.KeyPress(Key.S);
        Assert.Equal(1, side.SelectedIndex);
        // A side hotkey leaves the keyboard in the ticket's quantity box, ready for the size.
        Assert.True(f.Screen.Ticket.QuantityBox.IsFocused);
    }

    [Fact]
    public void Space_centres_a_ladder_scrolled_off_the_market_and_its_scrolled_signs_go()
    {
        using var f = new ShellFixture();
        var btc = new SymbolInfo("BTCUSDT", "BTC", "USDT", new PriceFilter(Price.Parse("0.01"), Price.Parse("1000000"), Price.Parse("0.01")),
            new LotSizeFilter(Quantity.Parse("0.00001"), Quantity.Parse("9000"), Quantity.Parse("0.00001")), NotionalFilter.None);
        var book = new OrderBookSnapshot("BTCUSDT", 1, 0,
            [new BookLevel(Price.Parse("100.00"), Quantity.Parse("1")), new BookLevel(Price.Parse("99.98"), Quantity.Parse("2"))],
            [new BookLevel(Price.Parse("100.02"), Quantity.Parse("1")), new BookLevel(Price.Parse("100.05"), Quantity.Parse("2"))]);
        f.Screen.ShowSnapshot(f.Window.Window, btc, book, null, new SessionSnapshot(1, ConnectionHealth.Connected, null, [], [], [], 0));
        f.Window.RenderFrame();
        LadderPanel ladder = f.Screen.Ladder!;
        SKRect rows = ladder.BoundsInWindow;
        string LadderLine() => f.Window.ToMarkup().Split('\n').Single(l => l.TrimStart().StartsWith("LadderPanel #ladder ", StringComparison.Ordinal));

        f.Window.Scroll(new SKPoint(rows.MidX, rows.MidY), new SKPoint(0, 10)); // 30 rows up: the best ask, 100.02, 9 rows below the 40
        Assert.Contains("scrolled=true market=below marketRows=9", LadderLine(), StringComparison.Ordinal);
        Assert.Equal(("Centre ▼", ButtonStyle.Primary), (ladder.CentreButton.Text, ladder.CentreButton.Style));

        f.Window.KeyPress(Key.Space);

        Assert.Contains("scrolled=false market=in-view", LadderLine(), StringComparison.Ordinal);
        Assert.Equal(("Centre", ButtonStyle.Default), (ladder.CentreButton.Text, ladder.CentreButton.Style));
        Assert.NotEqual(-1, ladder.Model.RowOf(Price.Parse("100.00"), BookSide.Bid));
    }

    [Fact]
    public void A_hotkey_does_not_fire_while_a_numeric_box_is_being_edited_unless_its_binding_says_so()
    {
        using var f = new ShellFixture();
        f.Window.Click(f.Screen.Ticket.QuantityBox);
        Assert.True(f.Screen.Ticket.QuantityBox.IsFocused);
        f.Window.KeyPress(Key.S);
        f.Window.KeyPress(Key.D2);
        f.Window.Type("2");
        Assert.Equal(0, f.Screen.Ticket.SideChoice.SelectedIndex); // still BUY
        Assert.Empty(f.Toasts); // and the preset hotkey "2" did not run either
        Assert.Equal(2m, f.Screen.Ticket.QuantityBox.Value); // the digit went into the box

        f.Window.KeyPress(Key.F1); // F1 is marked to fire while editing
        Assert.True(f.Shell.Help.IsOpen);
    }

    [Fact]
    public void After_the_side_hotkey_the_market_hotkeys_fire_from_the_quantity_box_but_cancel_all_stays_the_box_s_cut()
    {
        // No session here: a market order that fires is answered "not available now" (the end-to-end test sends it).
        using var f = new ShellFixture();
        f.Window.KeyPress(Key.S);
        Assert.True(f.Screen.Ticket.QuantityBox.IsFocused); // the side hotkey put the keyboard in the box
        f.Window.Type("2");
        f.Window.KeyPress(Key.S, KeyModifiers.Control);
        var marketSell = f.Strings[TerminalHotkeys.DescriptionKey(TerminalHotkeys.MarketSell)];
        Assert.Contains(f.Toasts, t => t.Contains(marketSell, StringComparison.Ordinal)); // Ctrl+S reached the market sell
        Assert.True(f.Screen.Ticket.QuantityBox.IsFocused);
        Assert.Equal(2m, f.Screen.Ticket.QuantityBox.Value); // and left the typed size alone

        f.Window.KeyPress(Key.A, KeyModifiers.Control);
        f.Window.KeyPress(Key.X, KeyModifiers.Control); // the box's cut, not cancel all
        Assert.Equal("", f.Screen.Ticket.QuantityBox.Text);
        var cancelAll = f.Strings[TerminalHotkeys.DescriptionKey(TerminalHotkeys.CancelAll)];
        Assert.DoesNotContain(f.Toasts, t => t.Contains(cancelAll, StringComparison.Ordinal));
    }

    [Fact]
    public void A_hotkey_remapped_in_terminal_json_fires_on_its_new_chord_and_the_help_list_shows_it()
    {
        var directory = ShellFixture.NewDirectory();
        try
        {
            File.WriteAllText(Path.Combine(directory, "terminal.json"), "{ \"hotkeys\": { \"ticket.sellSide\": \"Ctrl+Shift+S\", \"ticket.buySide\": \"none\" } }");
            using var f = new ShellFixture(directory);
            Assert.Empty(f.Shell.Problems);
            f.Window.KeyPress(Key.S);
            Assert.Equal(0, f.Screen.Ticket.SideChoice.SelectedIndex);
            f.Window.KeyPress(Key.S, KeyModifiers.Control | KeyModifiers.Shift);
            Assert.Equal(1, f.Screen.Ticket.SideChoice.SelectedIndex);
            f.Window.KeyPress(Key.B); // unbound
            Assert.Equal(1, f.Screen.Ticket.SideChoice.SelectedIndex);

            f.Window.KeyPress(Key.F1);
            f.Window.RenderFrame();
            var markup = f.Window.ToMarkup();
            Assert.Contains("#hotkey-chord-ticket.sellSide", markup, StringComparison.Ordinal);
            Assert.Contains("text=Ctrl+Shift+S ", markup, StringComparison.Ordinal);
            Assert.Contains("text=\"not set\"", markup, StringComparison.Ordinal);
            Assert.Contains("text=\"Cancel all orders of the symbol\"", markup, StringComparison.Ordinal);
            f.Window.KeyPress(Key.F1);
            Assert.False(f.Shell.Help.IsOpen);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void A_bad_binding_is_reported_and_the_default_kept()
    {
        var directory = ShellFixture.NewDirectory();
        try
        {
            File.WriteAllText(Path.Combine(directory, "terminal.json"),
                "{ \"hotkeys\": { \"ticket.sellSide\": \"Hyper+Q\", \"ticket.fly\": \"F6\", \"orders.cancelAll\": \"Ctrl+K\" } }");
            using var f = new ShellFixture(directory);
            Assert.Equal(3, f.Shell.Problems.Count);
            Assert.Contains(f.Shell.Problems, p => p.Contains("\"Hyper+Q\" for \"ticket.sellSide\" is not a key chord", StringComparison.Ordinal));
            Assert.Contains(f.Shell.Problems, p => p.Contains("no hotkey action \"ticket.fly\"", StringComparison.Ordinal));
            Assert.Contains(f.Shell.Problems, p => p.Contains("Ctrl+K is set for both", StringComparison.Ordinal));
            foreach (var problem in f.Shell.Problems) Assert.Contains(problem, f.Toasts);
            f.Window.KeyPress(Key.S); // the default S is kept
            Assert.Equal(1, f.Screen.Ticket.SideChoice.SelectedIndex);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Esc_first_leaves_the_box_then_clears_the_ticket_but_an_esc_that_closes_the_help_clears_nothing()
    {
        // TERMINAL.md: "Esc clear ticket / close popup"; Esc in a box only left it and kept the values (a second Esc did nothing).
        using var f = new ShellFixture();
        var ticket = f.Screen.Ticket;
        f.Window.KeyPress(Key.S);
        f.Window.Type("2");
        f.Window.KeyPress(Key.Escape);
        Assert.False(ticket.QuantityBox.IsFocused); // the first Esc gives the keyboard back to the hotkeys ...
        Assert.Equal(2m, ticket.QuantityBox.Value); // ... and keeps what was typed

        f.Window.KeyPress(Key.F1);
        Assert.True(f.Shell.Help.IsOpen);
        f.Window.KeyPress(Key.Escape); // closes the help list, nothing else
        Assert.False(f.Shell.Help.IsOpen);
        Assert.Equal(2m, ticket.QuantityBox.Value);

        f.Window.KeyPress(Key.Escape); // no box being edited, no popup: clears the ticket
        Assert.Equal("", ticket.QuantityBox.Text);
        Assert.Equal(1, ticket.SideChoice.SelectedIndex); // the side stays SELL
        Assert.Empty(f.Toasts);
    }

    [Fact]
    public void An_action_that_cannot_act_now_says_so_in_a_toast()
    {
        using var f = new ShellFixture();
        f.Window.KeyPress(Key.X, KeyModifiers.Control); // cancel all, not connected
        Assert.Contains("Cancel all orders of the symbol: not available now", f.Toasts);
        f.Window.KeyPress(Key.Space); // centre the ladder: connected to the ladder at merge
        Assert.Contains("Centre the ladder: not available now", f.Toasts);
    }

    [Fact]
    public void The_live_badge_is_red_in_both_themes_and_says_when_there_is_no_key()
    {
        using var f = new ShellFixture();
        f.Screen.ShowExchange("binance", live: true, canTrade: false);
        foreach (var theme in new[] { Skia.Toolkit.Theming.Theme.Dark, Skia.Toolkit.Theming.Theme.Light })
        {
            f.Window.Root.Theme = theme;
            f.Window.RenderFrame();
            var badge = f.Screen.ExchangeBadge!.BoundsInWindow;
            using SKBitmap frame = f.Window.Capture();
            Assert.Equal(Ui.Panels.TerminalScreen.LiveColor, frame.GetPixel((int)badge.Left + 3, (int)badge.MidY));
        }
        var markup = f.Window.ToMarkup();
        Assert.Contains("text=\"LIVE BINANCE\"", markup, StringComparison.Ordinal);
        Assert.Contains("text=\"market data only: no API key\"", markup, StringComparison.Ordinal);
    }
}
