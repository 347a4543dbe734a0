using System.Globalization;
using Skia.Toolkit.Core;
using Skia.Toolkit.Text;
using Skia.Toolkit.Widgets;
using Skia.Trader.Binance.MarketData;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Ui.Session;
using Skia.Trader.Ui.Text;
using SkiaSharp;

namespace Skia.Trader.Ui.Panels;

/// <summary>
/// HeaderPanel shows the symbol, its last price coloured by direction (up: positive, down: negative), the 24 h change %,
/// high, low and volume from the 24hr ticker, the connection state with latency, and the exchange in use.
/// </summary>
public sealed class HeaderPanel
{
    private readonly Stack _view = new() { Name = "header" };
    private Price? _last;
    private int _priceDecimals = 2;
    private int _sizeDecimals = 2;
    private readonly List<(Label Caption, string Key)> _captions = [];
    private ConnectionHealth _health = ConnectionHealth.Connecting;
    private TimeSpan? _latency;
    private bool _healthShown;
    private string _connectingText = TerminalStrings.Get("common.connecting"); // shown until the first ShowHealth

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
        Change = new Label("-") { Name = "header-change", Font = FontSpec.Mono(14, SKFontStyleWeight.Bold) };
        High = new Label("-") { Name = "header-high", Font = FontSpec.Mono(13) };
        Low = new Label("-") { Name = "header-low", Font = FontSpec.Mono(13) };
        Volume = new Label("-") { Name = "header-volume", Font = FontSpec.Mono(13) };
        Connection = new Label(_connectingText) { Name = "header-connection" };
        Exchange = new Label(exchange) { Name = "header-exchange", Font = FontSpec.Ui(13, SKFontStyleWeight.Bold) };
        _view.Add(Symbol);
        _view.Add(LastPrice);
        _view.Add(Change);
        _view.Add(Statistic("header.high", High));
        _view.Add(Statistic("header.low", Low));
        _view.Add(Statistic("header.volume", Volume));
        _view.Add(Connection);
        _view.Add(Exchange);
    }

    /// <summary>Symbol is the symbol's name.</summary>
    public Label Symbol { get; }

    /// <summary>LastPrice is the last traded price.</summary>
    public Label LastPrice { get; }

    /// <summary>Change is the 24 h price change in percent, coloured by its sign.</summary>
    public Label Change { get; }

    /// <summary>High is the 24 h high.</summary>
    public Label High { get; }

    /// <summary>Low is the 24 h low.</summary>
    public Label Low { get; }

    /// <summary>Volume is the 24 h volume in the base asset.</summary>
    public Label Volume { get; }

    /// <summary>LastDirection is the direction of the last price's latest move: 1 up, -1 down, 0 none yet.</summary>
    public int LastDirection { get; private set; }

    /// <summary>Connection is the connection state and latency.</summary>
    public Label Connection { get; }

    /// <summary>Exchange is the exchange in use.</summary>
    public Label Exchange { get; }

    /// <summary>ShowSymbol shows another symbol and forgets the last one's figures until its ticker and trades arrive.</summary>
    /// <param name="symbol">The symbol shown now.</param>
    /// <param name="priceDecimals">Decimals of its prices.</param>
    /// <param name="sizeDecimals">Decimals of its sizes.</param>
    public void ShowSymbol(string symbol, int priceDecimals, int sizeDecimals)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        Symbol.Text = symbol;
        _priceDecimals = Math.Clamp(priceDecimals, 0, 8);
        _sizeDecimals = Math.Clamp(sizeDecimals, 0, 8);
        _last = null;
        LastDirection = 0;
        LastPrice.Text = "-";
        LastPrice.Color = null;
        Change.Text = "-";
        Change.Color = null;
        High.Text = "-";
        Low.Text = "-";
        Volume.Text = "-";
    }

    /// <summary>ShowLast shows a new last price, coloured by its move from the one before (unchanged keeps the colour).</summary>
    /// <param name="price">The last traded price.</param>
    /// <param name="positive">The colour of a rise.</param>
    /// <param name="negative">The colour of a fall.</param>
    public void ShowLast(Price price, SKColor positive, SKColor negative)
    {
        if (_last is { } before && price == before) return;
        if (_last is { } previous) LastDirection = price > previous ? 1 : -1;
        _last = price;
        // Through the label's numeric path: a new last price every frame allocates nothing.
        var divisor = 1L;
        for (var d = _priceDecimals; d < 8; d++) divisor *= 10;
        LastPrice.SetNumber(price.Raw / divisor, _priceDecimals, groupThousands: true);
        if (LastDirection != 0) LastPrice.Color = LastDirection > 0 ? positive : negative;
    }

    /// <summary>ShowTicker shows the 24 h statistics of the shown symbol: change %, high, low, volume and the last price.</summary>
    /// <param name="ticker">The newest <c>@ticker</c> event of the shown symbol.</param>
    /// <param name="positive">The colour of a rise.</param>
    /// <param name="negative">The colour of a fall.</param>
    public void ShowTicker(in TickerUpdate ticker, SKColor positive, SKColor negative)
    {
        // Coloured by the change as shown: a change that rounds to 0.00% is no direction.
        decimal shown = Math.Round(ticker.PriceChangePercent, 2, MidpointRounding.AwayFromZero);
        // Written into spans and shown through Label.SetText: the ticker, once a second, allocates nothing.
        Span<char> text = stackalloc char[64];
        Change.SetText(text[..FormatPercent(ticker.PriceChangePercent, text)]);
        Change.Color = shown > 0 ? positive : shown < 0 ? negative : null;
        High.SetText(text[..Format(ticker.HighPrice.Raw, _priceDecimals, text)]);
        Low.SetText(text[..Format(ticker.LowPrice.Raw, _priceDecimals, text)]);
        Volume.SetText(text[..Format(ticker.Volume.Raw, Math.Min(_sizeDecimals, 2), text)]);
        if (_last is null) ShowLast(ticker.LastPrice, positive, negative);
    }

    /// <summary>FormatPercent writes a change in percent with its sign and two decimals ("+1.24%", "-0.40%", "0.00%").</summary>
    /// <param name="percent">The change in percent.</param>
    public static string FormatPercent(decimal percent) =>
        FormatRounded(Math.Round(percent, 2, MidpointRounding.AwayFromZero));

    // FormatPercent into a span; returns the length.
    private static int FormatPercent(decimal percent, Span<char> destination)
    {
        decimal rounded = Math.Round(percent, 2, MidpointRounding.AwayFromZero);
        if (rounded == 0) rounded = 0m;
        var n = 0;
        if (rounded > 0) destination[n++] = '+';
        if (!rounded.TryFormat(destination[n..], out var written, "0.00", CultureInfo.InvariantCulture) || n + written >= destination.Length)
            throw new ArgumentException("The destination is too short.", nameof(destination));
        n += written;
        destination[n++] = '%';
        return n;
    }

    // Format into a span (at least 64 characters: a long's 19 digits with separators and 8 decimals fit); returns the length.
    private static int Format(long raw, int decimals, Span<char> destination)
    {
        decimal value = raw / 100_000_000m;
        decimal scale = 1;
        for (var d = 0; d < decimals; d++) scale *= 10;
        value = Math.Truncate(value * scale) / scale;
        if (!value.TryFormat(destination, out var written, GroupedFormats[Math.Clamp(decimals, 0, 8)], CultureInfo.InvariantCulture))
            throw new ArgumentException("The destination is too short.", nameof(destination));
        return written;
    }

    // "N0".."N8", made once rather than per ticker.
    private static readonly string[] GroupedFormats = ["N0", "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8"];

    private static string FormatRounded(decimal rounded) =>
        (rounded > 0 ? "+" : "") + (rounded == 0 ? 0m : rounded).ToString("0.00", CultureInfo.InvariantCulture) + "%";

    /// <summary>Format writes a fixed-point (8 decimals) value with <paramref name="decimals"/> decimals and thousands separators.</summary>
    /// <param name="raw">The raw value.</param>
    /// <param name="decimals">Decimals shown (truncated).</param>
    public static string Format(long raw, int decimals)
    {
        decimal value = raw / 100_000_000m;
        decimal scale = 1;
        for (var d = 0; d < decimals; d++) scale *= 10;
        value = Math.Truncate(value * scale) / scale;
        return value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    private Stack Statistic(string captionKey, Label value)
    {
        var caption = new Label(TerminalStrings.Get(captionKey)) { Name = value.Name + "-caption", Font = FontSpec.Ui(11) };
        _captions.Add((caption, captionKey));
        caption.Margin = new Thickness(0, 3, 0, 0);
        var pair = new Stack { Orientation = Orientation.Horizontal, Spacing = 5, Name = value.Name + "-pair" };
        pair.Add(caption);
        pair.Add(value);
        return pair;
    }

    /// <summary>
    /// ShowHealth writes the connection state ("connected 1.2 ms") and colours it; the latency only while connected (the
    /// last round trip measured is not the latency of a connection that is reconnecting, resyncing or gone).
    /// </summary>
    /// <param name="health">The session's health.</param>
    /// <param name="latency">The last measured REST round trip.</param>
    /// <param name="positive">The colour for a good state.</param>
    /// <param name="warning">The colour for a degraded state.</param>
    public void ShowHealth(ConnectionHealth health, TimeSpan? latency, SKColor positive, SKColor warning)
    {
        if (health != ConnectionHealth.Connected) latency = null;
        (_health, _latency, _healthShown) = (health, latency, true);
        // Written into a span: a new latency every session snapshot allocates no string.
        Span<char> text = stackalloc char[128];
        if (TryWriteHealth(health, latency, text, out var written)) Connection.SetText(text[..written]);
        else Connection.Text = HealthText(health, latency);
        Connection.Color = health == ConnectionHealth.Connected ? positive : warning;
    }

    /// <summary>ApplyLanguage shows the captions and the connection state in the string table's selected language (a language change at run time).</summary>
    public void ApplyLanguage()
    {
        foreach (var (caption, key) in _captions) caption.Text = TerminalStrings.Get(key);
        if (_healthShown) Connection.Text = HealthText(_health, _latency);
        else if (Connection.Text == _connectingText) Connection.Text = _connectingText = TerminalStrings.Get("common.connecting");
    }

    // HealthText into a span; false when it does not fit.
    private static bool TryWriteHealth(ConnectionHealth health, TimeSpan? latency, Span<char> destination, out int written)
    {
        written = 0;
        var state = StateText(health);
        if (state.Length > destination.Length) return false;
        state.CopyTo(destination);
        written = state.Length;
        if (latency is not { } l) return true;
        if (written + 1 > destination.Length) return false;
        destination[written++] = ' ';
        if (!l.TotalMilliseconds.TryFormat(destination[written..], out var n, "0.0", CultureInfo.InvariantCulture)) return false;
        written += n;
        if (written + 3 > destination.Length) return false;
        " ms".CopyTo(destination[written..]);
        written += 3;
        return true;
    }

    private static string StateText(ConnectionHealth health) => health switch
    {
        ConnectionHealth.Connecting => TerminalStrings.Get("common.connecting"),
        ConnectionHealth.Connected => TerminalStrings.Get("common.connected"),
        ConnectionHealth.Reconnecting => TerminalStrings.Get("common.reconnecting"),
        ConnectionHealth.Resyncing => TerminalStrings.Get("common.resyncing"),
        _ => TerminalStrings.Get("common.offline"),
    };

    private static string HealthText(ConnectionHealth health, TimeSpan? latency)
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
        return text;
    }
}
