using System.Globalization;
using System.Text.Json;

namespace Skia.Toolkit.Settings;

/// <summary>
/// StringTable holds an application's UI strings by key in English (always present, the fallback) and in other
/// languages added from dictionaries or JSON files (<c>{"key": "text", ...}</c>). <see cref="Select"/> picks the
/// language by code, <see cref="SelectSystemLanguage"/> by the user's locale. A key the selected language lacks is shown
/// in English and reported once through <see cref="MissingString"/>; a key English lacks is shown as the key itself.
/// <see cref="Format"/> never throws for a translation whose placeholders do not fit its arguments.
/// UI thread only.
/// </summary>
public sealed class StringTable
{
    /// <summary>English is the fallback language's code.</summary>
    public const string English = "en";

    private readonly Dictionary<string, Dictionary<string, string>> _languages = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<(string Language, string Key)> _reported = [];
    private Dictionary<string, string> _selected;

    /// <summary>StringTable creates a table whose English strings are <paramref name="english"/>; English is selected.</summary>
    public StringTable(IReadOnlyDictionary<string, string> english)
    {
        ArgumentNullException.ThrowIfNull(english);
        _selected = Copy(english);
        _languages.Add(English, _selected);
        Language = English;
    }

    /// <summary>Language is the code of the selected language.</summary>
    public string Language { get; private set; }

    /// <summary>Languages lists the codes of every language the table has, English first.</summary>
    public IReadOnlyList<string> Languages
    {
        get
        {
            var list = new List<string> { English };
            foreach (var code in _languages.Keys)
            {
                if (!string.Equals(code, English, StringComparison.OrdinalIgnoreCase)) list.Add(code);
            }

            return list;
        }
    }

    /// <summary>MissingString is raised the first time a key is looked up that the selected language (or English) lacks.</summary>
    public event EventHandler<MissingStringEventArgs>? MissingString;

    /// <summary>Changed is raised when the selected language or its strings changed, so the UI can re-read its labels.</summary>
    public event EventHandler? Changed;

    /// <summary>Item returns the string for <paramref name="key"/> in the selected language, else in English, else the key itself.</summary>
    public string this[string key] => Lookup(key);

