using Skia.Toolkit.Core;
using Skia.Toolkit.Input;
using Skia.Toolkit.Settings;
using Skia.Toolkit.Theming;
using Skia.Toolkit.Widgets;
using Skia.Trader.Ui.Text;

namespace Skia.Trader.Ui.Shell;

/// <summary>
/// TerminalShell runs the terminal's files in the config directory and applies them to the running screen:
/// <list type="bullet">
/// <item><c>terminal.json</c> (<see cref="TerminalConfig"/>): theme, language, hotkey map, confirm-orders flag; written
/// with the defaults when missing (or set aside as corrupt), so a person finds every setting and hotkey name in it.</item>
/// <item><c>layout.json</c> (<see cref="LayoutState"/>): the share of every named split panel of the screen
/// (<see cref="SplitNames"/>), restored at start and saved atomically each time the user moves a divider.</item>
/// <item><c>strings.en.json</c>, <c>strings.zh-CN.json</c> (optional): UI strings laid over the shipped ones.</item>
/// </list>
/// A corrupt or unreadable file is reported in a toast (and <see cref="ProblemReported"/>) and replaced by the defaults,
/// kept aside for the user; never a crash. The files are watched: a valid edit is applied to the running terminal at the
/// next frame, a broken one is reported and the last good value kept. The hotkeys of the map fire whichever panel has
/// focus (not while a text box is being edited, except F1), and F1 lists them. UI thread only.
/// </summary>
public sealed class TerminalShell : IDisposable
{
    /// <summary>ConfigFileName is the settings file's name.</summary>
    public const string ConfigFileName = "terminal.json";

    /// <summary>LayoutFileName is the layout file's name.</summary>
    public const string LayoutFileName = "layout.json";

    /// <summary>SplitNames are the names of the screen's split panels that the layout saves and restores.</summary>
    public static readonly IReadOnlyList<string> SplitNames = ["main-split", "work-split", "center-split", "lower-split", "page-split"];

    /// <summary>ReloadDelay is how long a file must be quiet after an edit before it is read (an editor's several writes give one reload).</summary>
    public static readonly TimeSpan ReloadDelay = TimeSpan.FromMilliseconds(30);

    private static readonly string[] StringLanguages = [StringTable.English, ToolkitStrings.SimplifiedChinese];

    private PopupHost? _host;
    private readonly ShellStart _start;
    private readonly StringTable _strings;
    private readonly SettingsStore<TerminalConfig> _configStore;
    private readonly SettingsStore<LayoutState> _layoutStore;
    private readonly List<(string Language, SettingsStore<Dictionary<string, string>> Store)> _stringStores = [];
    private readonly List<(Label Label, string Key, object?[]? Args)> _localized = [];
    private readonly List<string> _problems = [];
    private HotkeyMapRegistration? _registration;
    private EventHandler? _escape;
    private UiRoot? _root;
    private string? _fileTheme;
    private string? _fileLanguage;
    private bool _disposed;
    private bool _loaded;

    /// <summary>Creates the shell over the files in <paramref name="configDirectory"/>; nothing is read before <see cref="Load"/>.</summary>
    /// <param name="configDirectory">The config directory (created when a file is first written).</param>
    /// <param name="start">The command line's theme and language, or null.</param>
    /// <param name="strings">The string table (default: <see cref="TerminalStrings.Table"/>).</param>
    public TerminalShell(string configDirectory, ShellStart? start = null, StringTable? strings = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(configDirectory);
        ConfigDirectory = Path.GetFullPath(configDirectory);
        _start = start ?? new ShellStart();
        _strings = strings ?? TerminalStrings.Table;
        Hotkeys = TerminalHotkeys.CreateMap();
        var configFile = Path.Combine(ConfigDirectory, ConfigFileName);
        _configStore = new SettingsStore<TerminalConfig>(configFile, TerminalConfig.JsonTypeInfo, () => new TerminalConfig(), TerminalConfig.Validate) { ReloadDelay = ReloadDelay };
        var layoutFile = Path.Combine(ConfigDirectory, LayoutFileName);
        _layoutStore = new SettingsStore<LayoutState>(layoutFile, LayoutState.JsonTypeInfo, () => new LayoutState(), LayoutState.Validate) { ReloadDelay = ReloadDelay };
        foreach (var language in StringLanguages)
        {
            var file = Path.Combine(ConfigDirectory, StringsFileName(language));
            var store = new SettingsStore<Dictionary<string, string>>(file, HotkeyMap.ConfigJsonTypeInfo, NoStrings, ValidateStrings) { ReloadDelay = ReloadDelay };
            _stringStores.Add((language, store));
        }
        Layout = new SplitLayout();
        Help = new HotkeyHelpOverlay(Hotkeys, _strings, Path.Combine(ConfigDirectory, ConfigFileName));
    }

