namespace Skia.Trader.Ui.Text;

public static partial class TerminalStrings
{
    private static readonly (string Key, string English, string Chinese)[] Market =
    [
    ];
}
