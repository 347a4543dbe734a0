namespace Skia.Trader.Ui.Text;

public static partial class TerminalStrings
{
    private static readonly (string Key, string English, string Chinese)[] Production =
    [
        ("production.data_age", "data age p99 {0} ms", "数据延迟 p99 {0} 毫秒"),
        ("production.data_age.none", "data age -", "数据延迟 -"),
        ("production.feed", "feed {0} msg/s", "行情 {0} 条/秒"),
        ("production.feed.none", "feed -", "行情 -"),
        ("production.last_order", "last order {0} ms", "上笔订单 {0} 毫秒"),
        ("production.last_order.none", "last order -", "上笔订单 -"),
    ];
}
