using System.CommandLine;
using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Skia.Toolkit.Hosting;
using Skia.Trader.Sandbox;
using Skia.Trader.Telemetry;
using Skia.Trader.Ui.Diagnostics;
using Skia.Trader.Ui.Panels;

namespace Skia.Trader.Terminal.Production;

/// <summary>
/// TerminalProduction runs what the terminal needs in production around the screen: the log, the crash report on an
/// unhandled exception (from construction on), telemetry export (<c>--metrics-port</c>, <c>--otlp</c>) and the
/// sandbox (on unless <c>--no-sandbox</c>), started on the UI thread once the window is open (<see cref="Start"/>);
/// and, at exit, the screen's data-age figures in the log. A problem a person can fix (port in use, sandbox refused by
/// the kernel) is one line on standard error and exit code <see cref="EnvironmentExitCode"/>.
/// </summary>
internal sealed class TerminalProduction : IDisposable
{
    /// <summary>EnvironmentExitCode is the exit code for a problem of the machine rather than the arguments (port in use, sandbox refused).</summary>
    public const int EnvironmentExitCode = 2;

    /// <summary>SandboxProbeVariable (test-only) names a path outside the config directory: after the sandbox step (applied or not) the terminal tries, on its UI thread, to start /bin/true and to write there and in its config directory, and logs what happened.</summary>
    public const string SandboxProbeVariable = "SKIA_TRADER_TEST_SANDBOX_PROBE";

    /// <summary>CrashVariable (test-only) makes the terminal throw once started: "ui" on the UI thread, "worker" on a thread of its own; text after a colon becomes the message.</summary>
    public const string CrashVariable = "SKIA_TRADER_TEST_CRASH";

    private readonly string _name;
    private TelemetryHost? _telemetry;
    private TerminalScreen? _screen;
    private int _crashing;

    public TerminalProduction(string name, RootCommand command)
    {
        _name = name;
        Options = new ProductionOptions(command);
        Directories = TerminalDirectories.FromEnvironment();
        Log = TerminalLog.Open(Directories.Logs);
        AppDomain.CurrentDomain.UnhandledException += OnUnhandledException;
    }

    public ProductionOptions Options { get; }

    public TerminalDirectories Directories { get; }

    public TerminalLog Log { get; }

    /// <summary>Start starts telemetry and the sandbox for <paramref name="screen"/> in <paramref name="window"/>; returns an exit code when the terminal must not run.</summary>
    public int? Start(IAppWindow window, ParseResult parsed, TerminalScreen screen)
    {
        _screen = screen;
        var warming = window is Skia.Toolkit.Platform.Window { GpuWarming: true } gpuWindow ? gpuWindow : null;
        Log.Write("start: " + CrashReport.Redact(string.Join(' ', Environment.GetCommandLineArgs().Skip(1))) + " (backend " + window.BackendName
            + (warming is null ? ")" : ", first frames while the GPU backend is made)"));
        // With a raster first frame the GPU backend takes over later (or raster stays, saying why): one line when it is decided.
        if (warming is not null) warming.BackendChanged += () => Log.Write("backend changed (backend " + warming.BackendName + "): " + warming.BackendLog);
        if (Log.Problem is { } logProblem) Print(logProblem + "; logging to memory only");

        var metricsPort = parsed.GetValue(Options.MetricsPort);
        var otlp = parsed.GetValue(Options.Otlp);
        if (metricsPort is not null || otlp is not null)
        {
            try
            {
                _telemetry = TelemetryHost.Start(WithExportInterval(TelemetryOptions.FromArguments(metricsPort, otlp)));
            }
            catch (TelemetryConfigurationException e)
            {
                Print(e.Message);
                Log.Write("telemetry: " + e.Message);
                return EnvironmentExitCode;
            }
            if (_telemetry.MetricsUrl is { } url)
            {
                Print("metrics on " + url);
                Log.Write("telemetry: Prometheus metrics on " + url);
            }
            if (_telemetry.OtlpEndpoint is { } endpoint) Log.Write("telemetry: OTLP to " + CrashReport.Redact(endpoint.ToString()));
        }

        if (parsed.GetValue(Options.NoSandbox))
        {
            Log.Write("sandbox: off (--no-sandbox)");
        }
        else if (ApplySandbox(parsed) is { } failed)
        {
            return failed;
        }

        if (Environment.GetEnvironmentVariable(SandboxProbeVariable) is { Length: > 0 } outside) ProbeSandbox(outside);
        StartTestCrash(window);
        return null;
    }

