using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Skia.Toolkit.Core;
using Skia.Toolkit.Platform;

namespace Skia.Toolkit.Hosting;

/// <summary>
/// Application is the app host: it parses the standard options, opens a real window or a headless one
/// (both <see cref="IAppWindow"/>, with the same dispatcher, clock and loop), runs the UI loop and writes
/// the screenshot and markup asked for. A person's mistake is one line on standard error and an exit code,
/// never a stack trace: bad arguments exit <see cref="UsageExitCode"/> (64), no display exits
/// <see cref="NoDisplayExitCode"/> (2). Everything is checked before anything is allocated.
/// <para>Standard options: <c>--window</c> / <c>--headless</c>, <c>--backend auto|raster|gl|vulkan</c>,
/// <c>--scale N</c>, <c>--screenshot FILE</c>, <c>--exit-after SECONDS</c>, <c>--markup FILE</c>, <c>--no-vsync</c>; an app adds
/// its own to <see cref="Command"/> and reads them from the <see cref="ParseResult"/> its callbacks get.</para>
/// <para>A run ends when the window is closed, when <c>--exit-after</c> has passed, when the process is asked to stop
/// (SIGTERM, SIGINT or SIGHUP: the loop ends after its current turn; a second signal ends the process at once), or,
/// without <c>--exit-after</c>, after the first frame when the run is headless or asked for a screenshot or markup.
/// Screenshot and markup are written as the run ends.</para>
/// </summary>
/// <example>
/// <code>
/// return Application.Run(new Label { Text = "Hello" }, args);
///
/// var app = new Application("dashboard") { Width = 1280, Height = 800, Started = (window, _) => { StartFeed(window.Dispatcher); return null; } };
/// var rows = new Option&lt;int&gt;("--rows") { DefaultValueFactory = _ => 1000 };
/// app.Command.Add(rows);
/// return app.Run(args, parsed => new Dashboard(parsed.GetValue(rows)));
/// </code>
/// </example>
public sealed class Application
{
    /// <summary>UsageExitCode is the exit code for bad arguments (BSD sysexits EX_USAGE).</summary>
    public const int UsageExitCode = 64;

    /// <summary>NoDisplayExitCode is the exit code when a window was asked for and there is no display.</summary>
    public const int NoDisplayExitCode = 2;

    /// <summary>FailureExitCode is the exit code when the window cannot be shown for another reason (no working backend).</summary>
    public const int FailureExitCode = 1;

    /// <summary>MaxScale bounds <c>--scale</c>: 8 device pixels per logical pixel is beyond any display, and past it the back buffer grows to gigabytes.</summary>
    public const float MaxScale = 8;

    private readonly Option<bool> _window = new("--window") { Description = "Show the app in a real window (needs a display)." };
    private readonly Option<bool> _headless = new("--headless") { Description = "Run without a display, drawing on the CPU into an off-screen buffer." };
    private readonly Option<string> _backend = new("--backend") { Description = "Rendering backend of the window.", DefaultValueFactory = _ => "auto" };
    private readonly Option<float?> _scale = new("--scale") { Description = $"Device pixels per logical pixel, above 0 and at most {MaxScale} (default: the display's; 1 headless).", HelpName = "N" };
    private readonly Option<string?> _screenshot = new("--screenshot") { Description = "Write what the window shows as PNG to FILE when the run ends.", HelpName = "FILE" };
    private readonly Option<double?> _exitAfter = new("--exit-after") { Description = "End the run after SECONDS (0 or more).", HelpName = "SECONDS" };
    private readonly Option<bool> _noVsync = new("--no-vsync") { Description = "Present frames without waiting for the display (for measurements)." };
    private readonly Option<string?> _markup = new("--markup") { Description = "Write the widget tree as markup to FILE when the run ends.", HelpName = "FILE" };

    /// <summary>Application makes a host for the app called <paramref name="name"/>, which starts each message it prints and names it in <c>--help</c>.</summary>
    public Application(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        _backend.AcceptOnlyFromAmong("auto", "raster", "gl", "vulkan");
        _scale.CustomParser = result => ParseNumber(result, "--scale", value => value > 0 && value <= MaxScale, $"above 0 and at most {MaxScale}") is { } v ? (float)v : null;
        _exitAfter.CustomParser = result => ParseNumber(result, "--exit-after", value => value >= 0 && value <= TimeSpan.MaxValue.TotalSeconds / 2, "0 or more seconds");
        _screenshot.Validators.Add(result => CheckOutputFile(result, "--screenshot"));
        _markup.Validators.Add(result => CheckOutputFile(result, "--markup"));
        Command = new RootCommand($"{name} (a Skia.Toolkit app)") { _window, _headless, _backend, _scale, _screenshot, _exitAfter, _markup, _noVsync };
        Command.Validators.Add(CheckCombinations);
    }

