namespace Skia.Trader.Ui.Text;

public static partial class TerminalStrings
{
    private static readonly (string Key, string English, string Chinese)[] Ladder =
    [
        ("ladder.title", "Order book", "订单簿"),
        ("ladder.connecting", "Order book: connecting", "订单簿：正在连接"),
        ("ladder.offline", "Order book: offline", "订单簿：离线"),
        ("ladder.orders", "Orders", "委托"),
        ("ladder.ahead", "Ahead", "排队"),
        ("ladder.bid", "Bid", "买量"),
        ("ladder.price", "Price", "价格"),
        ("ladder.ask", "Ask", "卖量"),
        ("ladder.last", "Last", "成交"),
        ("ladder.spread", "Spread", "价差"),
        ("ladder.mid", "Mid", "中间价"),
        ("ladder.ticks", "ticks", "跳"),
        ("ladder.centre", "Centre", "居中"),
        ("ladder.centreUp", "Centre ▲", "居中 ▲"),
        ("ladder.centreDown", "Centre ▼", "居中 ▼"),
        ("ladder.grouping", "Group", "合并"),
        ("ladder.oneClick", "One-click", "一键下单"),
        ("ladder.oneClickOn", "ONE-CLICK TRADING ON: a click on Bid/Ask places a limit order", "一键下单已开启：点击买量/卖量即下限价单"),
        ("ladder.oneClickNoQuantity", "One-click: enter a quantity in the ticket first.", "一键下单：请先在下单面板输入数量。"),
    ];
}
