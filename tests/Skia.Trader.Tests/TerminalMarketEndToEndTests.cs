using Skia.Toolkit.Testing;
using Skia.Toolkit.Widgets;
using Skia.Trader.Binance.Endpoints;
using Skia.Trader.Binance.Signing;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Symbols;
using Skia.Trader.Exchange.Hosting;
using Skia.Trader.Exchange.Http;
using Skia.Trader.Ui.Panels;
using Skia.Trader.Ui.Session;
using SkiaSharp;
using static Skia.Trader.Tests.UiThreadWaits;

namespace Skia.Trader.Tests;

/// <summary>
/// The market panels (tape, chart, depth chart, header, watchlist) against the real simulator over loopback, and the
/// symbol switch, in a headless window on the test's thread (its UI thread).
/// </summary>
public class TerminalMarketEndToEndTests
{
    private static readonly ApiCredential Key = ApiCredential.DefaultLocal;

    // The ladder's line of the window's markup.
    private static string LadderLine(TestWindow window) =>
        window.ToMarkup().Split('\n').Single(l => l.TrimStart().StartsWith("LadderPanel #ladder ", StringComparison.Ordinal));

    [Fact]
    public void The_market_panels_fill_from_the_simulator_and_follow_a_symbol_switch()
    {
        var simulator = new ExchangeSimulator(new ExchangeOptions { Port = 0, Seed = 11 });
        Uri rest = Block(simulator.StartAsync());
        using var screen = new TerminalScreen("BTCUSDT", "SIM");
        using var window = new TestWindow(screen.Content, 1440, 900);
        var session = new TerminalSession(BinanceEndpoint.Simulator(rest), new ApiCredentials(Key.ApiKey, Key.Secret), ["BTCUSDT", "ETHUSDT"]);
        try
        {
            session.Start();
            SymbolInfo btc = Block(session.Rest.GetExchangeInfoAsync(["BTCUSDT"])).Single();
            screen.Attach(window.Window, session, btc);

            // History from klines, trades on the tape, the book in the depth chart, 24h figures in the header and watchlist.
            RunUntil(window, () => !screen.Chart.IsLoading && screen.Chart.Chart.Count > 100, "the chart's kline history");
            RunUntil(window, () => screen.Tape.Model.Count > 0, "trades on the tape");
            RunUntil(window, () => screen.Depth.Chart.BidCount > 0 && screen.Depth.Chart.AskCount > 0, "the book in the depth chart");
            RunUntil(window, () => screen.Header.High.Text != "-" && window.ToMarkup().Contains("ETHUSDT=\"3,", StringComparison.Ordinal),
                "the 24h ticker in the header and the watchlist");
            // The chart's 1000 one-minute candles lie within the day, so the header's 24h high and low span them: the
            // simulator's ticker once counted only its live trades ("24h High 65,000.64" over candles reaching 65,080).
            RunUntil(window, () => HeaderSpansChart(screen), "the header's 24h high and low spanning the chart's candles");
            Assert.True(screen.Tape.Model[0].Price > Price.FromUnits(10_000), "BTC prices on the tape");
            Assert.Equal("BTCUSDT", screen.Header.Symbol.Text);

            // A ladder scrolled off the market says so (TerminalHotkeysTests: until Space), here until the symbol switch.
            RunUntil(window, () => screen.Ladder!.Model.HasWindow, "the book in the ladder");
            LadderPanel btcLadder = screen.Ladder!;
            window.Scroll(new SKPoint(btcLadder.BoundsInWindow.MidX, btcLadder.BoundsInWindow.MidY), new SKPoint(0, 30)); // 90 rows up
            Assert.Contains(" scrolled=true market=below ", LadderLine(window), StringComparison.Ordinal);
            Assert.Equal(ButtonStyle.Primary, btcLadder.CentreButton.Style);

            screen.SwitchSymbol("ETHUSDT");
            RunUntil(window, () => screen.Symbol == "ETHUSDT", "the switch to ETHUSDT (its filters fetched)");
            Assert.Equal("ETHUSDT", screen.Header.Symbol.Text);
            Assert.Equal("ETHUSDT", screen.Ticket.Model!.Symbol.Symbol);
            Assert.Equal(Price.Parse("0.01"), screen.Ladder!.Model.TickSize);
            RunUntil(window, () => !screen.Chart.IsLoading && screen.Chart.Chart.Count > 100, "ETHUSDT's kline history");
            RunUntil(window, () => screen.Tape.Model.Count > 0, "ETHUSDT trades on the tape");
            RunUntil(window, () => screen.Depth.Chart.BidCount > 0 && screen.Depth.Chart.MidPrice < 10_000, "ETHUSDT's book in the depth chart");
            for (int i = 0; i < screen.Tape.Model.Count; i++) Assert.True(screen.Tape.Model[i].Price < Price.FromUnits(10_000), "only ETH prices on the tape");
            Assert.True(screen.Chart.Chart.Candles[^1].Close < 10_000, "ETH candles on the chart");
            Assert.Contains("selected=ETHUSDT", window.ToMarkup(), StringComparison.Ordinal);
            // What the user sees and clicks is ETHUSDT's ladder, the only one on screen: the BTCUSDT ladder, frozen at its
            // last book, once stayed on top of it, and a click on it put a BTC price in the ETHUSDT ticket.
            RunUntil(window, () => screen.Ladder!.Model.BestBid is { } bid && bid.Price < Price.FromUnits(10_000), "ETHUSDT's book in the ladder");
            window.RenderFrame();
            string[] ladders = window.ToMarkup().Split('\n').Where(l => l.TrimStart().StartsWith("LadderPanel #ladder ", StringComparison.Ordinal)).ToArray();
            Assert.True(ladders.Length == 1, "one ladder on screen, not:\n" + string.Join('\n', ladders));
            Assert.Contains("bestBid=3", ladders[0], StringComparison.Ordinal);
            Assert.Contains(" scrolled=false market=in-view ", ladders[0], StringComparison.Ordinal); // ETHUSDT's ladder is centred
            Assert.Equal(("Centre", ButtonStyle.Default), (screen.Ladder!.CentreButton.Text, screen.Ladder.CentreButton.Style));
            // "Cancel all" in the open-orders tab acts on the symbol on screen, as Ctrl+X does.
            Assert.Equal("ETHUSDT", screen.Orders.Symbol);
            Assert.Contains("ETHUSDT", screen.Orders.CancelAllButton.Text, StringComparison.Ordinal);
            Assert.Throws<ArgumentException>(() => screen.SwitchSymbol("XRPUSDT"));
        }
        finally
        {
            screen.Dispose(); // before the session: the pump reads the session's slots
            Block(session.DisposeAsync().AsTask());
            Block(simulator.DisposeAsync().AsTask());
        }
    }

    // HeaderSpansChart says the header's 24h high is at or above every candle's high and its low at or below every low.
    private static bool HeaderSpansChart(TerminalScreen screen)
    {
        Skia.Trader.Ui.Model.CandleSeries series = screen.Chart.Series;
        if (series.Count == 0 || screen.Header.High.Text == "-" || screen.Header.Low.Text == "-")
            return false;
        Price high = series[0].High, low = series[0].Low;
        for (int i = 1; i < series.Count; i++)
        {
            high = Price.Max(high, series[i].High);
            low = Price.Min(low, series[i].Low);
        }
        return Price.Parse(screen.Header.High.Text.Replace(",", "", StringComparison.Ordinal)) >= high
            && Price.Parse(screen.Header.Low.Text.Replace(",", "", StringComparison.Ordinal)) <= low;
    }
}
