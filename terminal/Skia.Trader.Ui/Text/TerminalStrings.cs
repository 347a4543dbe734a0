using Skia.Toolkit.Settings;

namespace Skia.Trader.Ui.Text;

/// <summary>
/// TerminalStrings holds every string the terminal's panels show, in English and Simplified Chinese, in one
/// <see cref="StringTable"/> (<see cref="Table"/>) that also carries the toolkit's own strings. Each panel keeps its
/// strings in its own part (TerminalStrings.&lt;Panel&gt;.cs: key, English, Chinese); keys are "panel.what".
/// The language is chosen at start (<see cref="Table"/>.Select) and may change at run time: the screen's panels re-read
/// their strings on the table's <c>Changed</c> (TerminalScreen.ApplyLanguage). English is the fallback for a missing key.
/// </summary>
public static partial class TerminalStrings
{
    private static readonly Lazy<StringTable> LazyTable = new(Create);

    /// <summary>Table is the terminal's string table (English selected until the app selects another language).</summary>
    public static StringTable Table => LazyTable.Value;

    /// <summary>Get is the string for <paramref name="key"/> in the selected language.</summary>
    /// <param name="key">A key of one of the parts, such as "ladder.title".</param>
    public static string Get(string key) => Table[key];

    /// <summary>All lists every (key, English, Chinese) entry of every part.</summary>
    public static IEnumerable<(string Key, string English, string Chinese)> All()
    {
        foreach (var part in Parts())
            foreach (var entry in part) yield return entry;
    }

    private static (string Key, string English, string Chinese)[][] Parts() => [Common, Ladder, Market, Orders, Shell, Production, Screen];

    private static StringTable Create()
    {
        var english = new Dictionary<string, string>(ToolkitStrings.EnglishStrings, StringComparer.Ordinal);
        var chinese = new Dictionary<string, string>(ToolkitStrings.SimplifiedChineseStrings, StringComparer.Ordinal);
        foreach (var (key, en, zh) in All())
        {
            english.Add(key, en); // a duplicate key across parts throws here (and in the test that lists them)
            chinese.Add(key, zh);
        }
        var table = new StringTable(english);
        table.AddLanguage(ToolkitStrings.SimplifiedChinese, chinese);
        return table;
    }
}
