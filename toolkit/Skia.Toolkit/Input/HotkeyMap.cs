using System.Text.Json.Serialization.Metadata;
using Skia.Toolkit.Settings;

namespace Skia.Toolkit.Input;

/// <summary>
/// HotkeyMap names an application's keyboard actions ("market.buy") and the chord each is on (Ctrl+B). The app defines
/// the actions with their default chords; <see cref="Remap"/> applies the user's config (action name to chord text such as
/// "Ctrl+Shift+B"), reporting entries it cannot apply and chords claimed by two actions. <see cref="Actions"/> lists the
/// map for a help overlay, and <see cref="HotkeyMapRegistration"/> feeds it into a window's <see cref="HotkeyRegistry"/>.
/// Each action also says whether holding its chord fires it again on every auto-repeat (<see cref="Repeats"/>: ladder
/// scrolling, a grouping step) or only on the press (the default: anything that places an order must not be sprayed by
/// a held key); config text may change that with a word after the chord, <c>"Ctrl+B once"</c> or <c>"PageDown repeat"</c>.
/// UI thread only.
/// </summary>
public sealed class HotkeyMap
{
    /// <summary>UnboundText is the config text for "no chord" (an empty string means the same).</summary>
    public const string UnboundText = "none";

    /// <summary>RepeatWord, after a chord in config text ("PageDown repeat"), makes the action fire again on each auto-repeat of the held chord.</summary>
    public const string RepeatWord = "repeat";

    /// <summary>OnceWord, after a chord in config text ("Ctrl+B once"), makes the action fire on the press only, never on auto-repeat.</summary>
    public const string OnceWord = "once";

    private readonly List<Entry> _entries = [];
    private readonly Dictionary<string, Entry> _byName = new(StringComparer.Ordinal);

    /// <summary>ConfigJsonTypeInfo is the source-generated (NativeAOT-safe) JSON contract of the config text (<see cref="ToConfig"/>), for keeping it in a <see cref="SettingsStore{T}"/>.</summary>
    public static JsonTypeInfo<Dictionary<string, string>> ConfigJsonTypeInfo => SettingsJsonContext.Default.DictionaryStringString;

    /// <summary>Changed is raised after <see cref="Remap"/> or <see cref="ResetToDefaults"/> changed the chords.</summary>
    public event EventHandler? Changed;

    /// <summary>Actions lists every action in the order defined, with its current chord, for a help overlay or a settings page.</summary>
    public IReadOnlyList<HotkeyAction> Actions
    {
        get
        {
            var list = new List<HotkeyAction>(_entries.Count);
            foreach (var e in _entries) list.Add(new HotkeyAction(e.Name, e.Chord, e.DescriptionKey, e.FiresWhileEditing, e.Repeats));
            return list;
        }
    }

    /// <summary>
    /// Define adds an action with its default chord (null for none). <paramref name="repeats"/> lets each auto-repeat of
    /// the held chord fire it again; leave it false for anything that places an order or toggles. It throws for a
    /// duplicate name, a reserved chord (Tab, Escape) or a default chord already taken: defaults are the program's, so a
    /// clash there is a bug.
    /// </summary>
    public HotkeyMap Define(string name, Hotkey? chord, string descriptionKey, bool firesWhileEditing = false, bool repeats = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(descriptionKey);
        if (_byName.ContainsKey(name)) throw new ArgumentException($"Hotkey action \"{name}\" is already defined.", nameof(name));
        if (chord is Hotkey c)
        {
            if (IsReserved(c)) throw new ArgumentException($"{c} is reserved for focus and popups and cannot be a hotkey.", nameof(chord));
            var owner = ActionFor(c);
            if (owner != null) throw new ArgumentException($"{c} is already the default of \"{owner}\".", nameof(chord));
        }

        var entry = new Entry(name, chord, descriptionKey, firesWhileEditing, repeats);
        _entries.Add(entry);
        _byName.Add(name, entry);
        return this;
    }

