using System.Globalization;

namespace Skia.Trader.Tap;

/// <summary>TapOptions are the tap's command-line arguments.</summary>
internal sealed record TapOptions(string Endpoint, IReadOnlyList<string> Symbols, int Depth, double Seconds)
{
    /// <summary>Usage is the help text printed for bad arguments.</summary>
    public const string Usage =
        "usage: Skia.Trader.Tap --endpoint URL|binance|binance-testnet --symbols a,b [--depth N] [--seconds S]\n" +
        "  prints one JSON line per symbol per second (update id, best bid/ask, level counts)\n" +
        "  and, at the end, one line per symbol with the top N levels of each side.";

    /// <summary>TryParse reads the arguments; on failure <paramref name="error"/> says what is wrong.</summary>
    public static bool TryParse(string[] args, out TapOptions? options, out string? error)
    {
        options = null;
        error = null;
        string? endpoint = null, symbols = null;
        int depth = 10;
        double seconds = 0;
        for (int i = 0; i < args.Length; i++)
        {
            string name = args[i];
            if (name is "-h" or "--help") { error = ""; return false; }
            if (i + 1 >= args.Length) { error = $"{name} needs a value"; return false; }
            string value = args[++i];
            switch (name)
            {
                case "--endpoint": endpoint = value; break;
                case "--symbols": symbols = value; break;
                case "--depth":
                    if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out depth) || depth is < 1 or > 5000)
                    { error = "--depth must be 1..5000"; return false; }
                    break;
                case "--seconds":
                    if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out seconds) || seconds < 0)
                    { error = "--seconds must be a non-negative number"; return false; }
                    break;
                default: error = $"unknown argument {name}"; return false;
            }
        }
        if (endpoint is null) { error = "--endpoint is required"; return false; }
        if (string.IsNullOrWhiteSpace(symbols)) { error = "--symbols is required"; return false; }
        string[] list = symbols.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        options = new TapOptions(endpoint, list, depth, seconds);
        return true;
    }
}
