using System.Globalization;
using System.Text;

namespace Skia.Trader.Terminal.Production;

/// <summary>
/// TerminalLog is the terminal's log: one line per event (start, telemetry, sandbox, exit figures) appended to
/// <c>skia-trader.log</c> in the log directory, and the last <see cref="KeptLines"/> lines kept in memory for a crash
/// report. The file is opened at start, before the sandbox (an open file stays writable under Landlock). When the
/// directory cannot be written the log keeps its lines in memory only and <see cref="Problem"/> says why.
/// Thread-safe. Never give it a secret.
/// </summary>
internal sealed class TerminalLog : IDisposable
{
    /// <summary>KeptLines is how many of the last lines a crash report gets.</summary>
    public const int KeptLines = 100;

    /// <summary>FileName is the log file's name in the log directory.</summary>
    public const string FileName = "skia-trader.log";

    private readonly object _gate = new();
    private readonly string[] _recent = new string[KeptLines];
    private long _written;
    private StreamWriter? _file;

    private TerminalLog(StreamWriter? file, string? path, string? problem)
    {
        _file = file;
        FilePath = path;
        Problem = problem;
    }

    /// <summary>FilePath is the log file, or null when it could not be opened.</summary>
    public string? FilePath { get; }

    /// <summary>Problem says why there is no log file (one line), or null.</summary>
    public string? Problem { get; }

    /// <summary>Open creates <paramref name="directory"/> if needed and opens the log file in it for appending.</summary>
    public static TerminalLog Open(string directory)
    {
        string path = Path.Combine(directory, FileName);
        try
        {
            Directory.CreateDirectory(directory);
            var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
            return new TerminalLog(new StreamWriter(stream, new UTF8Encoding(false)) { AutoFlush = true }, path, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return new TerminalLog(null, null, $"cannot write the log {path}: {e.Message}");
        }
    }

    /// <summary>Write appends one line (line breaks become spaces), stamped with the UTC time and the process id.</summary>
    public void Write(string line)
    {
        string stamped = DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)
            + " [" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "] " + line.ReplaceLineEndings(" ");
        lock (_gate)
        {
            _recent[_written % KeptLines] = stamped;
            _written++;
            try
            {
                _file?.WriteLine(stamped);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ObjectDisposedException)
            {
                _file = null; // a full disk must not take the terminal down; the lines stay in memory
            }
        }
    }

    /// <summary>LastLines are the last lines written (at most <see cref="KeptLines"/>), oldest first.</summary>
    public IReadOnlyList<string> LastLines()
    {
        lock (_gate)
        {
            long count = Math.Min(_written, KeptLines);
            var lines = new string[count];
            for (long i = 0; i < count; i++) lines[i] = _recent[(_written - count + i) % KeptLines];
            return lines;
        }
    }

    /// <summary>Dispose closes the file.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _file?.Dispose();
            _file = null;
        }
    }
}
