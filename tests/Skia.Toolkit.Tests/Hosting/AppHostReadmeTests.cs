using Skia.Toolkit.Hosting;
using Skia.Toolkit.Threading;
using Skia.Toolkit.Widgets;

namespace Skia.Toolkit.Tests.Hosting;

/// <summary>
/// The "App host" example of toolkit/README.md lives here, between the README markers, so it is compiled and
/// run (headless) by every test run; a second test checks the README still quotes it verbatim.
/// </summary>
public class AppHostReadmeTests
{
    [Fact]
    public void The_readme_ticker_shows_the_producers_newest_quote_and_ends_when_the_producer_closes_it()
    {
        var markup = Path.Combine(Path.GetTempPath(), $"host-readme-{Environment.ProcessId}.txt");
        string[] quotes = ["27 123.40", "27 123.45"];
        try
        {
            // --exit-after is only a safety net: the producer closes the window when it is done.
            Assert.Equal(0, Ticker(["--headless", "--exit-after", "60", "--markup", markup]));
            Assert.Contains("text=\"27 123.45\"", File.ReadAllText(markup));
        }
        finally
        {
            File.Delete(markup);
        }

        int Ticker(string[] args)
        {
            // README:begin
            var price = new Label { Text = "-" };
            var feed = new LatestValue<string>();
            var app = new Application("ticker")
            {
                Width = 320,
                Height = 80,
                Started = (window, _) =>
                {
                    // The newest value wins: the clock applies it on the UI thread, at most once per frame.
                    window.Clock.Subscribe(feed, text => price.Text = text);
                    var producer = new Thread(() =>
                    {
                        foreach (var quote in quotes) feed.Publish(quote); // e.g. a socket's reader loop
                        window.Dispatcher.Post(window.Close); // anything else goes through the dispatcher
                    })
                    { IsBackground = true };
                    producer.Start();
                    return null; // go on into the UI loop
                },
            };
            return app.Run(args, _ => price);
            // README:end
        }
    }

    [Fact]
    public void Readme_quotes_the_app_host_example_verbatim()
    {
        var source = File.ReadAllLines(Path.Combine(RepoPaths.Root, "tests/Skia.Toolkit.Tests/Hosting/AppHostReadmeTests.cs"));
        var begin = Array.FindIndex(source, l => l.Trim() == "// README:begin");
        var end = Array.FindIndex(source, l => l.Trim() == "// README:end");
        Assert.True(begin >= 0 && end > begin, "example markers missing");
        const int indent = 12; // the example sits in a local function; the README shows it unindented
        var code = string.Join("\n", source[(begin + 1)..end].Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "toolkit/README.md")).Replace("\r\n", "\n");
        Assert.True(readme.Contains(code, StringComparison.Ordinal), "toolkit/README.md no longer quotes the example in AppHostReadmeTests.cs; copy it again:\n" + code);
    }
}
