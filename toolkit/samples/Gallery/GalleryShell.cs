using System.Globalization;
using Skia.Toolkit.Core;
using Skia.Toolkit.Text;
using Skia.Toolkit.Widgets;
using Skia.Toolkit.Widgets.Charts;
using SkiaSharp;

namespace Skia.Toolkit.Gallery;

/// <summary>
/// GalleryShell is the whole gallery: a <see cref="TabView"/> of every toolkit widget ("Layout &amp; text",
/// "Controls", "Data", "Charts") above a <see cref="StatusBar"/>, inside a <see cref="PopupHost"/> so
/// dialogs, toasts, drop-downs, context menus and tooltips have a layer to open on. A tab's widgets are built
/// the first time it is shown, so start-up pays for the first tab only (the Data and Charts tabs with all
/// their rows and series cost several megabytes). Call <see cref="Tick"/> once per frame.
/// </summary>
internal sealed class GalleryShell : IDisposable
{
    /// <summary>Width is the gallery's logical width.</summary>
    public const int Width = GalleryPage.Width;

    /// <summary>Height leaves the layout page its own height plus room for the tab strip and the status bar.</summary>
    public const int Height = GalleryPage.Height + 64;

    /// <summary>TabHeaders are the tabs' titles, in order.</summary>
    public static readonly string[] TabHeaders = ["Layout & text", "Controls", "Data", "Charts"];

    private static readonly SKColor PageColor = new(0x12, 0x16, 0x1C);

    private readonly TabView _tabs = new();
    private readonly Dock[] _pages;
    private readonly StatusSegment _tabSegment;
    private GalleryPage? _layout;
    private MarketWatch? _market;
    private Sparkline? _spark;
    private long _ticks;

    /// <summary>GalleryShell builds the shell with tab <paramref name="firstTab"/> shown (and built); the other tabs are built when first shown.</summary>
    public GalleryShell(int firstTab = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(firstTab);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(firstTab, TabHeaders.Length);
        _pages = new Dock[TabHeaders.Length];
        for (var i = 0; i < _pages.Length; i++)
        {
            // Every page is an empty dock on the page colour until its tab is first shown.
            _pages[i] = new Dock { Background = PageColor };
            _tabs.AddTab(TabHeaders[i], _pages[i]);
        }

        var status = new StatusBar();
        status.AddSegment("Connected", tone: StatusTone.Positive);
        status.AddSegment("100 000 trades");
        status.AddSegment("Latency 4 ms", tone: StatusTone.Warning);
        _tabSegment = status.AddSegment("", alignRight: true);

        var root = new Dock();
        root.Add(status, DockSide.Bottom);
        root.Add(_tabs);
        Host = new PopupHost(root);

        _tabs.SelectedIndex = firstTab;
        ShowTab();
        _tabs.SelectionChanged += (_, _) => ShowTab();
    }

    /// <summary>Host is the root widget to show in a window.</summary>
    public PopupHost Host { get; }

    /// <summary>TabCount is the number of tabs.</summary>
    public int TabCount => _tabs.Tabs.Count;

    /// <summary>SelectedTab is the index of the tab shown; showing a tab for the first time builds it.</summary>
    public int SelectedTab
    {
        get => _tabs.SelectedIndex;
        set => _tabs.SelectedIndex = value;
    }

    /// <summary>IsBuilt tells whether tab <paramref name="index"/>'s widgets exist yet.</summary>
    public bool IsBuilt(int index) => _pages[index].Children.Count > 0;

    /// <summary>TabHeader returns tab <paramref name="index"/>'s header text.</summary>
    public string TabHeader(int index) => _tabs.Tabs[index].Header;

    /// <summary>Tick advances the live demo data of the built tabs one step (a price tick) and lets the popup host expire toasts and show tooltips.</summary>
    public void Tick()
    {
        _ticks++;
        _layout?.Tick();
        _market?.Tick();
        if (_spark != null && _ticks % 8 == 0)
        {
            // A slow wave so the sparkline visibly moves without redrawing every frame.
            _spark.Append(Math.Sin(_ticks * 0.01) * 10 + Math.Sin(_ticks * 0.037) * 4);
        }
        Host.Tick();
    }

