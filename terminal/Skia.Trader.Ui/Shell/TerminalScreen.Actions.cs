using Skia.Toolkit.Core;
using Skia.Toolkit.Text;
using Skia.Toolkit.Widgets;
using Skia.Trader.Core.Orders;
using Skia.Trader.Ui.Model;
using Skia.Trader.Ui.Shell;
using Skia.Trader.Ui.Text;
using SkiaSharp;

namespace Skia.Trader.Ui.Panels;

/// <summary>TerminalScreen's shell half: the hotkey actions (<see cref="ITerminalActions"/>) and the exchange badge.</summary>
public sealed partial class TerminalScreen : ITerminalActions
{
    /// <summary>LiveColor is the LIVE badge's background: the same strong red in every theme, so it cannot be missed.</summary>
    public static readonly SKColor LiveColor = new(0xD7, 0x14, 0x1E);

    /// <summary>ExchangeBadge is the header's badge naming a real exchange in use ("LIVE"), or null on the simulator.</summary>
    public Border? ExchangeBadge { get; private set; }

    /// <summary>FocusSide puts the ticket on <paramref name="side"/>.</summary>
    /// <param name="side">The side.</param>
    public bool FocusSide(OrderSide side)
    {
        Ticket.FocusSide(side);
        return true;
    }

    /// <summary>ApplyPreset sets the ticket's quantity to a share of the available balance; one that cannot size (no balances, no price) says why itself (false only with no ticket bound).</summary>
    /// <param name="percent">25, 50, 75 or 100.</param>
    public bool ApplyPreset(int percent)
    {
        if (Ticket.Model is null) return false;
        Ticket.ApplyPreset(percent); // false: the ticket said why in a toast, so the shell adds no "not available now"
        return true;
    }

    /// <summary>PlaceMarketOrder sends one MARKET order at the ticket's preset size (a held key sends one; a failed check is shown by the ticket, which then counts as answered).</summary>
    /// <param name="side">BUY or SELL.</param>
    public bool PlaceMarketOrder(OrderSide side)
    {
        if (_session is null) return false;
        _orderPath = "hotkey";
        try
        {
            // Refused (no market price yet, ...): the ticket said why in a toast, and the shell adds no "not available now".
            TicketSubmission submission = Ticket.SubmitMarket(side);
            return submission.IsNew || submission.RefusalShown;
        }
        finally
        {
            _orderPath = "click";
        }
    }

    /// <summary>ClearTicket empties the ticket's price, stop price and quantity (side and type stay).</summary>
    public bool ClearTicket()
    {
        Ticket.ClearEntry();
        return true;
    }

    /// <summary>RecenterLadder centres the ladder on the market.</summary>
    public bool RecenterLadder()
    {
        if (Ladder is not { } ladder) return false;
        ladder.Recenter();
        return true;
    }

    /// <summary>CycleGrouping makes the ladder's grouping one step coarser (+1) or finer (-1).</summary>
    /// <param name="direction">+1 coarser, -1 finer.</param>
    public bool CycleGrouping(int direction)
    {
        if (Ladder is not { } ladder) return false;
        ladder.CycleGrouping(direction);
        return true;
    }

    /// <summary>SwitchSymbol shows the next followed symbol (in watchlist order, wrapping).</summary>
    public bool SwitchToNextSymbol()
    {
        if (_session is null) return false;
        var symbols = FollowedSymbols;
        if (symbols.Count < 2) return false;
        var at = -1;
        for (var i = 0; i < symbols.Count; i++)
        {
            if (symbols[i] == Symbol) at = i;
        }
        SwitchSymbol(symbols[(at + 1) % symbols.Count]);
        return true;
    }

    /// <summary>CancelAll asks the exchange to cancel every open order of the symbol on screen; a failure is shown in a toast.</summary>
    public bool CancelAll()
    {
        if (_session is not { } session || _window is not { } window) return false; // not connected: the shell says so
        var open = false;
        foreach (Order order in session.Tracker.Orders)
        {
            if (order.Symbol == Symbol && !order.IsFinal) open = true;
        }
        if (!open)
        {
            Content.ShowToast(TerminalStrings.Table.Format("shell.cancelAll.none", Symbol), ToastKind.Info);
            return true;
        }
        Content.ShowToast(TerminalStrings.Table.Format("shell.cancelAll.sent", Symbol), ToastKind.Info);
        var symbol = Symbol;
        _ = session.Entry.CancelAllAsync(symbol).ContinueWith(t =>
        {
            if (t.Exception?.GetBaseException() is Skia.Trader.Binance.Rest.BinanceApiException { Code: -2011 })
            {
                // Binance's answer when nothing was open any more (filled or cancelled meanwhile): BINANCE.md, DELETE /api/v3/openOrders.
                window.Dispatcher.Post(() => Content.ShowToast(TerminalStrings.Table.Format("shell.cancelAll.none", symbol), ToastKind.Info));
            }
            else if (t.Exception is { } e)
            {
                var message = e.GetBaseException().Message;
                window.Dispatcher.Post(() => Content.ShowToast(TerminalStrings.Table.Format("shell.cancelAll.failed", symbol, message), ToastKind.Error));
            }
        }, TaskScheduler.Default);
        return true;
    }

    /// <summary>
    /// ShowExchange marks the header for a real exchange: a red LIVE badge with the exchange's name, and, without API keys,
    /// "market data only". On the simulator (<paramref name="live"/> false) nothing is added.
    /// </summary>
    /// <param name="name">The exchange's name ("binance", "binance-testnet").</param>
    /// <param name="live">Whether a real exchange is in use.</param>
    /// <param name="canTrade">Whether API keys were given (trading), or market data only.</param>
    public void ShowExchange(string name, bool live, bool canTrade)
    {
        ArgumentNullException.ThrowIfNull(name);
        Header.Exchange.Text = name.ToUpperInvariant();
        if (!live || ExchangeBadge is not null) return;
        var text = new Label(TerminalStrings.Get("shell.live") + " " + name.ToUpperInvariant())
        {
            Name = "live-badge-text",
            Font = FontSpec.Ui(14, SKFontStyleWeight.Bold),
            Color = SKColors.White,
        };
        // First in the header, so no long status text can push it out of sight; it names the exchange itself.
        ExchangeBadge = new Border { Name = "live-badge", Child = text, Background = LiveColor, CornerRadius = 4, BorderThickness = 0, Padding = new Thickness(10, 2, 10, 2) };
        Header.View.Insert(0, ExchangeBadge);
        Header.Exchange.IsVisible = false;
        if (!canTrade)
        {
            Header.View.Insert(1, new Label(TerminalStrings.Get("shell.marketDataOnly"))
            {
                Name = "market-data-only",
                Font = FontSpec.Ui(13, SKFontStyleWeight.Bold),
                Color = (Content.Root?.Theme ?? Skia.Toolkit.Theming.Theme.Dark).Warning,
            });
        }
    }
}
