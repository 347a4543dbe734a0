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
/// dialogs, toasts, drop-downs, context menus and tooltips have a layer to open on.
/// Call <see cref="Tick"/> once per frame.
/// </summary>
internal sealed class GalleryShell : IDisposable
{
    /// <summary>Width is the gallery's logical width.</summary>
    public const int Width = GalleryPage.Width;

    /// <summary>Height leaves the layout page its own height plus room for the tab strip and the status bar.</summary>
    public const int Height = GalleryPage.Height + 64;

    private static readonly SKColor PageColor = new(0x12, 0x16, 0x1C);

    private readonly GalleryPage _layout = new();
    private readonly TabView _tabs = new();
    private readonly StatusSegment _tabSegment;
    private readonly Sparkline _spark = new(120);
    private long _ticks;

    public GalleryShell()
    {
        _tabs.AddTab("Layout & text", _layout.Content);
        _tabs.AddTab("Controls", OnPage(ControlsTab()));
        _tabs.AddTab("Data", OnPage(DataTab()));
        _tabs.AddTab("Charts", OnPage(ChartsTab()));

        var status = new StatusBar();
        status.AddSegment("Connected", tone: StatusTone.Positive);
        status.AddSegment("100 000 trades");
        status.AddSegment("Latency 4 ms", tone: StatusTone.Warning);
        _tabSegment = status.AddSegment(TabText(), alignRight: true);
        _tabs.SelectionChanged += (_, _) => _tabSegment.Text = TabText();

        var root = new Dock();
        root.Add(status, DockSide.Bottom);
        root.Add(_tabs);
        Host = new PopupHost(root);
        _wireHost?.Invoke(Host);
    }

    /// <summary>Host is the root widget to show in a window.</summary>
    public PopupHost Host { get; }

    /// <summary>TabCount is the number of tabs.</summary>
    public int TabCount => _tabs.Tabs.Count;

    /// <summary>SelectedTab is the index of the tab shown.</summary>
    public int SelectedTab
    {
        get => _tabs.SelectedIndex;
        set => _tabs.SelectedIndex = value;
    }

    /// <summary>TabHeader returns tab <paramref name="index"/>'s header text.</summary>
    public string TabHeader(int index) => _tabs.Tabs[index].Header;

    /// <summary>Tick advances the live demo data one step (a price tick) and lets the popup host expire toasts and show tooltips.</summary>
    public void Tick()
    {
        _ticks++;
        _layout.Tick();
        if (_ticks % 8 == 0)
        {
            // A slow wave so the sparkline visibly moves without redrawing every frame.
            _spark.Append(Math.Sin(_ticks * 0.01) * 10 + Math.Sin(_ticks * 0.037) * 4);
        }
        Host.Tick();
    }

    /// <summary>ShowWelcomeToast shows the toast that greets a user (and shows what a toast looks like).</summary>
    public void ShowWelcomeToast() => Host.ShowToast("Gallery ready: 4 tabs, every widget", ToastKind.Success);

    public void Dispose() => _layout.Dispose();

    private string TabText() => _tabs.SelectedTab is { } t ? "Tab: " + t.Header : "";

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

        // Hooks that need the host are wired at the end of the constructor, once the host exists.
        _wireHost = host =>
        {
            host.SetTooltip(hover, "Tooltips open after " + PopupHost.DefaultTooltipDelay.TotalMilliseconds.ToString(CultureInfo.InvariantCulture) + " ms");
            host.SetContextMenu(menuTarget, new ContextMenu
            {
                new MenuItem("Copy price", () => host.ShowToast("Copied 27 123.45")),
                new MenuItem("Cancel order", () => host.ShowToast("Order cancelled", ToastKind.Warning)),
                new MenuItem("Disabled item") { IsEnabled = false },
            });
        };
        return page;
    }

    private Action<PopupHost>? _wireHost;

    private static Widget DataTab()
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
        return new SplitPanel
        {
            Orientation = Orientation.Horizontal,
            First = Titled("Table (100 000 trades, sorted by price)", WidgetSection.TradeTable()),
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
        line.SetValues(bars.Select(b => b.Close));
        for (var i = 0; i < 120; i++)
        {
            _spark.Append(Math.Sin(i * 0.08) * 10 + Math.Sin(i * 0.3) * 4 + (i % 17 == 0 ? double.NaN : 0));
        }

        var sparkRow = new Stack { Orientation = Orientation.Horizontal, Spacing = 12 };
        sparkRow.Add(new Label("BTCUSDT") { Color = new SKColor(0xE6, 0xE9, 0xEE), VerticalAlignment = VerticalAlignment.Center });
        _spark.Width = 240;
        _spark.Height = 32;
        sparkRow.Add(_spark);

        var grid = new Grid { Rows = GridLength.Parse("*, *, Auto"), Columns = GridLength.Parse("*"), Margin = new Thickness(12) };
        grid.Add(Titled("CandlestickChart", candles), 0, 0);
        grid.Add(Titled("LineChart (area)", line), 1, 0);
        grid.Add(Titled("Sparkline (live, NaN gaps)", sparkRow), 2, 0);
        return grid;
    }

    /// <summary>OnPage puts a tab's content on the gallery's dark page colour (the tab view paints only its strip).</summary>
    private static Dock OnPage(Widget content)
    {
        var page = new Dock { Background = PageColor };
        page.Add(content);
        return page;
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
