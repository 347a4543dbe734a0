using System.Text;
using System.Text.Json;

namespace Skia.Trader.Exchange.WebSocketApi;

/// <summary>WebSocketApiRequest is one parsed request of the WebSocket API: {"id":..,"method":"..","params":{..}}.</summary>
internal sealed class WebSocketApiRequest
{
    /// <summary>IdJson is the request id as raw JSON (a string, a number or null), echoed back verbatim.</summary>
    public byte[] IdJson { get; private set; } = "null"u8.ToArray();

    public string? Method { get; private set; }

    /// <summary>IdProblem says why an id was refused: Binance's id is an integer, a string or null, and it must be sent.</summary>
    public enum IdProblem { None, Missing, Malformed }

    /// <summary>IdState is <see cref="IdProblem.None"/> for a usable id.</summary>
    public IdProblem IdState { get; private set; } = IdProblem.Missing;

    /// <summary>IsJsonObject is false when the message is not a readable JSON object at all.</summary>
    public bool IsJsonObject { get; private set; }

    public Dictionary<string, string> Params { get; } = new(StringComparer.Ordinal);

    /// <summary>TryParse reads a request; false (with the id when it was readable) for malformed JSON.</summary>
    public static bool TryParse(ReadOnlySpan<byte> json, out WebSocketApiRequest request)
    {
        request = new WebSocketApiRequest();
        try
        {
            var reader = new Utf8JsonReader(json);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                return false;
            request.IsJsonObject = true;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                string name = reader.GetString()!;
                reader.Read();
                switch (name)
                {
                    case "id":
                        switch (reader.TokenType)
                        {
                            case JsonTokenType.String:
                                request.IdJson = Encoding.UTF8.GetBytes(JsonSerializerEscape(reader.GetString()!));
                                request.IdState = IdProblem.None;
                                break;
                            case JsonTokenType.Number when reader.TryGetInt64(out _):
                                request.IdJson = reader.ValueSpan.ToArray();
                                request.IdState = IdProblem.None;
                                break;
                            case JsonTokenType.Null:
                                request.IdJson = "null"u8.ToArray();
                                request.IdState = IdProblem.None;
                                break;
                            default:
                                // A fraction, a boolean, an object or an array: not an id to echo.
                                request.IdJson = "null"u8.ToArray();
                                request.IdState = IdProblem.Malformed;
                                reader.Skip();
                                break;
                        }
                        break;
                    case "method" when reader.TokenType == JsonTokenType.String:
                        request.Method = reader.GetString();
                        break;
                    case "params" when reader.TokenType == JsonTokenType.StartObject:
                        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                        {
                            string key = reader.GetString()!;
                            reader.Read();
                            switch (reader.TokenType)
                            {
                                case JsonTokenType.String:
                                    request.Params[key] = reader.GetString()!;
                                    break;
                                case JsonTokenType.Number:
                                    request.Params[key] = Encoding.UTF8.GetString(reader.ValueSpan);
                                    break;
                                case JsonTokenType.True or JsonTokenType.False:
                                    request.Params[key] = reader.TokenType == JsonTokenType.True ? "true" : "false";
                                    break;
                                default:
                                    reader.Skip();
                                    break;
                            }
                        }
                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }
            return request.Method is not null && request.IdState == IdProblem.None;
        }
        catch (JsonException)
        {
            request.IsJsonObject = false;
            return false;
        }
    }

    /// <summary>SignaturePayload is what the signature covers: every parameter but signature, sorted by name, as k=v joined by '&amp;'.</summary>
    public string SignaturePayload() =>
        string.Join('&', Params.Where(kv => kv.Key != "signature").OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key + "=" + kv.Value));

    private static string JsonSerializerEscape(string s)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer))
            w.WriteStringValue(s);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