    /// <summary>Dispose writes the data-age figures to the log, flushes telemetry and closes the log.</summary>
    public void Dispose()
    {
        if (_screen?.Telemetry.DataAge is { } age)
        {
            foreach (string symbol in age.Symbols)
            {
                LatencyHistogram h = age.ForSymbol(symbol)!;
                if (h.Count == 0) continue;
                Log.Write(string.Create(CultureInfo.InvariantCulture,
                    $"data age on screen {symbol}: {h.Count} frames, p50 {h.Percentile(0.50):0.0} ms, p99 {h.Percentile(0.99):0.0} ms, max {h.MaxMilliseconds:0.0} ms"));
            }
        }
        if (_screen is { } screen) WriteLoad(screen.Telemetry);
        if (_screen?.Telemetry.Orders.LastMilliseconds is { } last)
            Log.Write(string.Create(CultureInfo.InvariantCulture, $"last order submit to answer: {last:0.0} ms"));
        _telemetry?.Dispose();
        Log.Write("exit");
        Log.Dispose();
    }

    // What the run cost (perf/terminal-load.sh reads these lines): the feed per symbol, the steady frames (FrameLoadMeter),
    // the process's CPU time and peak RSS.
    private void WriteLoad(ScreenTelemetry telemetry)
    {
        var feeds = telemetry.FeedSinceAttach(out double seconds);
        foreach (var (symbol, messages, depth, resyncs) in feeds)
        {
            Log.Write(string.Create(CultureInfo.InvariantCulture,
                $"feed {symbol}: {messages} messages in {seconds:0.0} s, {messages / Math.Max(seconds, 1e-9):0.0}/s (depth {depth / Math.Max(seconds, 1e-9):0.0}/s), book snapshots loaded {resyncs}"));
        }
        if (telemetry.Load is { } load)
        {
            Log.Write(string.Create(CultureInfo.InvariantCulture,
                $"steady frames (from {load.SteadyAfter.TotalSeconds:0} s): {load.Frames} shown, {load.FramesDropped} dropped; render p50 {load.Render.Percentile(0.50):0.00} ms, p99 {load.Render.Percentile(0.99):0.00} ms, max {load.Render.MaxMilliseconds:0.00} ms; " +
                $"frame work (UI thread CPU) p50 {load.Work.Percentile(0.50):0.00} ms, p99 {load.Work.Percentile(0.99):0.00} ms, max {load.Work.MaxMilliseconds:0.00} ms"));
            Log.Write(string.Create(CultureInfo.InvariantCulture,
                $"steady frames, gaps end to end (wall): p50 {load.Gap.Percentile(0.50):0.00} ms, p99 {load.Gap.Percentile(0.99):0.00} ms, max {load.Gap.MaxMilliseconds:0.00} ms; refreshes without a new frame {load.RefreshesWithoutFrame} (upper bound; dropped above is the lower bound)"));
            Log.Write(string.Create(CultureInfo.InvariantCulture,
                $"steady frames allocating: {load.FramesAllocating} of {load.Frames}, {load.BytesAllocated} B in all, {(load.Frames > 0 ? load.BytesAllocated / (double)load.Frames : 0):0.0} B per frame, max {load.MaxBytesPerFrame} B"));
            Log.Write(string.Create(CultureInfo.InvariantCulture,
                $"steady frames, new data waiting for its frame: {load.SnapshotsApplied} snapshots and batches applied, wait p50 {load.SnapshotWait.Percentile(0.50):0.00} ms, p99 {load.SnapshotWait.Percentile(0.99):0.00} ms, max {load.SnapshotWait.MaxMilliseconds:0.00} ms; late (waited past 1.5 refreshes: a dropped frame) {load.SnapshotsLate}"));
        }
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        Log.Write(string.Create(CultureInfo.InvariantCulture,
            $"process: cpu user {process.UserProcessorTime.TotalSeconds:0.00} s, sys {process.PrivilegedProcessorTime.TotalSeconds:0.00} s, peak RSS {process.PeakWorkingSet64 / (1024.0 * 1024.0):0.0} MB, GC {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} (gen 0/1/2)"));
    }

    // OTEL_METRIC_EXPORT_INTERVAL (ms) is OpenTelemetry's standard variable for the OTLP push interval; anything but a
    // positive whole number leaves the default (10 s).
    private static TelemetryOptions WithExportInterval(TelemetryOptions options) =>
        int.TryParse(Environment.GetEnvironmentVariable("OTEL_METRIC_EXPORT_INTERVAL"), NumberStyles.None, CultureInfo.InvariantCulture, out int ms) && ms > 0
            ? new TelemetryOptions { MetricsPort = options.MetricsPort, OtlpEndpoint = options.OtlpEndpoint, OtlpExportInterval = TimeSpan.FromMilliseconds(ms) }
            : options;