    /// <summary>ChordOf returns the chord of action <paramref name="name"/>, or null when it has none; it throws for an unknown action.</summary>
    public Hotkey? ChordOf(string name) => Get(name).Chord;

    /// <summary>FiresWhileEditing tells whether action <paramref name="name"/> fires while a text box is being edited.</summary>
    public bool FiresWhileEditing(string name) => Get(name).FiresWhileEditing;

    /// <summary>Repeats tells whether action <paramref name="name"/> fires again on each auto-repeat of its held chord (by default or as the config says).</summary>
    public bool Repeats(string name) => Get(name).Repeats;

    /// <summary>ActionFor returns the name of the action on <paramref name="chord"/>, or null.</summary>
    public string? ActionFor(Hotkey chord)
    {
        foreach (var e in _entries)
        {
            if (e.Chord == chord) return e.Name;
        }

        return null;
    }

    /// <summary>
    /// Remap sets every action back to its default and then applies <paramref name="config"/> (action name to chord text;
    /// "none" or "" removes the chord; <see cref="RepeatWord"/> or <see cref="OnceWord"/> after the chord says whether a
    /// held chord fires again), so applying the same config again (a hot reload) gives the same map. Entries
    /// naming unknown actions, unreadable or reserved chords are skipped. When two actions end up on one chord, the one
    /// the config names keeps it (else the one defined first) and the other is left without a chord. Every such case is
    /// returned as a problem; an empty list means the config applied as written.
    /// </summary>
    public IReadOnlyList<HotkeyMapProblem> Remap(IReadOnlyDictionary<string, string> config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var problems = new List<HotkeyMapProblem>();
        foreach (var e in _entries) e.Reset();

        var names = new List<string>(config.Keys);
        names.Sort(StringComparer.Ordinal); // a stable order for the problems, whatever the dictionary's
        foreach (var name in names)
        {
            var text = config[name];
            if (!_byName.TryGetValue(name, out var entry))
            {
                problems.Add(new HotkeyMapProblem(name, $"There is no hotkey action \"{Shown(name)}\"; the entry is ignored."));
                continue;
            }

            if (string.IsNullOrWhiteSpace(text) || string.Equals(text.Trim(), UnboundText, StringComparison.OrdinalIgnoreCase))
            {
                entry.Chord = null;
                entry.FromConfig = true;
                continue;
            }

            var chordText = SplitRepeatWord(text, out var repeats);
            if (!Hotkey.TryParse(chordText, out var chord))
            {
                problems.Add(new HotkeyMapProblem(name, $"\"{Shown(text)}\" for \"{name}\" is not a key chord (write it like \"Ctrl+Shift+B\", optionally followed by \"{RepeatWord}\" or \"{OnceWord}\"); {Describe(entry.DefaultChord)} is kept."));
                continue;
            }

            if (IsReserved(chord))
            {
                problems.Add(new HotkeyMapProblem(name, $"{chord} for \"{name}\" is reserved for focus and popups; {Describe(entry.DefaultChord)} is kept."));
                continue;
            }

            entry.Chord = chord;
            entry.Repeats = repeats ?? entry.DefaultRepeats;
            entry.FromConfig = true;
        }

        ResolveConflicts(problems);
        Changed?.Invoke(this, EventArgs.Empty);
        return problems;
    }

    /// <summary>ResetToDefaults puts every action back on its default chord.</summary>
    public void ResetToDefaults()
    {
        foreach (var e in _entries) e.Reset();

        Changed?.Invoke(this, EventArgs.Empty);
    }

    /// <summary>
    /// ToConfig returns the map as config text, action name to chord text ("none" for no chord, with
    /// <see cref="RepeatWord"/> or <see cref="OnceWord"/> after a chord whose repeating differs from the action's default),
    /// which <see cref="Remap"/> reads back.
    /// </summary>
    public Dictionary<string, string> ToConfig()
    {
        var config = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in _entries)
        {
            if (e.Chord is not Hotkey chord) config[e.Name] = UnboundText;
            else if (e.Repeats == e.DefaultRepeats) config[e.Name] = chord.ToString();
            else config[e.Name] = chord + " " + (e.Repeats ? RepeatWord : OnceWord);
        }

