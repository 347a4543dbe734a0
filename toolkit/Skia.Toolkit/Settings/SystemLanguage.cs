using System.Globalization;

namespace Skia.Toolkit.Settings;

/// <summary>
/// SystemLanguage finds the user's interface language as a BCP 47 code such as "zh-CN". The repository runs with
/// InvariantGlobalization, so the POSIX locale variables are read directly, in their order of precedence (LC_ALL, then
/// LC_MESSAGES, then LANG); CultureInfo.CurrentUICulture is the last resort.
/// </summary>
public static class SystemLanguage
{
    /// <summary>Detect returns the user's language code, "en" for the C/POSIX locale, or null when nothing names one.</summary>
    public static string? Detect() => Detect(Environment.GetEnvironmentVariable);

    /// <summary>Detect reads the locale variables through <paramref name="environment"/> (for tests and tools).</summary>
    public static string? Detect(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        foreach (var variable in (ReadOnlySpan<string>)["LC_ALL", "LC_MESSAGES", "LANG"])
        {
            var value = environment(variable);
            if (string.IsNullOrEmpty(value)) continue;
            return FromPosixLocale(value); // the first one set decides, even when it cannot be read
        }

        var culture = CultureInfo.CurrentUICulture.Name;
        return string.IsNullOrEmpty(culture) ? null : culture;
    }

    /// <summary>FromPosixLocale turns a POSIX locale name such as "zh_CN.UTF-8@euro" into "zh-CN"; "C" and "POSIX" are "en"; an unreadable name gives null.</summary>
    public static string? FromPosixLocale(string locale)
    {
        ArgumentNullException.ThrowIfNull(locale);
        var name = locale;
        var cut = name.IndexOfAny(['.', '@']);
        if (cut >= 0) name = name[..cut];
        if (name is "C" or "POSIX") return "en";
        var parts = name.Split('_');
        if (parts.Length > 2 || parts[0].Length is < 2 or > 3 || !IsLetters(parts[0])) return null;
        if (parts.Length == 1) return parts[0].ToLowerInvariant();
        if (parts[1].Length == 0 || !IsLettersOrDigits(parts[1])) return null;
        return $"{parts[0].ToLowerInvariant()}-{parts[1].ToUpperInvariant()}";
    }

    private static bool IsLetters(string s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiLetter(c)) return false;
        }

        return true;
    }

    private static bool IsLettersOrDigits(string s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiLetterOrDigit(c)) return false;
        }

        return true;
    }
}
