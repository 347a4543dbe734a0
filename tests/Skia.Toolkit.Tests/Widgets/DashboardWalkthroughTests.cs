using Skia.Toolkit.Core;
using Skia.Toolkit.Input;
using Skia.Toolkit.Platform;
using Skia.Toolkit.Theming;
using Skia.Toolkit.Widgets;
using Skia.Toolkit.Widgets.Charts;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Widgets;

/// <summary>
/// The "build a dashboard" walkthrough of toolkit/README.md lives here, between the README markers, so it is
/// compiled and run by every test run; a second test checks the README still quotes it verbatim.
/// </summary>
public class DashboardWalkthroughTests
{
    private sealed record Trade(string Symbol, decimal Price, decimal Size);

    [Fact]
    public void Walkthrough_builds_renders_and_places_an_order_by_hotkey()
    {
        Trade[] recentTrades = [new("BTCUSDT", 27123.45m, 0.01234m), new("BTCUSDT", 27123.40m, 0.5m), new("BTCUSDT", 27122.95m, 1.2m)];
        double[] closes = [27090, 27100, 27096, 27110, 27123];
        var outputFolder = Path.Combine(Path.GetTempPath(), "walkthrough-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(outputFolder);
        var orders = 0;

        // README:begin
        var trades = new Table<Trade>(
        [
            TableColumn<Trade>.Text("Symbol", t => t.Symbol),
            TableColumn<Trade>.Numeric("Price", t => t.Price, decimals: 2),
            TableColumn<Trade>.Numeric("Size", t => t.Size, decimals: 5),
        ]);
        trades.Items = recentTrades;

        var side = new SegmentedControl(["BUY", "SELL"]);
        side.SetSegmentStyle(0, ButtonStyle.Positive);
        side.SetSegmentStyle(1, ButtonStyle.Negative);
        var price = new NumericBox { Minimum = 0.01m, Maximum = 1_000_000m, Step = 0.01m, Value = 27123.45m };
        var submit = new Button("Place order") { Style = ButtonStyle.Primary };
        submit.Click += (_, _) => orders++; // price.Value is an exact decimal, or null when invalid

        var form = new Stack { Spacing = 8, Width = 220, Margin = new Thickness(8) };
        form.Add(side);
        form.Add(price);
        form.Add(submit);

        var chart = new LineChart { Height = 160 };
        chart.SetValues(closes);

        var page = new Dock();
        page.Add(form, DockSide.Left);
        page.Add(chart, DockSide.Top);
        page.Add(trades, DockSide.Top); // the last child fills the rest

        using var window = new HeadlessWindow(page, 900, 420);
        window.Root.Theme = Theme.Dark;
        window.Root.Hotkeys.Register(Hotkey.Parse("Ctrl+Enter"), "Place order", submit.PerformClick);
        window.SavePng(Path.Combine(outputFolder, "dashboard.png"));
        // README:end

        window.Root.DispatchKeyDown(Key.Enter, KeyModifiers.Control);
        Assert.Equal(1, orders);
        Assert.Equal(3, trades.RealizedRowCount);
        using var png = SKBitmap.Decode(Path.Combine(outputFolder, "dashboard.png"));
        Assert.Equal(900, png.Width);
        Assert.Equal(Theme.Dark.Surface, png.GetPixel(890, 400)); // the table fills the bottom right
        Directory.Delete(outputFolder, recursive: true);
    }

    [Fact]
    public void Readme_quotes_the_walkthrough_verbatim()
    {
        var source = File.ReadAllLines(Path.Combine(RepoPaths.Root, "tests/Skia.Toolkit.Tests/Widgets/DashboardWalkthroughTests.cs"));
        var begin = Array.FindIndex(source, l => l.Trim() == "// README:begin");
        var end = Array.FindIndex(source, l => l.Trim() == "// README:end");
        Assert.True(begin >= 0 && end > begin, "walkthrough markers missing");
        const int indent = 8; // the walkthrough sits in a method body; the README shows it unindented
        var code = string.Join("\n", source[(begin + 1)..end].Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "toolkit/README.md")).Replace("\r\n", "\n");
        Assert.True(readme.Contains(code, StringComparison.Ordinal), "toolkit/README.md no longer quotes the walkthrough in DashboardWalkthroughTests.cs; copy it again:\n" + code);
    }
}
