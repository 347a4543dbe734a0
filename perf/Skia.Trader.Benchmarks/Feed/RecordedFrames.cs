using System.Text;

namespace Skia.Trader.Benchmarks.Feed;

/// <summary>
/// RecordedFrames loads the real 2021-10-12 Binance capture (tests/data/binance-2021-10-12) for the
/// feed and order-book suites. The capture holds diff-depth frames and REST snapshots but no
/// partial-depth (depth5) frames, so those are built from the first five levels of each real
/// snapshot, in the exact shape of a combined-stream depth5 frame.
/// </summary>
internal static class RecordedFrames
{
    /// <summary>ExecutionReport is the documented executionReport payload (BINANCE.md) in its WebSocket API event wrapper.</summary>
    public static readonly byte[] ExecutionReport = Encoding.UTF8.GetBytes(
        """{"subscriptionId":0,"event":{"e":"executionReport","E":1499405658658,"s":"ETHBTC","c":"mUvoqJxFIILMdfAW5iGSOW","S":"BUY","o":"LIMIT","f":"GTC","q":"1.00000000","p":"0.10264410","P":"0.00000000","F":"0.00000000","g":-1,"C":"","x":"NEW","X":"NEW","r":"NONE","i":4293153,"l":"0.00000000","z":"0.00000000","L":"0.00000000","n":"0","N":null,"T":1499405658657,"t":-1,"v":3,"I":8641984,"w":true,"m":false,"M":false,"O":1499405658657,"Z":"0.00000000","Y":"0.00000000","Q":"0.00000000","W":1499405658657,"V":"NONE"}}""");

    /// <summary>Symbols are the four symbols of the capture, in the order the parser's symbol table numbers them.</summary>
    public static readonly string[] Symbols = ["NKNUSDT", "BLZETH", "LRCBTC", "RUNEEUR"];

    /// <summary>DataFolder finds tests/data/binance-2021-10-12 by walking up from the running assembly to the repository root.</summary>
    public static string DataFolder
    {
        get
        {
            // BenchmarkDotNet runs a generated copy of this assembly deeper under bin/, so walk up rather than use a fixed path.
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Skia.Trader.sln")))
                    return Path.Combine(dir.FullName, "tests", "data", "binance-2021-10-12");
            }
            throw new DirectoryNotFoundException("Skia.Trader.sln not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>DiffDepth returns every depthUpdate frame of streams.ws.txt, exactly as received.</summary>
    public static byte[][] DiffDepth() =>
        File.ReadLines(Path.Combine(DataFolder, "streams.ws.txt"))
            .Skip(1)
            .Where(line => line.Contains(": ", StringComparison.Ordinal))
            .Select(line => line[(line.IndexOf(": ", StringComparison.Ordinal) + 2)..])
            .Where(frame => frame.Contains("\"depthUpdate\"", StringComparison.Ordinal))
            .Select(Encoding.UTF8.GetBytes)
            .ToArray();

    /// <summary>Snapshots returns the four REST depth snapshot bodies, keyed by upper-case symbol.</summary>
    public static Dictionary<string, byte[]> Snapshots() =>
        File.ReadLines(Path.Combine(DataFolder, "depth-snapshots.http.txt"))
            .Where(line => line.Contains("symbol=", StringComparison.Ordinal))
            .ToDictionary(
                line => line[(line.IndexOf("symbol=", StringComparison.Ordinal) + 7)..line.IndexOf('&', StringComparison.Ordinal)],
                line => Encoding.UTF8.GetBytes(line[(line.IndexOf(": ", StringComparison.Ordinal) + 2)..]));

    /// <summary>Depth5 returns one combined-stream depth5 frame per symbol, cut from the real snapshots' top five levels.</summary>
    public static byte[][] Depth5()
    {
        var frames = new List<byte[]>();
        foreach (var (symbol, body) in Snapshots())
        {
            using var doc = System.Text.Json.JsonDocument.Parse(body);
            var root = doc.RootElement;
            var sb = new StringBuilder();
            sb.Append("{\"stream\":\"").Append(symbol.ToLowerInvariant()).Append("@depth5@100ms\",\"data\":{\"lastUpdateId\":")
              .Append(root.GetProperty("lastUpdateId").GetInt64());
            foreach (var side in new[] { "bids", "asks" })
            {
                sb.Append(",\"").Append(side).Append("\":[");
                var levels = root.GetProperty(side).EnumerateArray().Take(5).ToArray();
                for (var i = 0; i < levels.Length; i++)
                {
                    if (i > 0) sb.Append(',');
                    sb.Append("[\"").Append(levels[i][0].GetString()).Append("\",\"").Append(levels[i][1].GetString()).Append("\"]");
                }
                sb.Append(']');
            }
            sb.Append("}}");
            frames.Add(Encoding.UTF8.GetBytes(sb.ToString()));
        }
        return frames.ToArray();
    }
}
