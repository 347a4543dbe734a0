using Skia.Toolkit.Platform;
using Skia.Trader.Binance.MarketData;
using Skia.Trader.Binance.Rest;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;
using Skia.Trader.Core.Symbols;
using Skia.Trader.Ui.Model;
using Skia.Trader.Ui.Panels;
using Skia.Trader.Ui.Session;
using Skia.Trader.Ui.Tests.Model;

namespace Skia.Trader.Ui.Tests.Panels;

/// <summary>
/// A thin market can have one side only (asks and no bids, after a sweep of the bids). A market buy is valued at the
/// best ask, so the ticket can price it; it used to get no book price at all until both sides were there, and refused
/// "No market price yet." with the asks on the ladder. A market sell has no bid to be valued at and is refused, also
/// after the bids it was valued at are gone (it kept the last bid before).
/// </summary>
public class TerminalScreenOneSidedBookTests
{
    [Fact]
    public void With_asks_only_a_market_buy_is_valued_at_the_best_ask_and_a_market_sell_has_no_price()
    {
        SymbolInfo symbol = Fixtures.BtcNoNotional;
        var asks = Enumerable.Range(1, 10).Select(i => ((30000 + i).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), "0.25")).ToArray();
        var account = new SessionSnapshot(1, ConnectionHealth.Connected, TimeSpan.FromMilliseconds(1.2), [],
            [new AccountBalance("USDT", Books.Q("1000"), Quantity.Zero), new AccountBalance("BTC", Books.Q("1"), Quantity.Zero)], [], 0);
        using var screen = new TerminalScreen("BTCUSDT", "SIM");
        using var window = new HeadlessWindow(screen.Content, 1440, 900);
        screen.ShowSnapshot(window, symbol, Books.Of([], asks), new TradePrint(1, Books.P("30001.00"), Books.Q("0.1"), 0, false), account);
        window.RenderFrame();

        TicketModel ticket = screen.Ticket.Model!;
        ticket.Type = OrderType.Market;
        ticket.Side = OrderSide.Buy;
        ticket.SetQuantity(Books.Q("0.01"));
        Assert.Equal(Books.P("30001.00"), ticket.ReferencePrice);
        TicketCheck buy = ticket.Check();
        Assert.True(buy.IsValid, buy.Message);

        ticket.Side = OrderSide.Sell;
        TicketCheck sell = ticket.Check();
        Assert.False(sell.IsValid);
        Assert.Equal("No market price yet.", sell.Message);

        // Both sides: the sell is valued at the best bid; then the bids are swept and the sell is refused, not valued at
        // the bid that is gone.
        screen.ApplyMarketFrame([], Books.Of([("29999.00", "0.5")], asks), null);
        Assert.Equal(Books.P("29999.00"), ticket.ReferencePrice);
        Assert.True(ticket.Check().IsValid, ticket.Check().Message);
        screen.ApplyMarketFrame([], Books.Of([], asks), null);
        Assert.Equal(Price.Zero, ticket.ReferencePrice);
        Assert.Equal("No market price yet.", ticket.Check().Message);
        ticket.Side = OrderSide.Buy;
        Assert.Equal(Books.P("30001.00"), ticket.ReferencePrice);
    }
}
