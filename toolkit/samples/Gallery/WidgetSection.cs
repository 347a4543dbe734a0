using Skia.Toolkit.Core;
using Skia.Toolkit.Widgets;
using Skia.Toolkit.Widgets.Charts;

namespace Skia.Toolkit.Gallery;

/// <summary>
/// WidgetSection builds the gallery's section of interactive widgets (issue 4) with live demo data:
/// buttons and choices, text and numeric input, a virtualised trade table and charts.
/// Hook it in with <c>grid.Add(WidgetSection.Build(), row, column)</c> or as a page of its own.
/// </summary>
internal static class WidgetSection
{
    private sealed record Trade(string Symbol, string Side, decimal Price, decimal Size);

    /// <summary>Build returns the section's root widget.</summary>
    public static Widget Build()
    {
        var buttons = new Stack { Orientation = Orientation.Horizontal, Spacing = 8 };
        buttons.Add(new Button("Default"));
        buttons.Add(new Button("Primary") { Style = ButtonStyle.Primary });
        buttons.Add(new Button("Cancel all") { Style = ButtonStyle.Danger });
        buttons.Add(new Button("Disabled") { IsEnabled = false });
        buttons.Add(new ToggleButton("Post only") { IsChecked = true });

        var side = new SegmentedControl(["BUY", "SELL"]);
        side.SetSegmentStyle(0, ButtonStyle.Positive);
        side.SetSegmentStyle(1, ButtonStyle.Negative);
        var choices = new Stack { Orientation = Orientation.Horizontal, Spacing = 12 };
        side.VerticalAlignment = VerticalAlignment.Top; // fixed-height controls sit at the top of the taller row
        choices.Add(side);
        choices.Add(new SegmentedControl(["LIMIT", "MARKET", "STOP"]) { VerticalAlignment = VerticalAlignment.Top });
        choices.Add(new CheckBox("Reduce only") { IsChecked = true, VerticalAlignment = VerticalAlignment.Top });
        choices.Add(new RadioGroup(["GTC", "IOC", "FOK"]) { SelectedIndex = 0 });

        var inputs = new Stack { Orientation = Orientation.Horizontal, Spacing = 8 };
        inputs.Add(new TextBox { Placeholder = "Search symbol", Width = 160 });
        inputs.Add(new NumericBox { Minimum = 0.01m, Maximum = 1_000_000m, Step = 0.01m, Value = 27123.45m, Width = 120 });
        inputs.Add(new NumericBox { Step = 0.00001m, Text = "0.123456", Width = 120 }); // off the lot step: invalid

        var trades = new Trade[100_000];
        for (var i = 0; i < trades.Length; i++)
        {
            trades[i] = new Trade("BTCUSDT", i % 3 == 0 ? "SELL" : "BUY", 27000m + (i * 7919 % 99991) / 100m, 0.001m * (1 + (i % 250)));
        }
        var table = new Table<Trade>(
        [
            TableColumn<Trade>.Text("Symbol", t => t.Symbol),
            TableColumn<Trade>.Text("Side", t => t.Side),
            TableColumn<Trade>.Numeric("Price", t => t.Price, 2),
            TableColumn<Trade>.Numeric("Size", t => t.Size, 5),
        ]);
        table.Columns[1].CellColor = (t, theme) => t.Side == "BUY" ? theme.Positive : theme.Negative;
        table.Items = trades;
        table.SortBy(2, descending: true);

        var candles = new CandlestickChart();
        var close = 27000.0;
        var bars = new List<Candle>();
        for (var i = 0; i < 80; i++)
        {
            var open = close;
            close = open + (Math.Sin(i * 0.9) * 20) + ((i % 7) - 3) * 3;
            bars.Add(new Candle(open, Math.Max(open, close) + 6, Math.Min(open, close) - 6, close, 20 + (i * 31 % 80)));
        }
        candles.SetCandles(bars);
        var line = new LineChart { IsArea = true };
        line.SetValues(bars.Select(b => b.Close));

        var charts = new Grid { Columns = GridLength.Parse("*, *"), Rows = GridLength.Parse("*") };
        charts.Add(candles, 0, 0);
        charts.Add(line, 0, 1);

        var body = new Grid { Rows = GridLength.Parse("Auto, Auto, Auto, *, 200"), Columns = GridLength.Parse("*"), Margin = new Thickness(12) };
        body.Add(Spaced(buttons), 0, 0);
        body.Add(Spaced(choices), 1, 0);
        body.Add(Spaced(inputs), 2, 0);
        body.Add(table, 3, 0);
        body.Add(charts, 4, 0);
        return body;
    }

    private static Widget Spaced(Widget w)
    {
        w.Margin = new Thickness(0, 0, 0, 10);
        return w;
    }
}