    /// <summary>ConfigDirectory is the absolute path of the config directory.</summary>
    public string ConfigDirectory { get; }

    /// <summary>Config is the config in effect (the last good terminal.json, or the defaults).</summary>
    public TerminalConfig Config => _configStore.Value;

    /// <summary>Hotkeys is the hotkey map, remapped from the config.</summary>
    public HotkeyMap Hotkeys { get; }

    /// <summary>Layout binds the screen's split panels to the saved layout.</summary>
    public SplitLayout Layout { get; }

    /// <summary>Help is the hotkey list shown on F1.</summary>
    public HotkeyHelpOverlay Help { get; }

    /// <summary>Problems lists every problem reported so far (bad files, bad bindings), oldest first.</summary>
    public IReadOnlyList<string> Problems => _problems;

    /// <summary>ProblemReported is raised with each problem as it is shown in a toast (the program also writes it to its log).</summary>
    public event Action<string>? ProblemReported;

    /// <summary>ConfigApplied is raised after terminal.json was applied (at start and after each good edit).</summary>
    public event Action<TerminalConfig>? ConfigApplied;

    /// <summary>StringsFileName is the name of the strings file of <paramref name="language"/>: <c>strings.&lt;code&gt;.json</c>.</summary>
    /// <param name="language">The language code.</param>
    public static string StringsFileName(string language) => "strings." + language + ".json";