    /// <summary>ShowWelcomeToast shows the toast that greets a user (and shows what a toast looks like).</summary>
    public void ShowWelcomeToast() => Host.ShowToast("Gallery ready: 4 tabs, every widget", ToastKind.Success);

    public void Dispose() => _layout?.Dispose();

    private void ShowTab()
    {
        var index = _tabs.SelectedIndex;
        _tabSegment.Text = "Tab: " + TabHeaders[index];
        var page = _pages[index];
        if (page.Children.Count > 0) return;
        page.Add(index switch
        {
            0 => (_layout = new GalleryPage()).Content,
            1 => ControlsTab(),
            2 => DataTab(),
            _ => ChartsTab(),
        });
    }

    private Widget ControlsTab()
    {
        var page = new Stack { Orientation = Orientation.Vertical, Spacing = 14, Margin = new Thickness(16) };
        page.Add(Caption("Buttons"));
        page.Add(WidgetSection.Buttons());
        page.Add(Caption("Choices"));
        page.Add(WidgetSection.Choices());
        page.Add(Caption("Inputs"));
        page.Add(WidgetSection.Inputs());
        page.Add(Caption("Drop-down, dialog, toast, context menu, tooltip"));

        var popups = new Stack { Orientation = Orientation.Horizontal, Spacing = 8 };
        var symbol = new ComboBox(["BTCUSDT", "ETHUSDT", "BNBUSDT", "SOLUSDT"]) { SelectedIndex = 0, Width = 140 };
        popups.Add(symbol);

        var dialogButton = new Button("Cancel all orders…") { Style = ButtonStyle.Danger };
        dialogButton.Click += (_, _) =>
        {
            var dialog = new Dialog("Cancel all orders", "Cancel all 12 open orders on " + (symbol.SelectedItem ?? "?") + "?");
            dialog.Closed += (_, _) => Host.ShowToast(dialog.Result == DialogResult.Ok ? "12 orders cancelled" : "Nothing cancelled", dialog.Result == DialogResult.Ok ? ToastKind.Success : ToastKind.Info);
            dialog.ShowModal(Host, dialogButton);
        };
        popups.Add(dialogButton);

        var toastButton = new Button("Show toast");
        var toasts = 0;
        toastButton.Click += (_, _) => Host.ShowToast("Order filled: 0.010 BTC @ 27 123.45 (#" + (++toasts).ToString(CultureInfo.InvariantCulture) + ")", ToastKind.Success);
        popups.Add(toastButton);

        var menuTarget = new Border
        {
            Background = new SKColor(0x24, 0x2B, 0x34),
            BorderColor = new SKColor(0x33, 0x3D, 0x49),
            BorderThickness = 1,
            CornerRadius = 4,
            Padding = new Thickness(10, 6),
            Child = new Label("Right-click me") { Color = new SKColor(0xE6, 0xE9, 0xEE), VerticalAlignment = VerticalAlignment.Center },
        };
        popups.Add(menuTarget);

        var hover = new Button("Hover for tooltip");
        popups.Add(hover);
        page.Add(popups);

        page.Add(Caption("Toggle buttons share a ButtonStyle with buttons; all of these take keyboard focus (Tab)."));

        var host = Host;
        host.SetTooltip(hover, "Tooltips open after " + PopupHost.DefaultTooltipDelay.TotalMilliseconds.ToString(CultureInfo.InvariantCulture) + " ms");
        host.SetContextMenu(menuTarget, new ContextMenu
        {
            new MenuItem("Copy price", () => host.ShowToast("Copied 27 123.45")),
            new MenuItem("Cancel order", () => host.ShowToast("Order cancelled", ToastKind.Warning)),
            new MenuItem("Disabled item") { IsEnabled = false },
        });
        return page;
    }

