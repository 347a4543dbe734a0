using System.Text;

namespace Skia.Trader.Binance.Tests;

/// <summary>RecordedSession reads tests/data/binance-2021-10-12 (copied to the test output as data/): REST snapshots and stream frames.</summary>
internal static class RecordedSession
{
    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "data", "binance-2021-10-12");

    public static readonly string[] Symbols = ["NKNUSDT", "BLZETH", "LRCBTC", "RUNEEUR"];

    /// <summary>Frames returns every stream frame as received, in order (the URL line skipped).</summary>
    public static IReadOnlyList<string> Frames()
    {
        var frames = new List<string>();
        foreach (string line in File.ReadLines(Path.Combine(Directory, "streams.ws.txt")).Skip(1))
        {
            if (line.Length == 0) continue;
            int colon = line.IndexOf(": ", StringComparison.Ordinal);
            frames.Add(line[(colon + 2)..]);
        }
        return frames;
    }

    /// <summary>Snapshots returns each symbol's REST depth snapshot body, keyed by upper-case symbol.</summary>
    public static IReadOnlyDictionary<string, string> Snapshots()
    {
        var snapshots = new Dictionary<string, string>();
        foreach (string line in File.ReadLines(Path.Combine(Directory, "depth-snapshots.http.txt")))
        {
            if (line.Length == 0) continue;
            int symbolStart = line.IndexOf("symbol=", StringComparison.Ordinal) + 7;
            string symbol = line[symbolStart..line.IndexOf('&', symbolStart)];
            int body = line.IndexOf(": ", line.IndexOf(" -> ", StringComparison.Ordinal), StringComparison.Ordinal);
            snapshots[symbol] = line[(body + 2)..];
        }
        return snapshots;
    }

    public static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);
}
