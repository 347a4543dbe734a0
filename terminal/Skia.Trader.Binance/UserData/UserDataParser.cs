using System.Text.Json;
using Skia.Trader.Binance.Rest;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;

namespace Skia.Trader.Binance.UserData;

/// <summary>
/// UserDataParser reads WebSocket API frames with <see cref="Utf8JsonReader"/>: answers
/// (<c>{"id":..,"status":200,"result":..}</c>) and events wrapped as
/// <c>{"subscriptionId":0,"event":{...}}</c> (or bare). Bad frames are rejected, never thrown.
/// </summary>
internal static class UserDataParser
{
    /// <summary>Parse reads one frame; the result's Kind is Rejected for malformed input.</summary>
    public static UserDataEvent Parse(ReadOnlySpan<byte> frame)
    {
        var result = new UserDataEvent();
        try
        {
            var reader = new Utf8JsonReader(frame);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return result;
            int eventStart = -1, eventEnd = -1;
            bool hasStatus = false;
            var fields = new EventFields();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                string name = reader.GetString()!;
                reader.Read();
                switch (name)
                {
                    case "id":
                        result.RequestId = reader.TokenType == JsonTokenType.String ? reader.GetString() : reader.TokenType == JsonTokenType.Number ? reader.GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
                        break;
                    case "status":
                        result.Status = reader.GetInt32();
                        hasStatus = true;
                        break;
                    case "error":
                        ReadError(ref reader, result);
                        break;
                    case "event":
                        if (reader.TokenType != JsonTokenType.StartObject) return result;
                        eventStart = (int)reader.TokenStartIndex;
                        reader.Skip();
                        eventEnd = (int)reader.BytesConsumed;
                        break;
                    default:
                        fields.Read(name, ref reader);
                        break;
                }
            }
            if (hasStatus)
            {
                result.Kind = UserDataEventKind.Response;
                return result;
            }
            if (eventStart >= 0)
            {
                fields = new EventFields();
                var inner = new Utf8JsonReader(frame[eventStart..eventEnd]);
                inner.Read();
                while (inner.Read() && inner.TokenType == JsonTokenType.PropertyName)
                {
                    string name = inner.GetString()!;
                    inner.Read();
                    fields.Read(name, ref inner);
                }
            }
            fields.Complete(result);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            // Utf8JsonReader throws these for truncated JSON or a token of the wrong type; bad input is expected.
            result.Kind = UserDataEventKind.Rejected;
        }
        return result;
    }

    private static void ReadError(ref Utf8JsonReader reader, UserDataEvent result)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return;
        }
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            string name = reader.GetString()!;
            reader.Read();
            if (name == "code" && reader.TokenType == JsonTokenType.Number) result.ErrorCode = reader.GetInt32();
            else if (name == "msg" && reader.TokenType == JsonTokenType.String) result.ErrorMessage = reader.GetString();
            else reader.Skip();
        }
    }

    /// <summary>EventFields collects one event's fields in any order.</summary>
    private struct EventFields
    {
        private string? _e, _s, _c, _C, _S, _o, _f, _q, _p, _x, _X, _r, _l, _z, _L, _n, _N, _Z;
        private long _i, _T, _t;
        private List<AccountBalance>? _balances;

        public void Read(string name, ref Utf8JsonReader reader)
        {
            switch (name)
            {
                case "e": _e = Text(ref reader); break;
                case "s": _s = Text(ref reader); break;
                case "c": _c = Text(ref reader); break;
                case "C": _C = Text(ref reader); break;
                case "S": _S = Text(ref reader); break;
                case "o": _o = Text(ref reader); break;
                case "f": _f = Text(ref reader); break;
                case "q": _q = Text(ref reader); break;
                case "p": _p = Text(ref reader); break;
                case "x": _x = Text(ref reader); break;
                case "X": _X = Text(ref reader); break;
                case "r": _r = Text(ref reader); break;
                case "l": _l = Text(ref reader); break;
                case "z": _z = Text(ref reader); break;
                case "L": _L = Text(ref reader); break;
                case "n": _n = Text(ref reader); break;
                case "N": _N = Text(ref reader); break;
                case "Z": _Z = Text(ref reader); break;
                case "i": _i = Number(ref reader); break;
                case "T": _T = Number(ref reader); break;
                case "t": _t = Number(ref reader); break;
                case "B" when reader.TokenType == JsonTokenType.StartArray: _balances = ReadBalances(ref reader); break;
                default: reader.Skip(); break;
            }
        }

        public readonly void Complete(UserDataEvent result)
        {
            switch (_e)
            {
                case "executionReport":
                    if (_s is null || (_c is null && _C is null) || _X is null || _z is null) return;
                    if (!OrderWireNames.TryParseStatus(Ascii(_X), out OrderStatus status)) return;
                    OrderWireNames.TryParseSide(Ascii(_S), out OrderSide side);
                    OrderWireNames.TryParseType(Ascii(_o), out OrderType type);
                    if (!OrderWireNames.TryParseTimeInForce(Ascii(_f), out TimeInForce tif)) tif = TimeInForce.Gtc;
                    // On a cancel, c is the cancel request's id and C the order's own.
                    string clientId = !string.IsNullOrEmpty(_C) ? _C : _c!;
                    result.Execution = new ExecutionReport(_s, clientId, side, type, tif, Q(_q), P(_p), _x ?? "", status, _r ?? "NONE",
                        _i, Q(_l), Q(_z), P(_L), Q(_n), _N, _T, _t, Q(_Z));
                    result.Kind = UserDataEventKind.ExecutionReport;
                    return;
                case "outboundAccountPosition":
                    if (_balances is null) return;
                    result.Balances = _balances;
                    result.Kind = UserDataEventKind.AccountPosition;
                    return;
                case "eventStreamTerminated":
                    result.Kind = UserDataEventKind.StreamTerminated;
                    return;
                case "serverShutdown":
                    result.Kind = UserDataEventKind.ServerShutdown;
                    return;
                case null:
                    return;
                default:
                    result.Kind = UserDataEventKind.Ignored;
                    return;
            }
        }

        private static List<AccountBalance> ReadBalances(ref Utf8JsonReader reader)
        {
            var list = new List<AccountBalance>();
            while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
            {
                string? a = null, f = null, l = null;
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    string name = reader.GetString()!;
                    reader.Read();
                    switch (name)
                    {
                        case "a": a = Text(ref reader); break;
                        case "f": f = Text(ref reader); break;
                        case "l": l = Text(ref reader); break;
                        default: reader.Skip(); break;
                    }
                }
                if (a is null) throw new FormatException("balance without asset");
                list.Add(new AccountBalance(a, Q(f), Q(l)));
            }
            return list;
        }

        private static string? Text(ref Utf8JsonReader reader) =>
            reader.TokenType == JsonTokenType.String ? reader.GetString() : SkipNull(ref reader);

        private static string? SkipNull(ref Utf8JsonReader reader)
        {
            reader.Skip();
            return null;
        }

        private static long Number(ref Utf8JsonReader reader) =>
            reader.TokenType == JsonTokenType.Number ? reader.GetInt64() : throw new FormatException("expected a number");

        private static Price P(string? text) =>
            text is null ? Price.Zero : Price.TryParse(text.AsSpan(), out Price p) ? p : throw new FormatException("bad price");

        private static Quantity Q(string? text) =>
            text is null ? Quantity.Zero : Quantity.TryParse(text.AsSpan(), out Quantity q) ? q : throw new FormatException("bad quantity");

        private static byte[] Ascii(string? text) => text is null ? [] : System.Text.Encoding.ASCII.GetBytes(text);
    }
}