    /// <summary>Name is the app's name: the prefix of every line it prints.</summary>
    public string Name { get; }

    /// <summary>Command is the command line: add the app's own options to it (<c>app.Command.Add(option)</c>) before <see cref="Run(string[], Func{ParseResult, Widget})"/>.</summary>
    public RootCommand Command { get; }

    /// <summary>Title is the window's title bar text; null uses <see cref="Name"/>.</summary>
    public string? Title { get; init; }

    /// <summary>Width is the client width in logical pixels (the headless buffer's too).</summary>
    public int Width { get; init; } = 1024;

    /// <summary>Height is the client height in logical pixels (the headless buffer's too).</summary>
    public int Height { get; init; } = 768;

    /// <summary>RefreshRate is the frame clock's rate in hertz when it paces frames itself.</summary>
    public double RefreshRate { get; init; } = 60;

    /// <summary>
    /// RasterFirstFrame shows a gl, vulkan or auto window's first frames from the CPU while the GPU backend is made on a
    /// worker (<see cref="WindowOptions.RasterFirstFrame"/>); an app that logs or shows its backend should follow
    /// <see cref="Window.BackendChanged"/>. Off by default.
    /// </summary>
    public bool RasterFirstFrame { get; init; }

    /// <summary>HeadlessByDefault runs headless unless <c>--window</c> is given (for tools that mostly write pictures); false opens a window unless <c>--headless</c> is given.</summary>
    public bool HeadlessByDefault { get; init; }

    /// <summary>
    /// Started runs on the UI thread once the window is open, before the first frame: show a first toast,
    /// subscribe snapshot sources to the clock, start producer threads that post to the dispatcher. It may
    /// return an exit code to end the run there instead of running the loop (an app's own mode, such as a
    /// benchmark): 0 still writes the screenshot and markup asked for, anything else returns at once. Null goes on into the loop.
    /// </summary>
    public Func<IAppWindow, ParseResult, int?>? Started { get; init; }

    /// <summary>Turn runs on the UI thread after every turn of the loop (for work paced by the loop rather than by a producer).</summary>
    public Action<IAppWindow>? Turn { get; init; }

    /// <summary>Error receives the lines the host prints (problems, files written); null writes them to standard error.</summary>
    public Action<string>? Error { get; init; }

    /// <summary>Run runs <paramref name="content"/> as an app with the standard options parsed from <paramref name="args"/>; returns the process exit code.</summary>
    public static int Run(Widget content, string[] args)
    {
        ArgumentNullException.ThrowIfNull(content);
        var name = Path.GetFileNameWithoutExtension(Environment.GetCommandLineArgs()[0]);
        return new Application(string.IsNullOrEmpty(name) ? "app" : name).Run(args, _ => content);
    }

    /// <summary>
    /// Run parses <paramref name="args"/>, builds the content with <paramref name="createContent"/> (which can read
    /// the app's own options from the parse result), opens the window and runs it; returns the process exit code.
    /// </summary>
    public int Run(string[] args, Func<ParseResult, Widget> createContent)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(createContent);
        var parsed = Command.Parse(args);
        if (parsed.Errors.Count > 0) return Usage(parsed.Errors[0].Message);
        if (parsed.Action is HelpAction)
        {
            parsed.Invoke();
            return 0;
        }

        var headless = parsed.GetValue(_headless) || (HeadlessByDefault && !parsed.GetValue(_window));
        var screenshot = parsed.GetValue(_screenshot);
        var markup = parsed.GetValue(_markup);
        var exitAfter = parsed.GetValue(_exitAfter) is { } seconds ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;
        var scale = parsed.GetValue(_scale);
        var content = createContent(parsed);

        IAppWindow window;
        try
        {
            window = headless
                ? new HeadlessWindow(content, Width, Height, scale ?? 1, RefreshRate)
                : new Window(content, new WindowOptions
                {
                    Title = Title ?? Name,
                    Width = Width,
                    Height = Height,
                    Scale = scale,
                    Backend = Backend(parsed.GetValue(_backend)),
                    RefreshRate = RefreshRate,
                    Vsync = !parsed.GetValue(_noVsync),
                    RasterFirstFrame = RasterFirstFrame,
                    Log = line => Print(line),
                });
        }
        catch (DisplayUnavailableException e)
        {
            Print(e.Message);
            return NoDisplayExitCode;
        }
        catch (Exception e) when (e is GlfwException or InvalidOperationException)
        {
            Print("cannot show the window: " + e.Message);
            return FailureExitCode;
        }

