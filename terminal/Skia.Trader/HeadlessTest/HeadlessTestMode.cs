using System.CommandLine;
using System.CommandLine.Help;
using System.Diagnostics;
using System.Globalization;
using Skia.Toolkit.Hosting;
using Skia.Toolkit.Platform;
using Skia.Trader.Ui.Panels;
using Skia.Trader.Ui.Session;

namespace Skia.Trader.Terminal.HeadlessTest;

/// <summary>
/// HeadlessTestMode is <c>skia-trader --headless-test</c>: it builds the terminal's whole screen from the market snapshot
/// compiled into the executable (<see cref="MarketSnapshot"/>; no network, no simulator, no display), renders one
/// complete frame into a raster back buffer, prints the time from process start to the end of that frame and the peak
/// resident memory (one <c>key=value</c> line each on standard output), and exits 0. It is the start-up figure of
/// perf/README.md and the smoke test of the release package. <c>--screenshot FILE</c> writes that frame as PNG and
/// <c>--markup FILE</c> the widget tree, after the figures are taken.
/// </summary>
internal static class HeadlessTestMode
{
    /// <summary>OptionName is the option that selects this mode.</summary>
    public const string OptionName = "--headless-test";

    // The terminal window's default size (Program.cs), so the frame is the one a user first sees.
    private const int Width = 1440;
    private const int Height = 900;

    /// <summary>IsRequested says whether the command line asks for this mode.</summary>
    public static bool IsRequested(string[] args) => Array.IndexOf(args, OptionName) >= 0;

    /// <summary>Describe adds the option to the terminal's own command, so that <c>--help</c> lists it.</summary>
    public static void Describe(RootCommand command) =>
        command.Options.Add(new Option<bool>(OptionName) { Description = Description });

    /// <summary>Run runs the mode (<c>--verbose</c> also prints the start-up phases on standard error); returns the exit code (64 and one line on standard error for a bad argument).</summary>
    public static int Run(string[] args)
    {
        double runtimeStart = ProcessClock.MillisecondsSinceStart(out _);
        long phase = Stopwatch.GetTimestamp();
        var phases = new List<(string Name, double Ms)>(8) { ("runtime start", runtimeStart) };
        void Mark(string name)
        {
            long now = Stopwatch.GetTimestamp();
            phases.Add((name, Stopwatch.GetElapsedTime(phase, now).TotalMilliseconds));
            phase = now;
        }
        // `--headless-test` alone (the measured run) needs no parser: System.CommandLine is built only for more arguments.
        string? path = null, tree = null;
        bool verbose = false;
        if (args.Length > 1)
        {
            var screenshotOption = new Option<string?>("--screenshot") { Description = "Write the frame as PNG to FILE.", HelpName = "FILE" };
            var markupOption = new Option<string?>("--markup") { Description = "Write the widget tree as markup to FILE.", HelpName = "FILE" };
            var verboseOption = new Option<bool>("--verbose") { Description = "Print where the start-up time went on standard error." };
            screenshotOption.Validators.Add(r => CheckOutput(r, "--screenshot"));
            markupOption.Validators.Add(r => CheckOutput(r, "--markup"));
            var command = new RootCommand("skia-trader --headless-test: " + Description)
            {
                new Option<bool>(OptionName) { Description = Description }, screenshotOption, markupOption, verboseOption,
            };
            ParseResult parsed = command.Parse(args);
            if (parsed.Errors.Count > 0)
            {
                Console.Error.WriteLine($"skia-trader: {parsed.Errors[0].Message.ReplaceLineEndings(" ")} (see skia-trader {OptionName} --help)");
                return Application.UsageExitCode;
            }
            if (parsed.Action is HelpAction)
            {
                parsed.Invoke();
                return 0;
            }
            path = parsed.GetValue(screenshotOption);
            tree = parsed.GetValue(markupOption);
            verbose = parsed.GetValue(verboseOption);
        }

        Mark("command line");
        MarketSnapshot market = MarketSnapshot.LoadBundled();
        Mark("snapshot");
        using var screen = new TerminalScreen(market.Symbol.Symbol, "SNAPSHOT " + market.RecordedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Mark("screen");
        using var window = new HeadlessWindow(screen.Content, Width, Height);
        Mark("window");
        var account = new SessionSnapshot(1, ConnectionHealth.Offline, null, [], [], [], 0);
        screen.ShowSnapshot(window, market.Symbol, market.Book, market.Trades.Count > 0 ? market.Trades[^1] : null, account);
        Mark("data");
        window.RenderFrame();
        Mark("first frame");
        double startMs = ProcessClock.MillisecondsSinceStart(out string clock);
        long peakKb = ProcessClock.PeakResidentKilobytes();

        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"start_ms={startMs:F2} clock={clock}"));
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak_rss_mb={peakKb / 1024.0:F2}"));
        Console.Out.Flush();
        if (verbose)
        {
            var line = new System.Text.StringBuilder("skia-trader: start-up:");
            foreach (var (name, ms) in phases) line.Append(CultureInfo.InvariantCulture, $" {name} {ms:F1} ms,");
            Console.Error.WriteLine(line.Append(CultureInfo.InvariantCulture, $" total {startMs:F1} ms").ToString());
        }
        try
        {
            if (path is not null)
            {
                using var file = File.Create(path);
                window.WriteShownPng(file);
            }
            if (tree is not null) File.WriteAllText(tree, window.Root.ToMarkup());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"skia-trader: cannot write {path ?? tree}: {e.Message.ReplaceLineEndings(" ")}");
            return Application.UsageExitCode;
        }
        return 0;
    }

    private const string Description =
        "Build the whole screen from the bundled market snapshot (no network), render one frame headless, print start_ms and peak_rss_mb, exit 0.";

    private static void CheckOutput(System.CommandLine.Parsing.OptionResult result, string option)
    {
        string path = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        string? folder = path.Length == 0 ? null : Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is null || !Directory.Exists(folder)) result.AddError($"{option} {path}: cannot write there: no such folder");
    }
}
