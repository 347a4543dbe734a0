using System.CommandLine;
using Skia.Toolkit.Hosting;

namespace Skia.Trader.Terminal;

/// <summary>
/// LiveMarkup keeps a file up to date with what the screen shows, as the widget tree's markup
/// (<c>UiRoot.ToMarkup</c>), while the terminal runs: <c>--live-markup FILE</c>. Scripts and the end-to-end tests read
/// it to find where a widget is (bounds in parent coordinates) and what it says (open orders, connection state)
/// without pixels. It is rewritten at most every <see cref="Interval"/> and only after new frames, by writing a
/// temporary file and renaming it over FILE, so a reader never sees half a tree.
/// </summary>
internal sealed class LiveMarkup : IDisposable
{
    /// <summary>Interval is how often the file may be rewritten: faster than a person reads, slow enough to cost nothing noticeable.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(30);

    private Timer? _timer;
    private string? _path;
    private string? _written;
    private long _framesWritten = -1;

    /// <summary>Adds <c>--live-markup FILE</c> to <paramref name="command"/>.</summary>
    /// <param name="command">The app's command line.</param>
    public LiveMarkup(RootCommand command)
    {
        Option = new Option<string?>("--live-markup")
        {
            Description = "Keep FILE up to date with the widget tree as markup while running (rewritten atomically after frames), for scripts and tests.",
            HelpName = "FILE",
        };
        Option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } path && Problem(path) is { } problem) r.AddError($"--live-markup {path}: cannot write there: {problem}");
        });
        command.Options.Add(Option);
    }

    /// <summary>Option is <c>--live-markup FILE</c>.</summary>
    public Option<string?> Option { get; }

    /// <summary>Start begins rewriting the file when <c>--live-markup</c> was given; call it on the UI thread once the window is open.</summary>
    /// <param name="window">The window whose tree is written.</param>
    /// <param name="parsed">The parsed command line.</param>
    public void Start(IAppWindow window, ParseResult parsed)
    {
        if (parsed.GetValue(Option) is not { } path) return;
        _path = Path.GetFullPath(path);
        // The timer only wakes the UI thread; the tree is read there, between frames.
        _timer = new Timer(_ => window.Dispatcher.Post(() => Write(window)), null, TimeSpan.Zero, Interval);
    }

    /// <summary>Dispose stops rewriting (the file keeps its last content).</summary>
    public void Dispose() => _timer?.Dispose();

    private void Write(IAppWindow window)
    {
        if (_path is null || window.IsClosed) return;
        var frames = window.Clock.Statistics.FramesShown;
        if (frames == 0 || frames == _framesWritten) return; // nothing (new) was drawn, so nothing new is shown
        _framesWritten = frames;
        var text = window.Root.ToMarkup();
        if (text == _written) return;
        var temporary = _path + ".tmp";
        try
        {
            File.WriteAllText(temporary, text);
            File.Move(temporary, _path, overwrite: true);
            _written = text;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The next frame tries again; the run itself must not stop because a reader's file went away.
        }
    }

    private static string? Problem(string path)
    {
        if (string.IsNullOrWhiteSpace(path)) return "the path is empty";
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        return directory is not null && !Directory.Exists(directory) ? "the folder does not exist" : null;
    }
}