    private Widget DataTab()
    {
        var list = new VirtualList(
            () => new Label("") { Color = new SKColor(0xE6, 0xE9, 0xEE), Font = FontSpec.Mono(12), Margin = new Thickness(8, 0), VerticalAlignment = VerticalAlignment.Center },
            (row, i) => ((Label)row).Text = string.Create(CultureInfo.InvariantCulture, $"#{i,7}  {27000 + (i * 37 % 5000) / 100.0,10:0.00}  {0.001 * (1 + i % 250),8:0.000}"))
        {
            ItemCount = 1_000_000,
        };

        var wide = new Stack { Orientation = Orientation.Vertical, Spacing = 4, Margin = new Thickness(8) };
        for (var i = 0; i < 40; i++)
        {
            wide.Add(new Label(string.Create(CultureInfo.InvariantCulture, $"Line {i + 1,2}: a ScrollViewer scrolls both ways when its content is wider and taller than the viewport — keep reading →→→→→→→→→→"))
            {
                Color = new SKColor(0x8A, 0x96, 0xA3),
            });
        }
        var scroller = new ScrollViewer { Content = wide };

        var right = new SplitPanel
        {
            Orientation = Orientation.Vertical,
            First = Titled("VirtualList (1 000 000 rows)", list),
            Second = Titled("ScrollViewer", scroller),
            SplitterPosition = 300,
        };
        _market = new MarketWatch();
        var left = new Dock();
        left.Add(_market.Content, DockSide.Top);
        left.Add(Titled("Table (100 000 trades, sorted by price)", WidgetSection.TradeTable()));
        return new SplitPanel
        {
            Orientation = Orientation.Horizontal,
            First = left,
            Second = right,
            SplitterPosition = 520,
            FirstMinSize = 200,
            SecondMinSize = 200,
        };
    }

    private Widget ChartsTab()
    {
        var bars = WidgetSection.Candles();
        var candles = new CandlestickChart();
        candles.SetCandles(bars);
        var line = new LineChart { IsArea = true };
        line.SetValues(bars.Select(b => b.Time).ToArray(), bars.Select(b => b.Close).ToArray());
        _spark = new Sparkline(120);
        for (var i = 0; i < 120; i++)
        {
            _spark.Append(Math.Sin(i * 0.08) * 10 + Math.Sin(i * 0.3) * 4 + (i % 17 == 0 ? double.NaN : 0));
        }

        var sparkRow = new Stack { Orientation = Orientation.Horizontal, Spacing = 12 };
        sparkRow.Add(new Label("BTCUSDT") { Color = new SKColor(0xE6, 0xE9, 0xEE), VerticalAlignment = VerticalAlignment.Center });
        _spark.Width = 240;
        _spark.Height = 32;
        sparkRow.Add(_spark);

        // A book around the last close: 40 levels a side, one price tick (0.01) apart near the mid and sparser further out.
        var mid = Math.Round(bars[^1].Close, 2);
        var bids = new DepthLevel[40];
        var asks = new DepthLevel[40];
        for (var i = 0; i < bids.Length; i++)
        {
            var distance = (i * 0.05) + (i * i * 0.004);
            bids[i] = new DepthLevel(Math.Round(mid - 0.01 - distance, 2), 0.05 + ((i * 7) % 11) * 0.04);
            asks[i] = new DepthLevel(Math.Round(mid + distance, 2), 0.04 + ((i * 5) % 13) * 0.035);
        }
        var depth = new DepthChart { PriceDecimals = 2 };
        depth.SetBook(bids, asks);

        var grid = new Grid { Rows = GridLength.Parse("*, *, Auto"), Columns = GridLength.Parse("*, *"), Margin = new Thickness(12) };
        grid.Add(Titled("CandlestickChart", candles), 0, 0, columnSpan: 2);
        grid.Add(Titled("LineChart (area)", line), 1, 0);
        grid.Add(Titled("DepthChart (cumulative bids and asks by price)", depth), 1, 1);
        grid.Add(Titled("Sparkline (live, NaN gaps)", sparkRow), 2, 0, columnSpan: 2);
        return grid;
    }

    private static Label Caption(string text) => new(text) { Font = FontSpec.Ui(13, SKFontStyleWeight.SemiBold), Color = new SKColor(0x8A, 0x96, 0xA3) };

    private static Widget Titled(string title, Widget body)
    {
        var dock = new Dock { Margin = new Thickness(8) };
        var caption = Caption(title);
        caption.Margin = new Thickness(0, 0, 0, 6);
        dock.Add(caption, DockSide.Top);
        dock.Add(body);
        return dock;
    }
}
