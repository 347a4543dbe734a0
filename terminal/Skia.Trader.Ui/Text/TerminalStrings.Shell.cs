namespace Skia.Trader.Ui.Text;

public static partial class TerminalStrings
{
    private static readonly (string Key, string English, string Chinese)[] Shell =
    [
        ("shell.hotkey.ticket.buySide", "Ticket: buy side", "下单：买入方向"),
        ("shell.hotkey.ticket.sellSide", "Ticket: sell side", "下单：卖出方向"),
        ("shell.hotkey.ticket.preset25", "Quantity 25 % of the balance", "数量为余额的 25%"),
        ("shell.hotkey.ticket.preset50", "Quantity 50 % of the balance", "数量为余额的 50%"),
        ("shell.hotkey.ticket.preset75", "Quantity 75 % of the balance", "数量为余额的 75%"),
        ("shell.hotkey.ticket.preset100", "Quantity 100 % of the balance", "数量为余额的 100%"),
        ("shell.hotkey.order.marketBuy", "Market buy at the preset size", "按预设数量市价买入"),
        ("shell.hotkey.order.marketSell", "Market sell at the preset size", "按预设数量市价卖出"),
        ("shell.hotkey.orders.cancelAll", "Cancel all orders of the symbol", "撤销该交易对的全部订单"),
        ("shell.hotkey.ladder.center", "Centre the ladder", "价格阶梯居中"),
        ("shell.hotkey.ladder.groupingUp", "Coarser price grouping", "放大价格合并档位"),
        ("shell.hotkey.ladder.groupingDown", "Finer price grouping", "缩小价格合并档位"),
        ("shell.hotkey.symbol.switch", "Switch symbol", "切换交易对"),
        ("shell.hotkey.help", "Show or hide this list", "显示或隐藏此列表"),
        ("shell.help.close", "F1 or Esc closes this list; remap keys in {0}", "按 F1 或 Esc 关闭；可在 {0} 中修改按键"),
        ("shell.unavailable", "{0}: not available now", "{0}：当前不可用"),
        ("shell.notConnected", "not connected to the exchange yet", "尚未连接交易所"),
        ("shell.cancelAll.none", "No open orders on {0}", "{0} 没有挂单"),
        ("shell.cancelAll.sent", "Cancelling every open order on {0}", "正在撤销 {0} 的全部挂单"),
        ("shell.cancelAll.failed", "Cancel all on {0}: {1}", "撤销 {0} 全部挂单：{1}"),
        ("shell.live", "LIVE", "实盘"),
        ("shell.marketDataOnly", "market data only: no API key", "仅行情：未提供 API 密钥"),
        ("shell.applied", "Applied {0}", "已应用 {0}"),
        ("shell.language.unknown", "Language \"{0}\" is not available; English is shown", "没有语言“{0}”；显示英文"),
        ("shell.strings.unknownKey", "\"{0}\" is not a string of the terminal", "“{0}”不是终端的字符串"),
        ("shell.watch.failed", "Config directory {0} cannot be watched ({1}); edits apply at the next start", "无法监视配置目录 {0}（{1}）；修改将在下次启动时生效"),
        ("shell.symbol.unknown", "the exchange at {0} does not list {1}: check --symbols", "交易所 {0} 没有 {1}：请检查 --symbols"),
    ];

    /// <summary>
    /// BuiltIn returns the shipped strings of <paramref name="language"/> ("en" or "zh-CN"), the toolkit's included, as a
    /// new dictionary: the base a strings file in the config directory is laid over (<c>strings.&lt;code&gt;.json</c>).
    /// </summary>
    /// <param name="language">"en" or "zh-CN".</param>
    public static Dictionary<string, string> BuiltIn(string language)
    {
        var chinese = string.Equals(language, Skia.Toolkit.Settings.ToolkitStrings.SimplifiedChinese, StringComparison.OrdinalIgnoreCase);
        var strings = new Dictionary<string, string>(chinese ? Skia.Toolkit.Settings.ToolkitStrings.SimplifiedChineseStrings : Skia.Toolkit.Settings.ToolkitStrings.EnglishStrings, StringComparer.Ordinal);
        foreach (var (key, en, zh) in All()) strings[key] = chinese ? zh : en;
        return strings;
    }
}
