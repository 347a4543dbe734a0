using System.Text;
using System.Text.Json;

namespace Skia.Trader.Exchange.Tests.WebSocketApi;

/// <summary>WsApi builds signed WebSocket API requests the way Binance's documentation does: every parameter but signature, sorted by name, k=v joined by '&amp;', hex HMAC-SHA256.</summary>
internal static class WsApi
{
    public static string Signed(string id, string method, IEnumerable<(string Key, string Value)> parameters,
        string apiKey = "skia-sim-key", string secret = "skia-sim-secret", long? timestamp = null)
    {
        var all = parameters.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        all["apiKey"] = apiKey;
        all["timestamp"] = (timestamp ?? DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()).ToString(System.Globalization.CultureInfo.InvariantCulture);
        string payload = string.Join('&', all.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value));
        all["signature"] = RawExchangeClient.Sign(secret, payload);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("id", id);
            w.WriteString("method", method);
            w.WriteStartObject("params");
            foreach (var (k, v) in all)
            {
                if (k == "timestamp")
                    w.WriteNumber(k, long.Parse(v, System.Globalization.CultureInfo.InvariantCulture));
                else
                    w.WriteString(k, v);
            }
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Parameters splits "a=1&amp;b=2" into pairs.</summary>
    public static IEnumerable<(string, string)> Parameters(string query) =>
        query.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2)).Select(kv => (kv[0], kv[1]));

    /// <summary>CallAsync sends a signed request and waits for the answer carrying its id.</summary>
    public static async Task<JsonElement> CallAsync(StreamSocket ws, string id, string method, string query)
    {
        await ws.SendAsync(Signed(id, method, Parameters(query)));
        JsonElement? reply = await ws.ReceiveJsonAsync(e => e.TryGetProperty("id", out JsonElement i) && i.ValueKind == JsonValueKind.String && i.GetString() == id,
            TimeSpan.FromSeconds(10));
        Assert.True(reply.HasValue, $"no answer to {method} {id}");
        return reply.Value;
    }
}