        return config;
    }

    // Tab and Escape keep their focus and popup meanings (HotkeyRegistry refuses them too).
    private static bool IsReserved(Hotkey chord) => chord.Key is Key.Tab or Key.Escape or Key.Unknown;

    // SplitRepeatWord takes a trailing "repeat" or "once" off config text ("PageDown repeat"): the chord text, and what
    // the word says (null without one). A chord never has a space in it, so the word cannot be mistaken for a key.
    private static string SplitRepeatWord(string text, out bool? repeats)
    {
        var trimmed = text.Trim();
        var space = trimmed.LastIndexOf(' ');
        repeats = null;
        if (space < 0) return trimmed;
        var word = trimmed[(space + 1)..];
        if (string.Equals(word, RepeatWord, StringComparison.OrdinalIgnoreCase)) repeats = true;
        else if (string.Equals(word, OnceWord, StringComparison.OrdinalIgnoreCase)) repeats = false;
        else return trimmed;
        return trimmed[..space].TrimEnd();
    }

    // Shown is config text as a problem quotes it: control characters as '?' and at most ShownLength characters, so a
    // runaway or binary entry (half a megabyte of "AAA...", a NUL) is still one short line in a log and a toast.
    private static string Shown(string text)
    {
        const int ShownLength = 40;
        var shown = text.Length > ShownLength ? text[..ShownLength] + "..." : text;
        foreach (var c in shown)
        {
            if (char.IsControl(c) || char.IsSurrogate(c)) return string.Create(shown.Length, shown, static (span, s) =>
            {
                for (var i = 0; i < s.Length; i++) span[i] = char.IsControl(s[i]) || char.IsSurrogate(s[i]) ? '?' : s[i];
            });
        }

        return shown;
    }

    private static string Describe(Hotkey? chord) => chord is Hotkey c ? $"its default {c}" : "it stays without a chord";

    private void ResolveConflicts(List<HotkeyMapProblem> problems)
    {
        for (var i = 0; i < _entries.Count; i++)
        {
            var a = _entries[i];
            if (a.Chord is not Hotkey chord) continue;
            for (var j = i + 1; j < _entries.Count; j++)
            {
                var b = _entries[j];
                if (b.Chord != chord) continue;
                // The user's explicit choice wins over a default; between equals, the action defined first.
                var (keeper, loser) = b.FromConfig && !a.FromConfig ? (b, a) : (a, b);
                loser.Chord = null;
                problems.Add(new HotkeyMapProblem(loser.Name, $"{chord} is set for both \"{a.Name}\" and \"{b.Name}\"; \"{keeper.Name}\" keeps it and \"{loser.Name}\" has no hotkey."));
                if (ReferenceEquals(loser, a)) break;
            }
        }
    }

    private Entry Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _byName.TryGetValue(name, out var entry) ? entry : throw new ArgumentException($"There is no hotkey action \"{name}\".", nameof(name));
    }

    private sealed class Entry(string name, Hotkey? chord, string descriptionKey, bool firesWhileEditing, bool repeats)
    {
        public string Name { get; } = name;

        public Hotkey? DefaultChord { get; } = chord;

        public string DescriptionKey { get; } = descriptionKey;

        public bool FiresWhileEditing { get; } = firesWhileEditing;

        public bool DefaultRepeats { get; } = repeats;

        public Hotkey? Chord { get; set; } = chord;

        public bool Repeats { get; set; } = repeats;

        public bool FromConfig { get; set; }

        public void Reset()
        {
            Chord = DefaultChord;
            Repeats = DefaultRepeats;
            FromConfig = false;
        }
    }
}
