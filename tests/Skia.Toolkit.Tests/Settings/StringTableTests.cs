using System.Text;
using Skia.Toolkit.Settings;

namespace Skia.Toolkit.Tests.Settings;

public class StringTableTests
{
    [Fact]
    public void Every_English_toolkit_string_has_a_Simplified_Chinese_translation()
    {
        var table = ToolkitStrings.CreateTable();
        Assert.Empty(table.MissingKeys(ToolkitStrings.SimplifiedChinese));
    }

    [Fact]
    public void Selecting_a_language_by_code_or_by_its_primary_subtag()
    {
        var table = ToolkitStrings.CreateTable();
        Assert.Equal("OK", table["dialog.ok"]);
        Assert.True(table.Select("zh-cn"));
        Assert.Equal("确定", table["dialog.ok"]);
        Assert.Equal("zh-CN", table.Language);
        table.Select("en");
        Assert.True(table.Select("zh"));
        Assert.Equal("取消", table["dialog.cancel"]);
        Assert.False(table.Select("fr-FR"));
        Assert.Equal("en", table.Language);
        Assert.Equal("Cancel", table["dialog.cancel"]);
    }

    [Fact]
    public void A_missing_key_falls_back_to_English_and_is_reported_once()
    {
        var table = new StringTable(new Dictionary<string, string> { ["order.buy"] = "Buy", ["order.sell"] = "Sell" });
        table.AddLanguage("zh-CN", new Dictionary<string, string> { ["order.buy"] = "买入" });
        var reports = new List<(string, string)>();
        table.MissingString += (_, e) => reports.Add((e.Language, e.Key));
        table.Select("zh-CN");

        Assert.Equal("买入", table["order.buy"]);
        Assert.Equal("Sell", table["order.sell"]);
        Assert.Equal("Sell", table["order.sell"]);
        Assert.Equal("no.such.key", table["no.such.key"]);
        Assert.Equal("no.such.key", table["no.such.key"]);
        Assert.Equal([("zh-CN", "order.sell"), ("zh-CN", "no.such.key"), ("en", "no.such.key")], reports);
        Assert.Equal(["order.sell"], table.MissingKeys("zh-CN"));
    }

    [Fact]
    public void Format_survives_a_translation_whose_placeholders_do_not_fit()
    {
        var table = new StringTable(new Dictionary<string, string>
        {
            ["fill"] = "Filled {0} at {1}",
            ["broken"] = "Broken {1",
        });
        table.AddLanguage("zh-CN", new Dictionary<string, string> { ["fill"] = "以 {1} 成交 {2}", ["broken"] = "坏 {0}" });
        table.Select("zh-CN");
        Assert.Equal("Filled 0.5 at 101.25", table.Format("fill", 0.5m, 101.25m)); // {2} has no argument: English instead
        Assert.Equal("坏 x", table.Format("broken", "x"));
        table.Select("en");
        Assert.Equal("Broken {1", table.Format("broken", "x")); // English itself broken: shown unfilled, no exception
        Assert.Equal("Filled 1,000 at 2", table.Format("fill", "1,000", 2));
    }

    [Fact]
    public void A_language_is_read_from_a_json_file_and_replaced_on_reload()
    {
        var table = ToolkitStrings.CreateTable();
        var changed = 0;
        table.Changed += (_, _) => changed++;
        table.Select("zh-CN");
        Assert.True(StringTable.TryParseJson("{\"dialog.ok\": \"好\", // a comment\n \"dialog.cancel\": \"算了\",}"u8, out var strings, out var error), error);
        table.AddLanguage("zh-CN", strings!);
        Assert.Equal("好", table["dialog.ok"]);
        Assert.Equal(2, changed);
    }

    [Theory]
    [InlineData("[\"a\"]", "expected an object")]
    [InlineData("{\"a\": 1}", "the value of \"a\" is not a string")]
    [InlineData("{\"a\": \"x\", \"a\": \"y\"}", "\"a\" appears twice")]
    [InlineData("{\"a\": \"x\"", "not valid JSON")]
    [InlineData("{\"a\": \"x\"} {}", "not valid JSON")]
    public void A_broken_strings_file_is_refused_with_the_reason(string json, string reason)
    {
        Assert.False(StringTable.TryParseJson(Encoding.UTF8.GetBytes(json), out var strings, out var error));
        Assert.Null(strings);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh_CN.UTF-8", null, "en_US.UTF-8", "zh-CN")]
    [InlineData(null, "zh_CN.UTF-8", "en_US.UTF-8", "zh-CN")]
    [InlineData(null, null, "zh_CN.GB18030", "zh-CN")]
    [InlineData("C", null, "zh_CN.UTF-8", "en")]
    [InlineData(null, null, "de_DE@euro", "de-DE")]
    [InlineData(null, null, "POSIX", "en")]
    [InlineData(null, null, "x", null)]
    public void The_system_language_follows_POSIX_precedence(string? lcAll, string? lcMessages, string? lang, string? expected)
    {
        var env = new Dictionary<string, string?> { ["LC_ALL"] = lcAll, ["LC_MESSAGES"] = lcMessages, ["LANG"] = lang };
        Assert.Equal(expected, SystemLanguage.Detect(name => env.GetValueOrDefault(name)));
    }
}