    /// <summary>AddLanguage adds (or replaces, for hot reload) the strings of language <paramref name="code"/>; replacing English replaces the fallback.</summary>
    public void AddLanguage(string code, IReadOnlyDictionary<string, string> strings)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentNullException.ThrowIfNull(strings);
        var copy = Copy(strings);
        _languages[code] = copy;
        _reported.RemoveWhere(r => string.Equals(r.Language, code, StringComparison.OrdinalIgnoreCase));
        if (string.Equals(code, Language, StringComparison.OrdinalIgnoreCase))
        {
            _selected = copy;
            Changed?.Invoke(this, EventArgs.Empty);
        }
    }

    /// <summary>
    /// TryParseJson reads a flat JSON object of string keys to string texts (UTF-8); on failure it returns false with a
    /// sentence saying what is wrong and where, and <paramref name="strings"/> is null.
    /// </summary>
    public static bool TryParseJson(ReadOnlySpan<byte> utf8Json, out Dictionary<string, string>? strings, out string? error)
    {
        strings = null;
        error = null;
        if (utf8Json.StartsWith("\uFEFF"u8)) utf8Json = utf8Json[3..];
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return Fail(ref reader, "expected an object of \"key\": \"text\" pairs", out error);
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.EndObject)
                {
                    if (reader.Read()) return Fail(ref reader, "unexpected content after the object", out error);
                    strings = result;
                    return true;
                }

                var key = reader.GetString()!;
                if (!reader.Read() || reader.TokenType != JsonTokenType.String) return Fail(ref reader, $"the value of \"{key}\" is not a string", out error);
                if (!result.TryAdd(key, reader.GetString()!)) return Fail(ref reader, $"\"{key}\" appears twice", out error);
            }

            return Fail(ref reader, "the object is not closed", out error);
        }
        catch (JsonException e)
        {
            error = $"not valid JSON (line {((e.LineNumber ?? 0) + 1).ToString(CultureInfo.InvariantCulture)}): {e.Message}";
            return false;
        }
    }

    /// <summary>Select picks language <paramref name="code"/>: an exact match, else a language with the same primary subtag ("zh" finds "zh-CN"), else English; returns whether a match was found.</summary>
    public bool Select(string? code)
    {
        var found = Resolve(code);
        var chosen = found ?? English;
        if (string.Equals(chosen, Language, StringComparison.Ordinal)) return found != null;
        Language = chosen;
        _selected = _languages[chosen];
        Changed?.Invoke(this, EventArgs.Empty);
        return found != null;
    }

    /// <summary>SelectSystemLanguage selects the user's language (see <see cref="SystemLanguage.Detect()"/>), or English; returns the code selected.</summary>
    public string SelectSystemLanguage()
    {
        Select(SystemLanguage.Detect());
        return Language;
    }

    /// <summary>
    /// Format fills the string for <paramref name="key"/> with <paramref name="args"/> (composite format, invariant culture).
    /// A translation whose placeholders do not fit falls back to English, and an English template that does not fit is shown
    /// unfilled: a bad translation never takes the UI down.
    /// </summary>
    public string Format(string key, params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var template = Lookup(key);
        if (TryFormat(template, args, out var text)) return text;
        Report(Language, key);
        if (_languages[English].TryGetValue(key, out var english) && TryFormat(english, args, out text)) return text;
        return template;
    }

    /// <summary>MissingKeys lists the English keys that language <paramref name="code"/> lacks, sorted; a test asserts it is empty for each shipped language.</summary>
    public IReadOnlyList<string> MissingKeys(string code)
    {
        if (!_languages.TryGetValue(code, out var strings)) throw new ArgumentException($"The table has no language \"{code}\".", nameof(code));
        var missing = new List<string>();
        foreach (var key in _languages[English].Keys)
        {
            if (!strings.ContainsKey(key)) missing.Add(key);
        }

        missing.Sort(StringComparer.Ordinal);
        return missing;
    }

    private string? Resolve(string? code)
    {
        if (string.IsNullOrWhiteSpace(code)) return null;
        foreach (var known in _languages.Keys)
        {
            if (string.Equals(known, code, StringComparison.OrdinalIgnoreCase)) return known;
        }

        var primary = PrimarySubtag(code);
        foreach (var known in _languages.Keys)
        {
            if (string.Equals(PrimarySubtag(known), primary, StringComparison.OrdinalIgnoreCase)) return known;
        }

        return null;
    }

    private static string PrimarySubtag(string code)
    {
        var cut = code.IndexOfAny(['-', '_']);
        return cut < 0 ? code : code[..cut];
    }

    private string Lookup(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_selected.TryGetValue(key, out var text)) return text;
        if (!ReferenceEquals(_selected, _languages[English])) Report(Language, key);
        if (_languages[English].TryGetValue(key, out text)) return text;
        Report(English, key);
        return key;
    }

    private void Report(string language, string key)
    {
        if (_reported.Add((language, key))) MissingString?.Invoke(this, new MissingStringEventArgs(language, key));
    }

    private static bool TryFormat(string template, object?[] args, out string text)
    {
        try
        {
            text = string.Format(CultureInfo.InvariantCulture, template, args);
            return true;
        }
        catch (FormatException)
        {
            text = template;
            return false;
        }
    }

    private static bool Fail(ref Utf8JsonReader reader, string problem, out string error)
    {
        error = $"{problem} (at byte {reader.BytesConsumed.ToString(CultureInfo.InvariantCulture)})";
        return false;
    }

    private static Dictionary<string, string> Copy(IReadOnlyDictionary<string, string> strings)
    {
        var copy = new Dictionary<string, string>(strings.Count, StringComparer.Ordinal);
        foreach (var (key, value) in strings)
        {
            ArgumentNullException.ThrowIfNull(value, key);
            copy[key] = value;
        }

        return copy;
    }
}