        using (window)
        using (var stop = new StopSignals(window))
        {
            var ownMode = Started?.Invoke(window, parsed);
            if (ownMode is { } code && code != 0) return code;
            if (ownMode == null)
            {
                RunLoop(window, exitAfter, stopAfterFirstFrame: exitAfter == null && (headless || screenshot != null || markup != null));
            }
            // A run closed between frames may hold snapshots not applied yet; the files show the newest data.
            window.Clock.ApplySnapshots();
            if (screenshot != null && Write(screenshot, "--screenshot", () => window.SavePng(screenshot)) is { } failed) return failed;
            if (markup != null && Write(markup, "--markup", () => File.WriteAllText(markup, window.Root.ToMarkup())) is { } failedMarkup) return failedMarkup;
            if (screenshot != null)
            {
                Print($"wrote {screenshot} ({window.Root.PixelSize.Width}x{window.Root.PixelSize.Height}, {window.BackendName})");
            }
            if (markup != null) Print($"wrote {markup} (widget tree markup)");
            if (ownMode == null && headless && screenshot == null && markup == null && exitAfter == null)
            {
                Print("rendered the first frame headless and wrote nothing: give --screenshot FILE or --markup FILE (or --exit-after SECONDS to keep running)");
            }
        }
        return 0;
    }

    private void RunLoop(IAppWindow window, TimeSpan? exitAfter, bool stopAfterFirstFrame)
    {
        var start = Stopwatch.GetTimestamp();
        while (!window.IsClosed)
        {
            var left = exitAfter - Stopwatch.GetElapsedTime(start);
            var rendered = window.RunOnce(left);
            Turn?.Invoke(window);
            if (stopAfterFirstFrame && rendered) return;
            if (left is { } remaining && remaining <= TimeSpan.Zero) return;
        }
    }

    // SIGTERM (a service manager, `kill`, a test harness), SIGINT (Ctrl+C) and SIGHUP (the terminal closed) close the
    // window on its UI thread, so the run ends as if the user had closed it: the screenshot and markup asked for are
    // written and the app's own clean-up runs. Registered before Started, so an app that shows any sign of life
    // already stops cleanly. A second signal is left to the runtime's default (the process ends at once), the way out
    // of a loop that no longer turns.
    private sealed class StopSignals : IDisposable
    {
        private readonly IAppWindow _window;
        private readonly PosixSignalRegistration[] _registrations;
        private int _requested;

        public StopSignals(IAppWindow window)
        {
            _window = window;
            _registrations = OperatingSystem.IsWindows() ? []
                : [PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop), PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop), PosixSignalRegistration.Create(PosixSignal.SIGHUP, Stop)];
        }

        public void Dispose()
        {
            foreach (var registration in _registrations) registration.Dispose();
        }

        private void Stop(PosixSignalContext context)
        {
            if (Interlocked.Exchange(ref _requested, 1) != 0) return;
            context.Cancel = true;
            _window.Dispatcher.Post(_window.Close);
        }
    }

    private int? Write(string path, string option, Action write)
    {
        try
        {
            write();
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Usage($"{option} {path}: {e.Message}");
        }
    }

    private int Usage(string problem)
    {
        Print($"{OneLine(problem)} (see --help)");
        return UsageExitCode;
    }

    private void Print(string line) => (Error ?? Console.Error.WriteLine)($"{Name}: {OneLine(line)}");

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();

    private static RenderBackendKind Backend(string? name) => name switch
    {
        "auto" or null => RenderBackendKind.Auto,
        "raster" => RenderBackendKind.Raster,
        "gl" => RenderBackendKind.Gl,
        "vulkan" => RenderBackendKind.Vulkan,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "not a backend: the option accepts only auto, raster, gl and vulkan"),
    };

    private static double? ParseNumber(ArgumentResult result, string option, Func<double, bool> valid, string range)
    {
        var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (!double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            result.AddError($"{option} '{token}' is not a number");
            return null;
        }
        if (!double.IsFinite(value) || !valid(value))
        {
            result.AddError($"{option} {token} is out of range: {range}");
            return null;
        }
        return value;
    }

    private static void CheckOutputFile(OptionResult result, string option)
    {
        var path = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (OutputFile.Problem(path) is { } problem) result.AddError($"{option} {path}: cannot write there: {problem}");
    }

    private void CheckCombinations(CommandResult result)
    {
        if (result.GetValue(_window) && result.GetValue(_headless))
        {
            result.AddError("--window and --headless exclude each other: give one");
            return;
        }
        var headless = result.GetValue(_headless) || (HeadlessByDefault && !result.GetValue(_window));
        var backend = result.GetValue(_backend);
        if (headless && backend is "gl" or "vulkan")
        {
            result.AddError($"--backend {backend} needs a window: a headless run draws with raster (add --window, or drop --backend)");
        }
    }
}
