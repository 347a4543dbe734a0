using Skia.Trader.Ui.Text;

namespace Skia.Trader.Ui.Tests.Panels;

/// <summary>
/// Language selects a language of the shared <see cref="TerminalStrings.Table"/> for one test and English again after it
/// (tests that use it are in the <see cref="Model.LanguageCollection"/>, so no other test sees the change).
/// </summary>
internal static class Language
{
    /// <summary>Use selects <paramref name="language"/> ("en" or "zh-CN") until the returned scope is disposed.</summary>
    public static IDisposable Use(string language)
    {
        Assert.True(TerminalStrings.Table.Select(language), "no language " + language);
        return new English();
    }

    /// <summary>GoldenSuffix is "" for English (the goldens named before Chinese ones existed) and "_zh-CN" for Chinese.</summary>
    public static string GoldenSuffix(string language) => language == "en" ? "" : "_" + language;

    private sealed class English : IDisposable
    {
        public void Dispose() => TerminalStrings.Table.Select("en");
    }
}
