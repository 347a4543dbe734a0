using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Skia.Trader.Ui.Shell;

/// <summary>
/// TerminalConfig is the terminal's settings file, <c>terminal.json</c> in the config directory: the theme, the
/// language, the hotkey map (action name to chord, such as <c>"orders.cancelAll": "Ctrl+X"</c>) and whether orders are
/// confirmed before they are sent. A person edits it by hand; the running terminal applies an edit at once
/// (<see cref="TerminalShell"/>). Unknown members are refused, so a misspelt setting is reported, not silently ignored.
/// </summary>
public sealed class TerminalConfig
{
    /// <summary>DarkTheme is the value of <see cref="Theme"/> for the dark theme (the default).</summary>
    public const string DarkTheme = "dark";

    /// <summary>LightTheme is the value of <see cref="Theme"/> for the light theme.</summary>
    public const string LightTheme = "light";

    /// <summary>SystemLanguage is the value of <see cref="Language"/> that follows the system locale (the default).</summary>
    public const string SystemLanguage = "system";

    /// <summary>Theme is "dark" or "light".</summary>
    public string Theme { get; set; } = DarkTheme;

    /// <summary>Language is a language code such as "en" or "zh-CN", or "system" for the system locale.</summary>
    public string Language { get; set; } = SystemLanguage;

    /// <summary>Hotkeys maps hotkey action names to chords ("Ctrl+Shift+B", or "none"); actions not named keep their default.</summary>
    public Dictionary<string, string> Hotkeys { get; set; } = new(StringComparer.Ordinal);

    /// <summary>ConfirmOrders asks for a confirmation before an order is sent (the ticket's confirm dialog); off by default.</summary>
    public bool ConfirmOrders { get; set; }

    /// <summary>JsonTypeInfo is the source-generated (NativeAOT-safe) JSON contract of the file; it writes chords as typed ("Ctrl+B", not "Ctrl\u002BB").</summary>
    public static JsonTypeInfo<TerminalConfig> JsonTypeInfo => ShellJsonContext.Readable.TerminalConfig;

    /// <summary>Validate returns null for a usable config, or a sentence saying what is wrong (for the settings store).</summary>
    /// <param name="config">The config read from the file.</param>
    public static string? Validate(TerminalConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        if (config.Theme is null) return "\"theme\" is null; write \"dark\" or \"light\"";
        if (!IsTheme(config.Theme)) return $"\"theme\" is \"{config.Theme}\"; write \"dark\" or \"light\"";
        if (config.Language is null) return "\"language\" is null; write \"system\", \"en\" or \"zh-CN\"";
        if (!IsLanguageCode(config.Language)) return $"\"language\" is \"{config.Language}\", not a language code; write \"system\", \"en\" or \"zh-CN\"";
        if (config.Hotkeys is null) return "\"hotkeys\" is null; write an object such as {\"orders.cancelAll\": \"Ctrl+X\"}";
        foreach (var (name, chord) in config.Hotkeys)
        {
            if (chord is null) return $"hotkey \"{name}\" is null; write a chord such as \"Ctrl+B\", or \"none\"";
        }
        return null;
    }

    /// <summary>IsTheme tells whether <paramref name="name"/> names a theme ("dark" or "light").</summary>
    /// <param name="name">The theme's name.</param>
    public static bool IsTheme(string name) => name is DarkTheme or LightTheme;

    /// <summary>IsLanguageCode tells whether <paramref name="code"/> is "system" or reads as a language code ("en", "zh-CN").</summary>
    /// <param name="code">The code.</param>
    public static bool IsLanguageCode(string code)
    {
        if (code == SystemLanguage) return true;
        var parts = code.Split('-');
        if (parts.Length > 2 || parts[0].Length is < 2 or > 3 || !parts[0].All(char.IsAsciiLetter)) return false;
        return parts.Length == 1 || (parts[1].Length is >= 2 and <= 8 && parts[1].All(char.IsAsciiLetterOrDigit));
    }
}

/// <summary>ShellJsonContext is the source-generated JSON contract of the shell's files (no reflection, NativeAOT-safe).</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(TerminalConfig))]
internal sealed partial class ShellJsonContext : JsonSerializerContext
{
    /// <summary>Readable is the context with the attribute's options and an encoder that leaves '+' and non-ASCII text as written (the file is for people).</summary>
    public static ShellJsonContext Readable { get; } = new(new System.Text.Json.JsonSerializerOptions
    {
        WriteIndented = true,
        PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
