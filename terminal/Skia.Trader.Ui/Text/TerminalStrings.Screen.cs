namespace Skia.Trader.Ui.Text;

public static partial class TerminalStrings
{
    // The screen's own status-bar segments (frames per second, frame time p99, the backend) and its connection problem.
    private static readonly (string Key, string English, string Chinese)[] Screen =
    [
        ("status.fps", "FPS {0}", "帧率 {0}"),
        ("status.fps.none", "FPS -", "帧率 -"),
        ("status.p99", "frame p99 {0} ms", "帧耗时 p99 {0} 毫秒"),
        ("status.p99.none", "frame p99 -", "帧耗时 p99 -"),
        ("status.backend", "backend {0}", "渲染后端 {0}"),
        ("status.backend.none", "backend -", "渲染后端 -"),
        ("status.offline", "offline: {0}", "离线：{0}"),
    ];
}
