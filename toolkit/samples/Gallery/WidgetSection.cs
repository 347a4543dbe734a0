using Skia.Toolkit.Core;
using Skia.Toolkit.Widgets;
using Skia.Toolkit.Widgets.Charts;

namespace Skia.Toolkit.Gallery;

/// <summary>
/// WidgetSection builds the gallery's interactive widgets (issue 4) with live demo data:
/// buttons and choices, text and numeric input, a virtualised trade table and charts,
/// one piece at a time so <see cref="GalleryShell"/> can put them on its tabs.
/// </summary>
internal static class WidgetSection
{
    /// <summary>Buttons returns a row of the button styles, a disabled button, a toggle and icon buttons (icon with caption, icon alone).</summary>
    public static Widget Buttons()
    {
        var buttons = new Stack { Orientation = Orientation.Horizontal, Spacing = 8 };
        buttons.Add(new Button("Default"));
        buttons.Add(new Button("Primary") { Style = ButtonStyle.Primary });
        buttons.Add(new Button("Cancel all") { Style = ButtonStyle.Danger });
        buttons.Add(new Button("Disabled") { IsEnabled = false });
        buttons.Add(new ToggleButton("Post only") { IsChecked = true });
        buttons.Add(new Button("Add") { Icon = Icon.Plus, Style = ButtonStyle.Primary });
        buttons.Add(Button.FromIcon(Icon.Search, "Search symbols"));
        buttons.Add(Button.FromIcon(Icon.Settings, "Settings"));
        buttons.Add(Button.FromIcon(Icon.Close, "Close panel"));
        return buttons;
    }

    /// <summary>Choices returns a row of segmented controls, a check box and a radio group.</summary>
    public static Widget Choices()
    {

        var side = new SegmentedControl(["BUY", "SELL"]);
        side.SetSegmentStyle(0, ButtonStyle.Positive);
        side.SetSegmentStyle(1, ButtonStyle.Negative);
        var choices = new Stack { Orientation = Orientation.Horizontal, Spacing = 12 };
        side.VerticalAlignment = VerticalAlignment.Top; // fixed-height controls sit at the top of the taller row
        choices.Add(side);
        choices.Add(new SegmentedControl(["LIMIT", "MARKET", "STOP"]) { VerticalAlignment = VerticalAlignment.Top });
        choices.Add(new CheckBox("Reduce only") { IsChecked = true, VerticalAlignment = VerticalAlignment.Top });
        choices.Add(new RadioGroup(["GTC", "IOC", "FOK"]) { SelectedIndex = 0 });
        return choices;
    }

    /// <summary>Inputs returns a text box and two numeric boxes, the second holding a value off its step (shown invalid).</summary>
    public static Widget Inputs()
    {

        var inputs = new Stack { Orientation = Orientation.Horizontal, Spacing = 8 };
        inputs.Add(new TextBox { Placeholder = "Search symbol", Width = 160 });
        inputs.Add(new NumericBox { Minimum = 0.01m, Maximum = 1_000_000m, Step = 0.01m, Value = 27123.45m, Width = 120 });
        inputs.Add(new NumericBox { Step = 0.00001m, Text = "0.123456", Width = 120 }); // off the lot step: invalid
        return inputs;
    }

    /// <summary>TradeTable returns a table of 100 000 trades sorted by price, descending, sides coloured; the trades are computed when read, not stored.</summary>
    public static Widget TradeTable()
    {
        var trades = new TradeTape(100_000);
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
        return table;
    }

    /// <summary>FirstCandleTime is the open time of the first demo candle: fixed, so screenshots are reproducible.</summary>
    public static readonly DateTime FirstCandleTime = new(2026, 12, 3, 9, 0, 0, DateTimeKind.Utc);

    /// <summary>Candles returns 80 one-minute demo candles of a wavy price, from <see cref="FirstCandleTime"/>.</summary>
    public static IReadOnlyList<Candle> Candles()
    {

        var close = 27000.0;
        var bars = new List<Candle>();
        for (var i = 0; i < 80; i++)
        {
            var open = close;
            close = open + (Math.Sin(i * 0.9) * 20) + ((i % 7) - 3) * 3;
            bars.Add(new Candle(open, Math.Max(open, close) + 6, Math.Min(open, close) - 6, close, 20 + (i * 31 % 80)) { Time = FirstCandleTime.AddMinutes(i) });
        }
        return bars;
    }
}
