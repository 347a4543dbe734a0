using Skia.Trader.Ui.Text;

namespace Skia.Trader.Ui.Tests.Model;

/// <summary>Tests that select a language of the shared <see cref="TerminalStrings.Table"/> run alone (no other test sees Chinese).</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LanguageCollection
{
    public const string Name = "Language";
}

[Collection(LanguageCollection.Name)]
public sealed class TerminalStringsTests
{
    [Fact]
    public void Every_key_is_unique_and_has_english_and_chinese_text()
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, english, chinese) in TerminalStrings.All())
        {
            Assert.True(keys.Add(key), "duplicate key " + key);
            Assert.False(string.IsNullOrWhiteSpace(english), key + " has no English text");
            Assert.False(string.IsNullOrWhiteSpace(chinese), key + " has no Chinese text");
        }
        Assert.Empty(TerminalStrings.Table.MissingKeys("zh-CN"));
    }

    [Fact]
    public void Chinese_is_selected_by_its_code_and_english_is_the_default()
    {
        var table = TerminalStrings.Table;
        Assert.Equal("connected", table["common.connected"]);
        Assert.True(table.Select("zh-CN"));
        try
        {
            Assert.Equal("已连接", table["common.connected"]);
        }
        finally
        {
            table.Select("en");
        }
    }
}

[Collection(LanguageCollection.Name)]
public sealed class OrderStringsTests
{
    [Fact]
    public void The_ticket_and_the_tabs_speak_chinese_when_it_is_selected()
    {
        var table = TerminalStrings.Table;
        Assert.True(table.Select("zh-CN"));
        try
        {
            var ticket = new Skia.Trader.Ui.Panels.TicketPanel();
            Assert.Equal("卖出", ticket.SideChoice.Items[1]);
            Assert.Equal("等待交易所", ticket.SubmitButton.Text);
            var history = new Skia.Trader.Ui.Panels.OrderHistoryPanel();
            Assert.Equal("历史委托（0）", history.Title.Text);
            Assert.Equal("时间", history.Orders.Columns[0].Header);
        }
        finally
        {
            table.Select("en");
        }
    }
}
