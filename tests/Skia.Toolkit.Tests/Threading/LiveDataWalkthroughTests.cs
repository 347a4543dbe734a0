using System.Globalization;
using Skia.Toolkit.Platform;
using Skia.Toolkit.Tests.Platform;
using Skia.Toolkit.Threading;
using Skia.Toolkit.Widgets;

namespace Skia.Toolkit.Tests.Threading;

/// <summary>
/// The "Live data" example of toolkit/README.md lives here, between the README markers: a producer thread feeds a
/// real Window through LatestValue and FrameQueue, so the example is compiled and run by every test run; a second
/// test checks the README still quotes it verbatim.
/// </summary>
[Collection(DisplayCollection.Name)]
public class LiveDataWalkthroughTests
{
    private sealed record Trade(decimal Price, decimal Size);

    [Fact]
    public void A_producer_thread_feeds_a_window_every_trade_and_the_newest_price()
    {
        // README:begin
        var last = new Label("-");
        var tape = new List<Trade>(); // newest first; like every widget, touched on the UI thread only
        var trades = new Table<Trade>(
        [
            TableColumn<Trade>.Numeric("Price", t => t.Price, decimals: 2),
            TableColumn<Trade>.Numeric("Size", t => t.Size, decimals: 3),
        ]);
        trades.Items = tape;
        var page = new Dock();
        page.Add(last, DockSide.Top);
        page.Add(trades, DockSide.Top);

        using var window = new Window(page, new WindowOptions { Title = "Live trades", Width = 480, Height = 320 });
        var price = new LatestValue<string>(); // newest wins: prices the UI had no frame for are skipped
        var prints = new FrameQueue<Trade>(capacity: 4096); // lossless: every trade, in order, a batch per frame
        window.Clock.Subscribe(price, text => last.Text = text);
        window.Clock.Subscribe(prints, batch =>
        {
            foreach (var trade in batch) tape.Insert(0, trade);
            trades.ItemsInsertedAtStart(batch.Length);
        });

        var feed = new Thread(() =>
        {
            for (var i = 1; i <= 200; i++) // about 500 trades a second
            {
                var trade = new Trade(27_000m + (i / 100m), i / 1000m);
                prints.TryEnqueue(trade); // false, and counted in prints.Dropped, only while 4096 wait
                price.Publish(trade.Price.ToString("F2", CultureInfo.InvariantCulture));
                Thread.Sleep(2);
            }
            window.Dispatcher.Post(window.Close); // any other work for the UI thread goes through its dispatcher
        })
        { IsBackground = true };
        feed.Start();
        window.Run(); // the UI loop: input, posted work, then each frame the newest price and a batch of trades
        // README:end

        window.Clock.ApplySnapshots(); // what arrived after the last frame before the close
        Assert.Equal(0, prints.Dropped);
        Assert.Equal(200, tape.Count);
        Assert.Equal(Enumerable.Range(1, 200).Reverse().Select(i => 27_000m + (i / 100m)), tape.Select(t => t.Price));
        Assert.Equal(200, trades.DisplayCount);
        Assert.Equal(27_002.00m, trades.ItemAt(0).Price);
        Assert.Equal("27002.00", last.Text);
        Assert.True(window.Clock.Statistics.FramesShown >= 1);
    }

    [Fact]
    public void Readme_quotes_the_live_data_example_verbatim()
    {
        var source = File.ReadAllLines(Path.Combine(RepoPaths.Root, "tests/Skia.Toolkit.Tests/Threading/LiveDataWalkthroughTests.cs"));
        var begin = Array.FindIndex(source, l => l.Trim() == "// README:begin");
        var end = Array.FindIndex(source, l => l.Trim() == "// README:end");
        Assert.True(begin >= 0 && end > begin, "example markers missing");
        const int indent = 8; // the example sits in a method body; the README shows it unindented
        var code = string.Join("\n", source[(begin + 1)..end].Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "toolkit/README.md")).Replace("\r\n", "\n");
        Assert.True(readme.Contains(code, StringComparison.Ordinal), "toolkit/README.md no longer quotes the example in LiveDataWalkthroughTests.cs; copy it again:\n" + code);
    }
}
