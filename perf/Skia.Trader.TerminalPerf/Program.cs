using System.Globalization;
using Skia.Trader.TerminalPerf;

// The terminal's in-process figures (perf/README.md, "Terminal"): `keys [--presses N]` measures keypress -> the frame
// that shows it, `hotkey [--orders N]` hotkey -> order bytes written to the socket (HotkeyRun). One JSON line per run on
// standard output; a mistake is one line on standard error and exit 64.
const string Usage = "usage: Skia.Trader.TerminalPerf keys [--presses N (default 1000)] | hotkey [--orders N (default 1000)]";
if (args is ["hotkey", ..]) return HotkeyRun.Run(args[1..]);
if (args.Length == 0 || args[0] != "keys")
{
    Console.Error.WriteLine($"error: name a mode. {Usage}");
    return 64;
}
int presses = 1000;
for (int i = 1; i < args.Length; i++)
{
    string? value = i + 1 < args.Length ? args[i + 1] : null;
    if (args[i] == "--presses" && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out presses) && presses is > 0 and <= 1_000_000)
    {
        i++;
        continue;
    }
    Console.Error.WriteLine($"error: bad option '{args[i]}'{(value is null ? "" : $" '{value}'")}. {Usage}");
    return 64;
}
return KeypressRun.Run(presses);