    private int? ApplySandbox(ParseResult parsed)
    {
        // The files the command line asks for are written at exit: their directories stay writable.
        var extra = new List<string>();
        foreach (string option in (string[])["--screenshot", "--markup", "--live-markup"])
        {
            if (parsed.GetValue<string?>(option) is { } file && Path.GetDirectoryName(Path.GetFullPath(file)) is { } directory && !extra.Contains(directory))
                extra.Add(directory);
        }
        // A config directory named on the command line (--config-dir) is where the shell saves layout and settings.
        // It is created first (the shell fills it after the sandbox is on); one that cannot be made is the shell's to report.
        if (parsed.GetValue<string?>("--config-dir") is { } configDir && Path.GetFullPath(configDir) is var namedConfig && !extra.Contains(namedConfig))
        {
            try
            {
                Directory.CreateDirectory(namedConfig);
                extra.Add(namedConfig);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Log.Write($"sandbox: --config-dir {namedConfig} cannot be created ({e.Message}); it is not kept writable");
            }
        }
        try
        {
            SandboxResult result = LinuxSandbox.Apply(new SandboxOptions { ConfigDirectory = Directories.Config, LogDirectory = Directories.Logs, ExtraWritablePaths = extra });
            Log.Write(result.Summary);
        }
        catch (SandboxException e)
        {
            Print(e.Message + " (start with --no-sandbox to run without it)");
            Log.Write(e.Message);
            return EnvironmentExitCode;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The config and log directories are created before anything is applied: nothing is in force yet.
            string line = $"sandbox: cannot create the directories it keeps writable ({Directories.Config}, {Directories.Logs}): {e.Message} (set XDG_CONFIG_HOME / XDG_STATE_HOME, or start with --no-sandbox)";
            Print(line);
            Log.Write(line);
            return EnvironmentExitCode;
        }
        return null;
    }

    // Test-only (SKIA_TRADER_TEST_SANDBOX_PROBE): what the sandbox refuses, tried from the real process after the sandbox step.
    private void ProbeSandbox(string outside)
    {
        try
        {
            using Process? process = Process.Start(new ProcessStartInfo("/bin/true") { UseShellExecute = false });
            process?.WaitForExit();
            Log.Write("sandbox probe: exec /bin/true: ran");
        }
        catch (Win32Exception e)
        {
            Log.Write($"sandbox probe: exec /bin/true: refused, errno {e.NativeErrorCode}");
        }
        Log.Write("sandbox probe: write " + outside + ": " + TryWrite(outside));
        string inside = Path.Combine(Directories.Config, "sandbox-probe.txt");
        Log.Write("sandbox probe: write " + inside + ": " + TryWrite(inside));
    }

    private static string TryWrite(string path)
    {
        try
        {
            File.WriteAllText(path, "probe");
            return "written";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "refused (" + e.GetType().Name + ")";
        }
    }

    // Test-only (SKIA_TRADER_TEST_CRASH): an unhandled exception on the UI thread or a worker thread.
    private static void StartTestCrash(IAppWindow window)
    {
        if (Environment.GetEnvironmentVariable(CrashVariable) is not { Length: > 0 } crash) return;
        int colon = crash.IndexOf(':', StringComparison.Ordinal);
        string where = colon < 0 ? crash : crash[..colon];
        string message = colon < 0 ? "test crash (" + CrashVariable + ")" : crash[(colon + 1)..];
        if (where == "worker") new Thread(() => throw new InvalidOperationException(message)) { Name = "test-crash", IsBackground = true }.Start();
        else window.Dispatcher.Post(() => throw new InvalidOperationException(message));
    }

    private void OnUnhandledException(object sender, UnhandledExceptionEventArgs e)
    {
        if (Interlocked.Exchange(ref _crashing, 1) != 0) return;
        var exception = e.ExceptionObject as Exception ?? new InvalidOperationException("non-exception thrown: " + e.ExceptionObject);
        Log.Write("crash: " + exception.GetType().FullName + ": " + CrashReport.Redact(exception.Message));
        string? path = CrashReport.Write(exception, Directories.Logs, Log.LastLines(), out string? problem);
        Print("crashed (" + exception.GetType().Name + ": " + CrashReport.Redact(exception.Message) + "); "
            + (path is not null ? "crash report: " + path : problem));
        Console.Error.Flush();
        Log.Dispose();
        // Exit here so the runtime does not print the stack on the terminal (it is in the report) or abort with a core dump.
        Environment.Exit(CrashReport.ExitCode);
    }

    private void Print(string line) => Console.Error.WriteLine(_name + ": " + line.ReplaceLineEndings(" "));
}
