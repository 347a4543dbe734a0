using System.Globalization;
using SkiaSharp;

namespace Skia.Trader.Tests.HeadlessTest;

/// <summary>
/// <c>skia-trader --headless-test</c> (the JIT build): the whole screen from the bundled recorded snapshot, no network,
/// one frame, two machine-readable lines (start and peak memory), exit 0. The NativeAOT package runs the same mode
/// from an unpacked tar.gz in test.sh.
/// </summary>
public class HeadlessTestModeTests
{
    [Fact]
    public void It_prints_start_and_peak_memory_as_two_key_value_lines_and_exits_0()
    {
        var (code, stdout, stderr) = Run(["--headless-test"]);
        Assert.True(code == 0, stderr);
        Assert.Equal("", stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Matches(@"^start_ms=\d+\.\d\d clock=(proc-stat|launcher)$", lines[0]);
        Assert.Matches(@"^peak_rss_mb=\d+\.\d\d$", lines[1]);
        double start = double.Parse(lines[0]["start_ms=".Length..lines[0].IndexOf(' ')], CultureInfo.InvariantCulture);
        double rss = double.Parse(lines[1]["peak_rss_mb=".Length..], CultureInfo.InvariantCulture);
        Assert.InRange(start, 0.1, 60_000);
        Assert.InRange(rss, 1, 4096);
    }

    [Fact]
    public void The_frame_shows_the_recorded_book_offline_and_is_written_as_png_and_markup()
    {
        var png = Temp(".png");
        var markup = Temp(".txt");
        try
        {
            var (code, _, stderr) = Run(["--headless-test", "--screenshot", png, "--markup", markup]);
            Assert.True(code == 0, stderr);
            var text = File.ReadAllText(markup);
            // The recorded NKNUSDT snapshot of 2021-10-12: best bid 0.35210000, best ask 0.35250000, last trade 0.35280000.
            Assert.Contains("text=\"Order book NKNUSDT\"", text, StringComparison.Ordinal);
            Assert.Contains("bestBid=0.3521 bestAsk=0.3525", text, StringComparison.Ordinal);
            Assert.Contains("text=0.3528", text, StringComparison.Ordinal);
            Assert.Contains("text=offline", text, StringComparison.Ordinal);
            Assert.Contains("text=\"SNAPSHOT 2021-10-12\"", text, StringComparison.Ordinal);
            Assert.Contains("text=\"Order ticket  NKNUSDT\"", text, StringComparison.Ordinal);
            Assert.Contains("TabView #tabs", text, StringComparison.Ordinal);

            using var bitmap = SKBitmap.Decode(png);
            Assert.NotNull(bitmap);
            Assert.Equal((1440, 900), (bitmap.Width, bitmap.Height));
            // A drawn screen, not an empty buffer: the ladder's bid bars and the ticket's BUY button are green-dominant.
            var colours = new HashSet<SKColor>();
            for (int y = 0; y < bitmap.Height; y += 7)
                for (int x = 0; x < bitmap.Width; x += 7) colours.Add(bitmap.GetPixel(x, y));
            Assert.True(colours.Count > 20, $"only {colours.Count} colours in the frame");
        }
        finally
        {
            File.Delete(png);
            File.Delete(markup);
        }
    }

    [Theory]
    [InlineData("--exchange", "http://127.0.0.1:1/", "'--exchange'")]
    [InlineData("--screenshot", "/nonexistent-folder/x.png", "--screenshot /nonexistent-folder/x.png: cannot write there")]
    public void A_bad_argument_is_one_line_and_exit_64(string option, string value, string expected)
    {
        var (code, stdout, stderr) = Run(["--headless-test", option, value]);
        Assert.Equal(64, code);
        Assert.Equal("", stdout);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("skia-trader: ", line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
    }

    // The launch epoch a start-up script would hand down is not the tests' to pass on.
    private static (int Code, string Stdout, string Stderr) Run(string[] arguments) =>
        Production.TerminalProcess.Run(arguments, new Dictionary<string, string?> { ["SKIA_TRADER_LAUNCH_EPOCH"] = null });

    private static string Temp(string extension) => Path.Combine(Path.GetTempPath(), "skia-trader-headless-" + Guid.NewGuid().ToString("N") + extension);
}
