using System.Text.Json;
using Skia.Trader.Binance.Rest;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;

namespace Skia.Trader.Binance.UserData;

/// <summary>
/// UserDataParser reads WebSocket API frames with <see cref="Utf8JsonReader"/>: answers
/// (<c>{"id":..,"status":200,"result":..}</c>) and events wrapped as
/// <c>{"subscriptionId":0,"event":{...}}</c> (or bare). One pass: the event object is read in place,
/// property names are matched as bytes, numbers and enum names are parsed from the frame's bytes,
/// and only the strings an event keeps are made. Bad frames are rejected, never thrown.
/// </summary>
internal static class UserDataParser
{
    // Values of x and r that an executionReport keeps as strings: returning these instances saves a
    // string per event (FeedParsingBenchmarks.ExecutionReport).
    private static readonly string[] ExecutionTypes = ["NEW", "TRADE", "CANCELED", "REPLACED", "REJECTED", "EXPIRED", "TRADE_PREVENTION"];
    private static readonly string[] RejectReasons = ["NONE"];

    /// <summary>Parse reads one frame; the result's Kind is Rejected for malformed input.</summary>
    public static UserDataEvent Parse(ReadOnlySpan<byte> frame)
    {
        var result = new UserDataEvent();
        try
        {
            var reader = new Utf8JsonReader(frame);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return result;
            bool hasStatus = false, hasEvent = false;
            var outer = new EventFields();
            var inner = new EventFields();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                ReadOnlySpan<byte> name = PropertyName(ref reader);
                reader.Read();
                if (name.SequenceEqual("id"u8))
                {
                    result.RequestId = reader.TokenType == JsonTokenType.String ? reader.GetString()
                        : reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out long id) ? id.ToString(System.Globalization.CultureInfo.InvariantCulture)
                        : null;
                    reader.Skip();
                }
                else if (name.SequenceEqual("status"u8))
                {
                    if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out int status)) return result;
                    result.Status = status;
                    hasStatus = true;
                }
                else if (name.SequenceEqual("error"u8))
                {
                    ReadError(ref reader, result);
                }
                else if (name.SequenceEqual("event"u8))
                {
                    if (reader.TokenType != JsonTokenType.StartObject) return result;
                    hasEvent = true;
                    inner = new EventFields();
                    while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                    {
                        ReadOnlySpan<byte> field = PropertyName(ref reader);
                        reader.Read();
                        inner.Read(field, ref reader);
                    }
                }
                else
                {
                    outer.Read(name, ref reader);
                }
            }
            // A number or decimal that is not one anywhere in the frame rejects it.
            if (outer.Bad || inner.Bad) return result;
            if (hasStatus)
            {
                result.Kind = UserDataEventKind.Response;
                return result;
            }
            if (hasEvent) inner.Complete(result, frame);
            else outer.Complete(result, frame);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Utf8JsonReader throws these for truncated or invalid JSON; bad input is expected.
            result.Kind = UserDataEventKind.Rejected;
        }
        return result;
    }

    // The name as bytes: the raw span when unescaped (Binance never escapes names), else an unescaped copy.
    private static ReadOnlySpan<byte> PropertyName(ref Utf8JsonReader reader) =>
        reader.ValueIsEscaped ? System.Text.Encoding.UTF8.GetBytes(reader.GetString()!) : reader.ValueSpan;

    private static void ReadError(ref Utf8JsonReader reader, UserDataEvent result)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return;
        }
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            bool isCode = reader.ValueTextEquals("code"u8), isMessage = reader.ValueTextEquals("msg"u8);
            reader.Read();
            if (isCode && reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out int code)) result.ErrorCode = code;
            else if (isMessage && reader.TokenType == JsonTokenType.String) result.ErrorMessage = reader.GetString();
            else reader.Skip();
        }
    }

    /// <summary>EventFields collects one event's fields in any order, as spans of the frame and parsed numbers.</summary>
    private struct EventFields
    {
        private WireText _e, _s, _c, _C, _S, _o, _f, _x, _X, _r, _N, _lText, _LText;
        private Quantity _q, _l, _z, _n, _Z, _F;
        private Price _p, _L, _P;
        private bool _hasZ, _hasG;
        private long _i, _T, _t, _g, _d;
        private List<AccountBalance>? _balances;
        private List<OrderListLeg>? _legs;

        /// <summary>Bad says a field that must be a number or an exact decimal was not one.</summary>
        public bool Bad;

        public void Read(scoped ReadOnlySpan<byte> name, ref Utf8JsonReader reader)
        {
            if (name.Length != 1)
            {
                reader.Skip();
                return;
            }
            switch (name[0])
            {
                case (byte)'e': _e = Text(ref reader); break;
                case (byte)'s': _s = Text(ref reader); break;
                case (byte)'c': _c = Text(ref reader); break;
                case (byte)'C': _C = Text(ref reader); break;
                case (byte)'S': _S = Text(ref reader); break;
                case (byte)'o': _o = Text(ref reader); break;
                case (byte)'f': _f = Text(ref reader); break;
                case (byte)'x': _x = Text(ref reader); break;
                case (byte)'X': _X = Text(ref reader); break;
                case (byte)'r': _r = Text(ref reader); break;
                case (byte)'N': _N = Text(ref reader); break;
                case (byte)'q': _q = Quantity.FromRaw(Decimal(ref reader)); break;
                case (byte)'p': _p = Price.FromRaw(Decimal(ref reader)); break;
                // l and L are decimals in an executionReport and words (EXEC_STARTED, EXECUTING) in a listStatus.
                case (byte)'l' when IsWord(ref reader): _lText = Text(ref reader); break;
                case (byte)'l': _l = Quantity.FromRaw(Decimal(ref reader)); break;
                case (byte)'L' when IsWord(ref reader): _LText = Text(ref reader); break;
                case (byte)'z': _hasZ = reader.TokenType == JsonTokenType.String; _z = Quantity.FromRaw(Decimal(ref reader)); break;
                case (byte)'L': _L = Price.FromRaw(Decimal(ref reader)); break;
                case (byte)'n': _n = Quantity.FromRaw(Decimal(ref reader)); break;
                case (byte)'Z': _Z = Quantity.FromRaw(Decimal(ref reader)); break;
                case (byte)'P': _P = Price.FromRaw(Decimal(ref reader)); break;
                case (byte)'F': _F = Quantity.FromRaw(Decimal(ref reader)); break;
                case (byte)'g': _g = Number(ref reader); _hasG = true; break;
                case (byte)'d': _d = Number(ref reader); break;
                case (byte)'O' when reader.TokenType == JsonTokenType.StartArray: _legs = ReadLegs(ref reader); break;
                case (byte)'i': _i = Number(ref reader); break;
                case (byte)'T': _T = Number(ref reader); break;
                case (byte)'t': _t = Number(ref reader); break;
                case (byte)'B' when reader.TokenType == JsonTokenType.StartArray: _balances = ReadBalances(ref reader); break;
                default: reader.Skip(); break;
            }
        }

        public readonly void Complete(UserDataEvent result, ReadOnlySpan<byte> frame)
        {
            if (!_e.IsPresent) return;
            if (_e.Is(frame, "executionReport"u8))
            {
                if (!_s.IsPresent || (!_c.IsPresent && !_C.IsPresent) || !_X.IsPresent || !_hasZ || _lText.IsPresent || _LText.IsPresent) return;
                // A status, side, type or time in force this client does not know makes the report unreadable: rejected, never guessed.
                if (!OrderWireNames.TryParseStatus(_X.Utf8(frame), out OrderStatus status)) return;
                if (!OrderWireNames.TryParseSide(_S.Utf8(frame), out OrderSide side)) return;
                if (!OrderWireNames.TryParseType(_o.Utf8(frame), out OrderType type)) return;
                TimeInForce tif = TimeInForce.Gtc;
                if (_f.IsPresent && !OrderWireNames.TryParseTimeInForce(_f.Utf8(frame), out tif)) return;
                // On a cancel, c is the cancel request's id and C the order's own.
                string clientId = (!_C.IsEmpty ? _C.ToText(frame) : _c.ToText(frame)) ?? "";
                result.Execution = new ExecutionReport(_s.ToText(frame)!, clientId, side, type, tif, _q, _p, _x.ToText(frame, ExecutionTypes) ?? "", status,
                    _r.ToText(frame, RejectReasons) ?? "NONE", _i, _l, _z, _L, _n, _N.ToText(frame), _T, _t, _Z)
                {
                    StopPrice = _P,
                    IcebergQuantity = _F,
                    OrderListId = _hasG ? _g : -1,
                    TrailingDelta = _d,
                };
                result.Kind = UserDataEventKind.ExecutionReport;
            }
            else if (_e.Is(frame, "listStatus"u8))
            {
                if (!_s.IsPresent || !_lText.IsPresent || !_LText.IsPresent || _legs is null) return;
                result.ListStatus = new OrderListStatus(_s.ToText(frame)!, _g, _c.ToText(frame) ?? "", _lText.ToText(frame)!, _LText.ToText(frame)!,
                    _C.ToText(frame) ?? "", _T, _legs);
                result.Kind = UserDataEventKind.ListStatus;
            }
            else if (_e.Is(frame, "outboundAccountPosition"u8))
            {
                if (_balances is null) return;
                result.Balances = _balances;
                result.Kind = UserDataEventKind.AccountPosition;
            }
            else if (_e.Is(frame, "eventStreamTerminated"u8)) result.Kind = UserDataEventKind.StreamTerminated;
            else if (_e.Is(frame, "serverShutdown"u8)) result.Kind = UserDataEventKind.ServerShutdown;
            else result.Kind = UserDataEventKind.Ignored;
        }

        private List<AccountBalance>? ReadBalances(ref Utf8JsonReader reader)
        {
            var list = new List<AccountBalance>();
            while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
            {
                string? asset = null;
                Quantity free = Quantity.Zero, locked = Quantity.Zero;
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    bool isAsset = reader.ValueTextEquals("a"u8), isFree = reader.ValueTextEquals("f"u8), isLocked = reader.ValueTextEquals("l"u8);
                    reader.Read();
                    if (isAsset) asset = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                    else if (isFree) free = Quantity.FromRaw(Decimal(ref reader));
                    else if (isLocked) locked = Quantity.FromRaw(Decimal(ref reader));
                    else reader.Skip();
                }
                if (asset is null) Bad = true; // a balance without its asset means nothing
                else list.Add(new AccountBalance(asset, free, locked));
            }
            return list;
        }

        private static bool IsWord(ref Utf8JsonReader reader) =>
            reader.TokenType == JsonTokenType.String && reader.ValueSpan.Length > 0 && reader.ValueSpan[0] is >= (byte)'A' and <= (byte)'Z';

        private List<OrderListLeg> ReadLegs(ref Utf8JsonReader reader)
        {
            var list = new List<OrderListLeg>(2);
            while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
            {
                string? symbol = null, clientId = null;
                long orderId = -1;
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    bool isS = reader.ValueTextEquals("s"u8), isI = reader.ValueTextEquals("i"u8), isC = reader.ValueTextEquals("c"u8);
                    reader.Read();
                    if (isS && reader.TokenType == JsonTokenType.String) symbol = reader.GetString();
                    else if (isC && reader.TokenType == JsonTokenType.String) clientId = reader.GetString();
                    else if (isI) orderId = Number(ref reader);
                    else reader.Skip();
                }
                if (symbol is null || clientId is null || orderId < 0) Bad = true;
                else list.Add(new OrderListLeg(symbol, orderId, clientId));
            }
            return list;
        }

        private static WireText Text(ref Utf8JsonReader reader)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                reader.Skip(); // null (N without a fill) or a shape we do not read: absent
                return default;
            }
            // A string token starts at its opening quote; the reader reads the whole frame, so indexes are the frame's.
            return reader.ValueIsEscaped ? new WireText(reader.GetString()!) : new WireText((int)reader.TokenStartIndex + 1, reader.ValueSpan.Length);
        }

        private long Number(ref Utf8JsonReader reader)
        {
            if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out long value)) return value;
            Bad = true;
            reader.Skip();
            return 0;
        }

        // An exact decimal string such as "0.10264410" as raw 10^-8 units; null counts as zero, anything else marks the frame bad.
        private long Decimal(ref Utf8JsonReader reader)
        {
            if (reader.TokenType == JsonTokenType.Null) return 0;
            if (reader.TokenType == JsonTokenType.String)
            {
                bool ok = reader.ValueIsEscaped
                    ? Price.TryParse(reader.GetString().AsSpan(), out Price fromText)
                    : Price.TryParse(reader.ValueSpan, out fromText);
                if (ok) return fromText.Raw;
            }
            Bad = true;
            reader.Skip();
            return 0;
        }
    }
}
