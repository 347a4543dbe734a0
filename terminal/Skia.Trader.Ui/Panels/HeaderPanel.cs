using Skia.Toolkit.Core;
using Skia.Toolkit.Text;
using Skia.Toolkit.Widgets;
using Skia.Trader.Ui.Session;
using Skia.Trader.Ui.Text;
using SkiaSharp;

namespace Skia.Trader.Ui.Panels;

/// <summary>HeaderPanel shows the symbol, its last price, the connection state with latency, and the exchange in use.</summary>
public sealed class HeaderPanel
{
    private readonly Stack _view = new() { Name = "header" };

    /// <summary>View is the panel's widget, to put in a layout.</summary>
    public Stack View => _view;

    /// <summary>Creates the header in the "connecting" state.</summary>
    /// <param name="symbol">The symbol shown.</param>
    /// <param name="exchange">The exchange's short name ("SIM").</param>
    public HeaderPanel(string symbol, string exchange)
    {
        _view.Orientation = Orientation.Horizontal;
        _view.Spacing = 18;
        _view.Margin = new Thickness(10, 6, 10, 6);
        Symbol = new Label(symbol) { Name = "header-symbol", Font = FontSpec.Ui(18, SKFontStyleWeight.Bold) };
        LastPrice = new Label("-") { Name = "header-last", Font = FontSpec.Mono(18, SKFontStyleWeight.Bold) };
        Connection = new Label(TerminalStrings.Get("common.connecting")) { Name = "header-connection" };
        Exchange = new Label(exchange) { Name = "header-exchange", Font = FontSpec.Ui(13, SKFontStyleWeight.Bold) };
        _view.Add(Symbol);
        _view.Add(LastPrice);
        _view.Add(Connection);
        _view.Add(Exchange);
    }

    /// <summary>Symbol is the symbol's name.</summary>
    public Label Symbol { get; }

    /// <summary>LastPrice is the last traded price.</summary>
    public Label LastPrice { get; }

    /// <summary>Connection is the connection state and latency.</summary>
    public Label Connection { get; }

    /// <summary>Exchange is the exchange in use.</summary>
    public Label Exchange { get; }

    /// <summary>ShowHealth writes the connection state ("connected 1.2 ms") and colours it.</summary>
    /// <param name="health">The session's health.</param>
    /// <param name="latency">The last measured REST round trip.</param>
    /// <param name="positive">The colour for a good state.</param>
    /// <param name="warning">The colour for a degraded state.</param>
    public void ShowHealth(ConnectionHealth health, TimeSpan? latency, SKColor positive, SKColor warning)
    {
        var text = health switch
        {
            ConnectionHealth.Connecting => TerminalStrings.Get("common.connecting"),
            ConnectionHealth.Connected => TerminalStrings.Get("common.connected"),
            ConnectionHealth.Reconnecting => TerminalStrings.Get("common.reconnecting"),
            ConnectionHealth.Resyncing => TerminalStrings.Get("common.resyncing"),
            _ => TerminalStrings.Get("common.offline"),
        };
        if (latency is { } l) text += " " + l.TotalMilliseconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " ms";
        Connection.Text = text;
        Connection.Color = health == ConnectionHealth.Connected ? positive : warning;
    }
}
