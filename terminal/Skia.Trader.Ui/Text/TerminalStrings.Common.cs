namespace Skia.Trader.Ui.Text;

public static partial class TerminalStrings
{
    private static readonly (string Key, string English, string Chinese)[] Common =
    [
        ("common.connecting", "connecting", "正在连接"),
        ("common.connected", "connected", "已连接"),
        ("common.reconnecting", "reconnecting", "正在重连"),
        ("common.resyncing", "resyncing", "正在同步"),
        ("common.offline", "offline", "离线"),
        ("common.buy", "BUY", "买入"),
        ("common.sell", "SELL", "卖出"),
        ("common.reconnected_changed", "Reconnected. Changed while offline:", "已重新连接。离线期间的变化："),
        ("common.reconnected_nothing_changed", "Reconnected. Nothing changed while offline.", "已重新连接。离线期间没有变化。"),
    ];
}
