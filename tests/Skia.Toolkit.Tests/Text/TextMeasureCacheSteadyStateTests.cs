using Skia.Toolkit.Core;
using Skia.Toolkit.Platform;
using Skia.Toolkit.Text;
using Skia.Toolkit.Widgets;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Text;

/// <summary>Over a realistic screen the text cache shapes every string once, on the first frame, and only hits afterwards.</summary>
public class TextMeasureCacheSteadyStateTests
{
    private sealed class Ticker(string symbol, decimal price, decimal volume)
    {
        public string Symbol { get; } = symbol;
        public decimal Price { get; set; } = price;
        public decimal Volume { get; set; } = volume;
    }

    [Fact]
    public void A_table_buttons_and_labels_miss_nothing_after_the_first_frame_over_100_frames()
    {
        var tickers = Enumerable.Range(0, 40).Select(i => new Ticker($"SYM{i}USDT", 100m + i, 1000m * i)).ToArray();
        var table = new Table<Ticker>(
        [
            TableColumn<Ticker>.Text("Symbol", t => t.Symbol),
            TableColumn<Ticker>.Numeric("Price", t => t.Price, 2),
            TableColumn<Ticker>.Numeric("Volume", t => t.Volume, 0),
        ]);
        table.Columns[1].FlashesOnChange = true;
        table.Items = tickers;
        var buy = new Button("Buy") { Width = 80 };
        var sell = new Button("Sell") { Width = 80 };
        var buttons = new Stack { Orientation = Orientation.Horizontal, Spacing = 8 };
        buttons.Add(buy);
        buttons.Add(sell);
        var status = new Label("Connected");
        var title = new Label("Market watch");
        var screen = new Grid { Rows = GridLength.Parse("auto,*,auto,auto") };
        screen.Add(title, 0, 0);
        screen.Add(table, 1, 0);
        screen.Add(buttons, 2, 0);
        screen.Add(status, 3, 0);
        using var window = new HeadlessWindow(screen, 400, 360);

        var cache = TextMeasureCache.ForCurrentThread;
        window.RenderFrame();
        cache.ResetCounters();

        long drawn = 0;
        for (var frame = 0; frame < 100; frame++)
        {
            // Prices tick, rows re-bind and flash, the pointer moves over the buttons and back.
            tickers[frame % tickers.Length].Price += frame % 2 == 0 ? 0.01m : -0.01m;
            table.Refresh();
            var over = frame % 3 == 0 ? buy : frame % 3 == 1 ? sell : (Widget)status;
            window.Root.DispatchPointerMove(new SKPoint(over.BoundsInWindow.MidX, over.BoundsInWindow.MidY));
            drawn += window.RenderFrame().WidgetsRendered;
        }

        Assert.True(drawn > 100, $"the frames drew only {drawn} widgets");
        Assert.Equal(0, cache.Misses);
        Assert.True(cache.Hits >= 100, $"{cache.Hits} hits over 100 frames");
    }
}
