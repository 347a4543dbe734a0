namespace Skia.Toolkit.Settings;

/// <summary>
/// ToolkitStrings are the words the toolkit's own widgets show (dialog buttons, edit menu, the hotkey help overlay), in
/// English and Simplified Chinese. An app adds its own keys to the same table or keeps a table of its own.
/// </summary>
public static class ToolkitStrings
{
    /// <summary>SimplifiedChinese is the language code of the built-in Simplified Chinese strings.</summary>
    public const string SimplifiedChinese = "zh-CN";

    /// <summary>EnglishStrings are the toolkit's strings in English.</summary>
    public static IReadOnlyDictionary<string, string> EnglishStrings { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["dialog.ok"] = "OK",
        ["dialog.cancel"] = "Cancel",
        ["edit.cut"] = "Cut",
        ["edit.copy"] = "Copy",
        ["edit.paste"] = "Paste",
        ["edit.selectAll"] = "Select all",
        ["hotkeys.title"] = "Keyboard shortcuts",
        ["hotkeys.unbound"] = "not set",
        ["settings.problem"] = "Settings file {0}: {1}",
    };

    /// <summary>SimplifiedChineseStrings are the toolkit's strings in Simplified Chinese (zh-CN).</summary>
    public static IReadOnlyDictionary<string, string> SimplifiedChineseStrings { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["dialog.ok"] = "确定",
        ["dialog.cancel"] = "取消",
        ["edit.cut"] = "剪切",
        ["edit.copy"] = "复制",
        ["edit.paste"] = "粘贴",
        ["edit.selectAll"] = "全选",
        ["hotkeys.title"] = "键盘快捷键",
        ["hotkeys.unbound"] = "未设置",
        ["settings.problem"] = "设置文件 {0}：{1}",
    };

    /// <summary>CreateTable returns a new table with the toolkit's strings in English and Simplified Chinese, English selected.</summary>
    public static StringTable CreateTable()
    {
        var table = new StringTable(EnglishStrings);
        table.AddLanguage(SimplifiedChinese, SimplifiedChineseStrings);
        return table;
    }
}
