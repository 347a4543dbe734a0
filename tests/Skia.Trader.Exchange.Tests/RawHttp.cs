using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Skia.Trader.Exchange.Tests;

/// <summary>
/// RawHttp speaks HTTP/1.1 over a bare TCP socket, for requests HttpClient will not send (a
/// malformed request line, a foreign Host, a body announced but never sent) and for reading
/// exactly what the exchange answers, byte for byte.
/// </summary>
internal static class RawHttp
{
    /// <summary>Response is a parsed answer: status, headers (lower-case names) and body text.</summary>
    public sealed record Response(int Status, Dictionary<string, string> Headers, string Body)
    {
        public JsonElement Json => JsonDocument.Parse(Body).RootElement.Clone();
    }

    /// <summary>ExchangeAsync sends <paramref name="request"/> and reads one response (head, then Content-Length bytes of body).</summary>
    public static async Task<Response> ExchangeAsync(Uri server, string request, bool headOnly = false)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port);
        NetworkStream stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        return await ReadResponseAsync(stream, headOnly);
    }

    /// <summary>ReadResponseAsync reads one response from an open connection; a deadline makes a server that never answers fail the test instead of hanging it.</summary>
    public static async Task<Response> ReadResponseAsync(Stream stream, bool headOnly = false)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30)); // liveness, not timing
        var bytes = new List<byte>();
        var one = new byte[1];
        while (!EndsWithBlankLine(bytes))
        {
            if (await stream.ReadAsync(one, deadline.Token) == 0)
                throw new IOException("connection closed before the response head ended: " + Encoding.ASCII.GetString(bytes.ToArray()));
            bytes.Add(one[0]);
        }
        string[] lines = Encoding.ASCII.GetString(bytes.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        int status = int.Parse(lines[0].Split(' ')[1]);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string line in lines.Skip(1))
        {
            int colon = line.IndexOf(':');
            headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }
        int length = headers.TryGetValue("Content-Length", out string? l) ? int.Parse(l) : 0;
        if (headOnly)
            return new Response(status, headers, "");
        byte[] body = new byte[length];
        await stream.ReadExactlyAsync(body, deadline.Token);
        return new Response(status, headers, Encoding.UTF8.GetString(body));
    }

    private static bool EndsWithBlankLine(List<byte> b) =>
        b.Count >= 4 && b[^4] == '\r' && b[^3] == '\n' && b[^2] == '\r' && b[^1] == '\n';
}
