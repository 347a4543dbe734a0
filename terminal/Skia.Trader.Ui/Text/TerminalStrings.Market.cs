namespace Skia.Trader.Ui.Text;

public static partial class TerminalStrings
{
    // The market panels: trade tape, chart, depth chart, header statistics and the watchlist.
    private static readonly (string Key, string English, string Chinese)[] Market =
    [
        ("tape.time", "Time", "时间"),
        ("tape.price", "Price", "价格"),
        ("tape.size", "Size", "数量"),
        ("chart.1s", "1s", "1秒"),
        ("chart.1m", "1m", "1分"),
        ("chart.5m", "5m", "5分"),
        ("chart.15m", "15m", "15分"),
        ("chart.1h", "1h", "1小时"),
        ("chart.1d", "1d", "1日"),
        ("chart.loading", "Loading history…", "正在加载历史…"),
        ("chart.no-history", "No history: ", "无历史数据："),
        ("depth.waiting", "Waiting for the book", "等待订单簿"),
        ("header.high", "24h High", "24小时最高"),
        ("header.low", "24h Low", "24小时最低"),
        ("header.volume", "24h Vol", "24小时成交量"),
        ("market.no-symbol-info", "the exchange sent no filters for this symbol", "交易所未提供该交易对的规则"),
    ];
}
