using System.Text;
using System.Text.Json;
using Skia.Trader.Ui.Shell;

namespace Skia.Trader.Ui.Tests.Shell;

/// <summary>terminal.json as a person writes it: read through the source-generated contract, checked, written back readable.</summary>
public sealed class TerminalConfigTests
{
    [Fact]
    public void A_hand_written_file_with_comments_and_a_trailing_comma_is_read()
    {
        const string json = """
            {
              // my settings
              "theme": "light",
              "language": "zh-CN",
              "hotkeys": { "orders.cancelAll": "Ctrl+Shift+X", },
              "confirmOrders": false,
            }
            """;
        TerminalConfig config = JsonSerializer.Deserialize(json, TerminalConfig.JsonTypeInfo)!;
        Assert.Null(TerminalConfig.Validate(config));
        Assert.Equal("light", config.Theme);
        Assert.Equal("zh-CN", config.Language);
        Assert.Equal("Ctrl+Shift+X", config.Hotkeys["orders.cancelAll"]);
        Assert.False(config.ConfirmOrders);
    }

    [Fact]
    public void A_misspelt_setting_is_refused_not_ignored()
    {
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("{ \"confirmOrder\": false }", TerminalConfig.JsonTypeInfo));
        Assert.Contains("confirmOrder", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"theme\": \"blue\" }", "\"theme\" is \"blue\"; write \"dark\" or \"light\"")]
    [InlineData("{ \"theme\": null }", "\"theme\" is null")]
    [InlineData("{ \"language\": \"english please\" }", "\"language\" is \"english please\", not a language code")]
    [InlineData("{ \"hotkeys\": null }", "\"hotkeys\" is null")]
    [InlineData("{ \"hotkeys\": { \"help\": null } }", "hotkey \"help\" is null")]
    public void Values_the_terminal_cannot_use_are_named(string json, string expected)
    {
        TerminalConfig config = JsonSerializer.Deserialize(json, TerminalConfig.JsonTypeInfo)!;
        Assert.Equal(expected, TerminalConfig.Validate(config)?[..expected.Length]);
    }

    [Fact]
    public void The_written_file_keeps_chords_and_chinese_as_typed()
    {
        var config = new TerminalConfig { Language = "zh-CN" };
        config.Hotkeys["order.marketBuy"] = "Ctrl+B";
        var text = Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(config, TerminalConfig.JsonTypeInfo));
        Assert.Contains("\"order.marketBuy\": \"Ctrl+B\"", text, StringComparison.Ordinal);
        Assert.Contains("\"confirmOrders\": false", text, StringComparison.Ordinal);
        Assert.Contains("\"theme\": \"dark\"", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("system", true)]
    [InlineData("en", true)]
    [InlineData("zh-CN", true)]
    [InlineData("zh-Hans", true)]
    [InlineData("zh_CN", false)]
    [InlineData("e", false)]
    [InlineData("../x", false)]
    public void Language_codes_are_checked_by_shape(string code, bool valid) => Assert.Equal(valid, TerminalConfig.IsLanguageCode(code));
}