    /// <summary>
    /// Load reads the files and selects the language (the command line's, else the config's, else the system's) and the
    /// strings, so a screen built after it comes up in that language. Problems are reported at once through
    /// <see cref="ProblemReported"/> and shown as toasts once the shell is attached. Call it once, before <see cref="Attach"/>.
    /// </summary>
    public void Load()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_loaded) throw new InvalidOperationException("The shell's files are already loaded.");
        _loaded = true;
        foreach (var (language, store) in _stringStores)
        {
            store.ProblemFound += OnStoreProblem;
            store.Load();
            ApplyStrings(language, store.Value);
            store.Reloaded += (_, e) => ApplyStrings(language, e.Value);
        }
        _configStore.ProblemFound += OnStoreProblem;
        _layoutStore.ProblemFound += OnStoreProblem;
        TerminalConfig config = _configStore.Load();
        SelectLanguage(_start.Language ?? config.Language);
        _fileLanguage = config.Language;
        _layoutStore.Load();
    }

    /// <summary>
    /// Attach applies the loaded files to the screen in <paramref name="root"/>: theme, hotkeys (calling
    /// <paramref name="actions"/>), the layout of the named splits found under <paramref name="host"/>; shows the problems
    /// found so far as toasts and starts watching the files. <paramref name="post"/> runs an action on the UI thread (the
    /// window's dispatcher). Call it once, on the UI thread, with the host in the window.
    /// </summary>
    /// <param name="host">The screen's popup host (toasts, the help list), the window's content.</param>
    /// <param name="actions">What the hotkeys do.</param>
    /// <param name="root">The window's root.</param>
    /// <param name="post">Posts work to the UI thread.</param>
    public void Attach(PopupHost host, ITerminalActions actions, UiRoot root, Action<Action> post)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(actions);
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(post);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!_loaded) Load();
        if (_root is not null) throw new InvalidOperationException("The shell is already attached.");
        _root = root;
        _host = host;
        foreach (var problem in _problems) ShowToast(problem);
        _strings.Changed += OnStringsChanged;
        TerminalConfig config = _configStore.Value;
        _registration = new HotkeyMapRegistration(Hotkeys, root, TerminalHotkeys.Handlers(actions, () => Help.Toggle(host), Unavailable), key => _strings[key]);
        // Esc (reserved for focus and popups, so not in the remappable map): an Escape nothing took (no popup closed by it,
        // not the one that left a ticket box) clears the ticket, unless a text box elsewhere is being edited.
        _escape = (_, _) =>
        {
            if (root.FocusedWidget is not TextBox) actions.ClearTicket();
        };
        root.EscapePressed += _escape;
        ApplyConfig(config, atStart: true);
        if (!File.Exists(_configStore.FilePath))
        {
            // A first start (or one after a corrupt file was set aside) writes the defaults, every hotkey named, to edit.
            config.Hotkeys = Hotkeys.ToConfig();
            _configStore.Save(config);
        }
        _configStore.Reloaded += (_, e) => ApplyConfig(e.Value, atStart: false);

        Layout.Apply(_layoutStore.Value);
        foreach (var name in SplitNames)
        {
            if (Find(host, name) is SplitPanel panel) Layout.Bind(name, panel);
        }
        Layout.Changed += (_, _) => _layoutStore.Save(Layout.State);
        _layoutStore.Reloaded += (_, e) => Layout.Apply(e.Value);

        try
        {
            _configStore.Watch(post);
            _layoutStore.Watch(post);
            foreach (var (_, store) in _stringStores) store.Watch(post);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or PlatformNotSupportedException)
        {
            // A directory that cannot be made or watched (a read-only place, inotify limits): the terminal runs on the files as read.
            Report(_strings.Format("shell.watch.failed", ConfigDirectory, e.Message));
        }
    }

    /// <summary>Localize shows the string <paramref name="key"/> (formatted with <paramref name="args"/>) in <paramref name="label"/>, now and whenever the language or the strings change.</summary>
    /// <param name="label">The label.</param>
    /// <param name="key">The string key.</param>
    /// <param name="args">Format arguments, or none.</param>
    public void Localize(Label label, string key, params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(key);
        _localized.Add((label, key, args.Length == 0 ? null : args));
        label.Text = Text(key, args.Length == 0 ? null : args);
    }

    /// <summary>Report shows <paramref name="problem"/> in an error toast and raises <see cref="ProblemReported"/>.</summary>
    /// <param name="problem">One sentence for the user.</param>
    public void Report(string problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        _problems.Add(problem);
        if (_host is not null) ShowToast(problem);
        ProblemReported?.Invoke(problem);
    }

    private void ShowToast(string problem) => _host!.ShowToast(problem, ToastKind.Error, TimeSpan.FromSeconds(10));

    /// <summary>Dispose stops watching the files; they stay as they are.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _strings.Changed -= OnStringsChanged;
        _registration?.Dispose();
        if (_escape is not null && _root is not null) _root.EscapePressed -= _escape;
        _configStore.Dispose();
        _layoutStore.Dispose();
        foreach (var (_, store) in _stringStores) store.Dispose();
    }

    private void ApplyConfig(TerminalConfig config, bool atStart)
    {
        // The command line decides at start; an edit of the file later is the person's newer wish and applies.
        var theme = atStart ? _start.Theme ?? config.Theme : config.Theme != _fileTheme ? config.Theme : null;
        if (theme is not null) _root!.Theme = theme == TerminalConfig.LightTheme ? Theme.Light : Theme.Dark;
        if (!atStart && config.Language != _fileLanguage) SelectLanguage(config.Language);
        _fileTheme = config.Theme;
        _fileLanguage = config.Language;
        foreach (var problem in Hotkeys.Remap(config.Hotkeys)) Report(problem.Message);
        foreach (var problem in _registration!.Problems) Report(problem.Message);
        ConfigApplied?.Invoke(config);
    }

    private void SelectLanguage(string language)
    {
        if (language == TerminalConfig.SystemLanguage)
        {
            _strings.SelectSystemLanguage();
            return;
        }
        if (!_strings.Select(language)) Report(_strings.Format("shell.language.unknown", language));
    }

    private void ApplyStrings(string language, Dictionary<string, string> overrides)
    {
        var strings = TerminalStrings.BuiltIn(language);
        foreach (var (key, text) in overrides) strings[key] = text;
        _strings.AddLanguage(language, strings);
    }

    private static Dictionary<string, string> NoStrings() => new(StringComparer.Ordinal);

    private string? ValidateStrings(Dictionary<string, string> strings)
    {
        var known = TerminalStrings.BuiltIn(StringTable.English);
        foreach (var (key, text) in strings)
        {
            if (!known.ContainsKey(key)) return _strings.Format("shell.strings.unknownKey", key);
            if (text is null) return $"the text of \"{key}\" is null";
        }
        return null;
    }

    private void OnStringsChanged(object? sender, EventArgs e)
    {
        foreach (var (label, key, args) in _localized) label.Text = Text(key, args);
    }

    private string Text(string key, object?[]? args) => args is null ? _strings[key] : _strings.Format(key, args);

    private void OnStoreProblem(object? sender, SettingsProblemEventArgs e) => Report(e.Problem.ToString());

    private void Unavailable(string action) =>
        _host!.ShowToast(_strings.Format("shell.unavailable", _strings[TerminalHotkeys.DescriptionKey(action)]), ToastKind.Info);

    private static Widget? Find(Widget widget, string name)
    {
        if (widget.Name == name) return widget;
        foreach (var child in widget.Children)
        {
            if (Find(child, name) is { } found) return found;
        }
        return null;
    }
}
