using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Skia.Toolkit.Settings;

/// <summary>
/// SettingsStore keeps one settings value of type <typeparamref name="T"/> in one JSON file, usually in
/// <see cref="ConfigDirectory.ForApp(string)"/>. It is NativeAOT-safe: the app passes the source-generated
/// <see cref="JsonTypeInfo{T}"/> from its own <c>JsonSerializerContext</c>.
/// <list type="bullet">
/// <item><see cref="Load"/> never throws for a bad file: a missing file gives the defaults; a corrupt, wrong-typed,
/// invalid, unreadable or oversized one is reported in <see cref="LastProblem"/> (and <see cref="ProblemFound"/>),
/// moved aside as <c>&lt;name&gt;.corrupt-&lt;timestamp&gt;</c> for the user, and replaced by the defaults.</item>
/// <item><see cref="Save"/> is atomic: it writes a hidden temporary file in the same directory, flushes it to the disk
/// and renames it over the file, so a crash leaves either the old file or the new one, never half of one; a temporary
/// file left by a crash is never read, and Load removes those of writers no longer running.</item>
/// <item><see cref="Watch(Action{Action})"/> (opt-in) reloads the file when it is edited outside the app: a valid edit is
/// applied (<see cref="Reloaded"/>), a broken one is reported and the last good value kept. Bursts of file events are
/// debounced by <see cref="ReloadDelay"/>, and the result is handed to the UI thread through the app's post callback.</item>
/// </list>
/// Value, LastProblem and the events belong to the UI thread (the thread that calls Load and Save and that the post
/// callback runs on).
/// </summary>
/// <typeparam name="T">The settings type, serialisable by the given type info.</typeparam>
public sealed class SettingsStore<T> : IDisposable
    where T : class
{
    /// <summary>DefaultMaxBytes is the largest settings file read by default: 1 MiB, far above any hand-written settings and small enough that a runaway file cannot stall start-up.</summary>
    public const int DefaultMaxBytes = 1 << 20;

    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    private readonly JsonTypeInfo<T> _typeInfo;
    private readonly Func<T> _defaults;
    private readonly Func<T, string?>? _validate;
    private readonly Lock _gate = new();

    // The bytes of the file as this store last loaded or wrote them; a file event whose file still holds these bytes
    // (our own save, a touch) is not a change.
    private byte[]? _knownBytes;
    private FileSystemWatcher? _watcher;
    private Timer? _debounce;
    private Action<Action>? _post;
    private bool _disposed;

    /// <summary>
    /// SettingsStore keeps settings in <paramref name="filePath"/>. <paramref name="defaults"/> makes a fresh default value
    /// (called whenever the file is missing or unusable); <paramref name="validate"/>, when given, returns null for a usable
    /// value or a sentence saying what is wrong with it (a loaded value failing it counts as a bad file).
    /// </summary>
    public SettingsStore(string filePath, JsonTypeInfo<T> typeInfo, Func<T> defaults, Func<T, string?>? validate = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(filePath);
        ArgumentNullException.ThrowIfNull(typeInfo);
        ArgumentNullException.ThrowIfNull(defaults);
        FilePath = Path.GetFullPath(filePath);
        _typeInfo = typeInfo;
        _defaults = defaults;
        _validate = validate;
        Value = defaults();
    }

    /// <summary>FilePath is the absolute path of the settings file.</summary>
    public string FilePath { get; }

    /// <summary>MaxBytes is the largest file that is read; a larger one is refused as a problem (default <see cref="DefaultMaxBytes"/>).</summary>
    public int MaxBytes { get; init; } = DefaultMaxBytes;

    /// <summary>ReloadDelay is how long the file must stay quiet after a change before it is reloaded, so an editor's several writes give one reload (default 100 ms, below a person's notice).</summary>
    public TimeSpan ReloadDelay { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>TimeProvider stamps the names of set-aside files (default: the system clock).</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Value is the settings in effect: the last good value loaded, saved or reloaded, or the defaults.</summary>
    public T Value { get; private set; }

    /// <summary>LastProblem is the most recent problem with the file, for the UI to show, or null when the last load, save or reload went well.</summary>
    public SettingsProblem? LastProblem { get; private set; }

    /// <summary>Reloaded is raised (on the thread the post callback runs on) after a valid external edit was applied to <see cref="Value"/>.</summary>
    public event EventHandler<SettingsChangedEventArgs<T>>? Reloaded;

    /// <summary>ProblemFound is raised whenever a load, save or reload meets a problem; the problem is also in <see cref="LastProblem"/>.</summary>
    public event EventHandler<SettingsProblemEventArgs>? ProblemFound;

    /// <summary>IsWatching tells whether external edits are being watched for.</summary>
    public bool IsWatching => _watcher != null;

    /// <summary>
    /// Load reads the file into <see cref="Value"/> and returns it. A missing file gives the defaults with no problem; an
    /// unusable file gives the defaults, a <see cref="LastProblem"/>, and is moved aside so the next save cannot destroy it.
    /// </summary>
    public T Load()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        RemoveTemporaryFilesOfDeadWriters();
        var outcome = Read(out var value, out var bytes, out var problem);
        if (outcome == ReadOutcome.Good)
        {
            lock (_gate) _knownBytes = bytes;
            Value = value!;
            LastProblem = null;
            return Value;
        }

        lock (_gate) _knownBytes = null;
        Value = _defaults();
        if (outcome == ReadOutcome.Missing)
        {
            LastProblem = null;
            return Value;
        }

        var aside = SetAside();
        Report(new SettingsProblem(FilePath, problem!, "the defaults are used", aside));
        return Value;
    }

    /// <summary>
    /// Save writes <paramref name="value"/> atomically and makes it the <see cref="Value"/>; it returns false, with the
    /// reason in <see cref="LastProblem"/>, when the file could not be written (the old file is then untouched).
    /// </summary>
    public bool Save(T value)
    {
        ArgumentNullException.ThrowIfNull(value);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(value, _typeInfo);
        var directory = Path.GetDirectoryName(FilePath)!;
        // Hidden, in the same directory (a rename is atomic only within one file system), unique per writer.
        var temporary = Path.Combine(directory, $".{Path.GetFileName(FilePath)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        byte[]? previous;
        lock (_gate)
        {
            previous = _knownBytes;
            _knownBytes = bytes; // set before the rename, so the watcher sees our own write as no change
        }

        try
        {
            Directory.CreateDirectory(directory);
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true); // fsync: the data is on the disk before the name points at it
            }

            File.Move(temporary, FilePath, overwrite: true); // rename(2): atomic replacement
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            lock (_gate) _knownBytes = previous;
            TryDelete(temporary);
            Report(new SettingsProblem(FilePath, $"could not be written ({e.Message})", "the previous file is unchanged"));
            return false;
        }

        Value = value;
        LastProblem = null;
        return true;
    }

    /// <summary>
    /// Watch starts reloading the file when it changes on disk. <paramref name="post"/> must run the action it is given
    /// on the UI thread (for example the app's dispatcher's post method); Value, LastProblem and the events change only there.
    /// </summary>
    public void Watch(Action<Action> post)
    {
        ArgumentNullException.ThrowIfNull(post);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_watcher != null) throw new InvalidOperationException($"{FilePath} is already being watched.");
        var directory = Path.GetDirectoryName(FilePath)!;
        Directory.CreateDirectory(directory);
        _post = post;
        _debounce = new Timer(static state => ((SettingsStore<T>)state!).ReloadAfterQuiet(), this, Timeout.Infinite, Timeout.Infinite);
        // The directory, not the file: editors and our own save replace the file by a rename, which a file filter can miss.
        var watcher = new FileSystemWatcher(directory)
        {
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
            IncludeSubdirectories = false,
        };
        watcher.Changed += OnFileEvent;
        watcher.Created += OnFileEvent;
        watcher.Renamed += OnFileEvent;
        watcher.Error += (_, _) => ScheduleReload(); // the event buffer overflowed: look at the file anyway
        watcher.EnableRaisingEvents = true;
        _watcher = watcher;
    }

    /// <summary>Watch starts reloading the file when it changes on disk, posting the results to <paramref name="uiContext"/>.</summary>
    public void Watch(SynchronizationContext uiContext)
    {
        ArgumentNullException.ThrowIfNull(uiContext);
        Watch(action => uiContext.Post(static state => ((Action)state!)(), action));
    }

    /// <summary>Dispose stops watching; the file is left as it is.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _watcher?.Dispose();
        _watcher = null;
        _debounce?.Dispose();
        _debounce = null;
    }

    /// <summary>
    /// ReloadFromDisk is the reload the watcher runs once the file is quiet: it reads the file on the calling thread and
    /// posts the outcome. A file that still holds the bytes last loaded or saved, or that is gone, changes nothing.
    /// </summary>
    internal void ReloadFromDisk(Action<Action> post)
    {
        var outcome = Read(out var value, out var bytes, out var problem);
        if (outcome == ReadOutcome.Missing) return; // deleted or mid-rename: keep what we have; the next save recreates it
        lock (_gate)
        {
            if (bytes != null && _knownBytes != null && bytes.AsSpan().SequenceEqual(_knownBytes)) return;
            if (bytes != null) _knownBytes = bytes; // the same broken content is reported once, not on every event
        }

        if (outcome == ReadOutcome.Good)
        {
            post(() =>
            {
                // A save made on the UI thread after this read and before this ran wins: it is newer than the edit.
                if (_disposed || !IsStillKnown(bytes)) return;
                Value = value!;
                LastProblem = null;
                Reloaded?.Invoke(this, new SettingsChangedEventArgs<T>(Value));
            });
        }
        else
        {
            var report = new SettingsProblem(FilePath, problem!, "the last good settings are kept");
            post(() =>
            {
                if (!_disposed) Report(report);
            });
        }
    }

    private bool IsStillKnown(byte[]? bytes)
    {
        lock (_gate) return ReferenceEquals(_knownBytes, bytes);
    }

    private void OnFileEvent(object sender, FileSystemEventArgs e)
    {
        if (string.Equals(e.FullPath, FilePath, StringComparison.Ordinal)) ScheduleReload();
    }

    private void ScheduleReload()
    {
        try
        {
            _debounce?.Change(ReloadDelay, Timeout.InfiniteTimeSpan);
        }
        catch (ObjectDisposedException)
        {
            // Disposed while the event was in flight.
        }
    }

    private void ReloadAfterQuiet()
    {
        var post = _post;
        if (post == null || _disposed) return;
        ReloadFromDisk(post);
    }

    private ReadOutcome Read(out T? value, out byte[]? bytes, out string? problem)
    {
        value = null;
        bytes = null;
        problem = null;
        try
        {
            using var stream = new FileStream(FilePath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            if (stream.Length > MaxBytes)
            {
                problem = $"is {stream.Length.ToString(CultureInfo.InvariantCulture)} bytes, more than the {MaxBytes.ToString(CultureInfo.InvariantCulture)} a settings file may have, and was not read";
                return ReadOutcome.Bad;
            }

            bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return ReadOutcome.Missing;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = $"could not be read ({e.Message})";
            return ReadOutcome.Bad;
        }

        ReadOnlySpan<byte> json = bytes;
        if (json.StartsWith(Utf8Bom)) json = json[Utf8Bom.Length..];
        try
        {
            value = JsonSerializer.Deserialize(json, _typeInfo);
        }
        catch (JsonException e)
        {
            problem = $"is not valid settings JSON ({Describe(e)})";
            return ReadOutcome.Bad;
        }
        catch (Exception e) when (e is NotSupportedException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // Converters report a value of the wrong kind with these (an enum name that does not exist, a number out of range).
            problem = $"holds a value the settings cannot take ({e.Message})";
            return ReadOutcome.Bad;
        }

        if (value == null)
        {
            problem = "holds null instead of settings";
            return ReadOutcome.Bad;
        }

        var invalid = _validate?.Invoke(value);
        if (invalid != null)
        {
            value = null;
            problem = $"holds invalid settings: {Printable(invalid)}";
            return ReadOutcome.Bad;
        }

        return ReadOutcome.Good;
    }

    // Printable is a validator's sentence as a problem reports it: a validator quoting the bad value ("theme" is "xxx...")
    // must not turn a runaway or binary value into a 300 KB line in the log and the toast. At most ReportedLength
    // characters and "...", control characters as '?'.
    private static string Printable(string text)
    {
        const int ReportedLength = 300;
        var shown = text.Length > ReportedLength ? text[..ReportedLength] + "..." : text;
        return string.Create(shown.Length, shown, static (span, s) =>
        {
            for (var i = 0; i < s.Length; i++) span[i] = char.IsControl(s[i]) || char.IsSurrogate(s[i]) ? '?' : s[i];
        });
    }

    // JsonException's message ends with "Path: $.x | LineNumber: 2 | BytePositionInLine: 5."; people count lines from 1.
    private static string Describe(JsonException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut > 0) message = message[..cut];
        var where = e.LineNumber is long line
            ? $" at line {(line + 1).ToString(CultureInfo.InvariantCulture)}, column {((e.BytePositionInLine ?? 0) + 1).ToString(CultureInfo.InvariantCulture)}"
            : string.Empty;
        var path = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? string.Empty : $" (at {e.Path})";
        return $"{message.TrimEnd('.')}{path}{where}";
    }

    // Moves an unusable file out of the way, so the user can look at it and the next save does not overwrite it.
    private string? SetAside()
    {
        var stamp = TimeProvider.GetUtcNow().UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var aside = attempt == 0 ? $"{FilePath}.corrupt-{stamp}" : $"{FilePath}.corrupt-{stamp}-{attempt.ToString(CultureInfo.InvariantCulture)}";
            if (File.Exists(aside)) continue;
            try
            {
                File.Move(FilePath, aside, overwrite: false);
                return aside;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                if (File.Exists(aside)) continue; // another process took the name first
                return null; // cannot move it (permissions): it stays where it is
            }
        }

        return null;
    }

    private void Report(SettingsProblem problem)
    {
        LastProblem = problem;
        ProblemFound?.Invoke(this, new SettingsProblemEventArgs(problem));
    }

    // A save that crashed between writing its temporary file and renaming it leaves ".<name>.<pid>.<id>.tmp" behind. It is
    // never read; this removes the ones whose process is gone, so crashes do not pile files up. A live writer's file is
    // left alone (on Linux /proc shows which processes live; elsewhere nothing is removed).
    private void RemoveTemporaryFilesOfDeadWriters()
    {
        if (!OperatingSystem.IsLinux()) return;
        var directory = Path.GetDirectoryName(FilePath)!;
        var prefix = $".{Path.GetFileName(FilePath)}.";
        string[] leftovers;
        try
        {
            leftovers = Directory.GetFiles(directory, prefix + "*.tmp");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;
        }

        foreach (var leftover in leftovers)
        {
            var middle = Path.GetFileName(leftover).AsSpan(prefix.Length);
            var dot = middle.IndexOf('.');
            if (dot <= 0 || !int.TryParse(middle[..dot], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)) continue;
            if (pid == Environment.ProcessId || Directory.Exists($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}")) continue;
            TryDelete(leftover);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: a leftover temporary file is never read.
        }
    }

    private enum ReadOutcome
    {
        Missing,
        Good,
        Bad,
    }
}
