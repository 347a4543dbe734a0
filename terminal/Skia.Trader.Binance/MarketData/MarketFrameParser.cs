using System.Text.Json;
using Skia.Trader.Binance.Wire;
using Skia.Trader.Core.Books;
using Skia.Trader.Core.Numerics;

namespace Skia.Trader.Binance.MarketData;

/// <summary>
/// MarketFrameParser reads one market-stream frame (raw payload or combined
/// <c>{"stream":..,"data":..}</c> wrapper) with <see cref="Utf8JsonReader"/> into its reusable
/// <see cref="Event"/>. Field order does not matter and unknown fields are skipped, as BINANCE.md
/// requires; bad input never throws, it is rejected and counted in <see cref="Counters"/>.
/// A steady-state frame allocates nothing (see MarketFrameParserAllocationTests).
/// </summary>
internal sealed class MarketFrameParser
{
    private const byte EventDepthUpdate = 1, EventTrade = 2, EventAggTrade = 3, EventKline = 4, EventShutdown = 5, EventOther = 6,
        EventTicker = 7, EventMiniTicker = 8, EventAveragePrice = 9;

    // Present-field bits, so classification can tell a missing field from a zero value.
    private const int HasE = 1, HasSymbol = 1 << 1, HasFirstId = 1 << 2, HasFinalId = 1 << 3, HasLastUpdateId = 1 << 4,
        HasBidLevels = 1 << 5, HasAskLevels = 1 << 6, HasBidPrice = 1 << 7, HasBidQty = 1 << 8, HasAskPrice = 1 << 9,
        HasAskQty = 1 << 10, HasTradeId = 1 << 11, HasPrice = 1 << 12, HasQuantity = 1 << 13, HasAggId = 1 << 14,
        HasKline = 1 << 15, HasCommandId = 1 << 16, HasResult = 1 << 17, HasOpen = 1 << 18, HasHigh = 1 << 19, HasLow = 1 << 20,
        HasClose = 1 << 21, HasVolume = 1 << 22, HasWeighted = 1 << 23, HasInterval = 1 << 24;

    // What each statistics event cannot do without (BINANCE.md, "Market data (second round)").
    private const int MiniTickerFields = HasSymbol | HasOpen | HasHigh | HasLow | HasClose | HasVolume | HasQuantity;
    private const int TickerFields = MiniTickerFields | HasPrice | HasWeighted;
    private const int AveragePriceFields = HasSymbol | HasWeighted | HasInterval;

    // Deep enough for {"stream","data":{"k":{..}}} and depth arrays, shallow enough to cut nesting bombs short.
    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 8 };

    private readonly SymbolTable _symbols;
    private int _fields;
    private byte _eventType;
    private bool _unknownSymbol;
    private long _aggregateTradeId;

    // A ticker or average-price field that did not parse; it rejects only frames of those kinds, so an
    // unknown event that happens to use the same letters differently is still ignored, not rejected.
    private bool _badStatisticsField;

    // The frame was a !miniTicker@arr array (raw, or as the data of a combined frame).
    private bool _isMiniTickerArray;

    // Wrapper state of the frame being read: whether "stream" and "data" were seen, the stream
    // name's symbol id (-1: not subscribed), and the payload fields found outside "data" (a
    // wrapper that has any is no known message).
    private bool _sawStream, _sawData;
    private int _streamSymbolId, _wrapperFields;

    /// <summary>Creates a parser that resolves symbols through <paramref name="symbols"/>.</summary>
    public MarketFrameParser(SymbolTable symbols) => _symbols = symbols;

    /// <summary>Event holds the values of the last parsed frame.</summary>
    public MarketEvent Event { get; } = new();

    /// <summary>Counters counts every parsed frame by outcome.</summary>
    public FrameCounters Counters { get; } = new();

    /// <summary>
    /// Parse reads one complete frame. <paramref name="streamSymbolId"/> names the symbol of a raw
    /// single-stream connection, where partial-depth payloads carry none; pass -1 otherwise.
    /// </summary>
    public MarketEventKind Parse(ReadOnlySpan<byte> frame, int streamSymbolId = -1)
    {
        Event.Reset();
        _fields = 0;
        _eventType = 0;
        _unknownSymbol = false;
        _aggregateTradeId = 0;
        _badStatisticsField = _isMiniTickerArray = false;
        _sawStream = _sawData = false;
        _streamSymbolId = -1;
        _wrapperFields = 0;
        Event.SymbolId = streamSymbolId;
        FrameRejection rejection;
        try
        {
            rejection = ParseFrame(frame);
        }
        catch (JsonException)
        {
            // Utf8JsonReader reports truncated or invalid JSON this way; bad network input is expected.
            rejection = FrameRejection.MalformedJson;
        }
        if (rejection != FrameRejection.None)
        {
            Event.Kind = MarketEventKind.Rejected;
        }
        Event.Rejection = rejection;
        Counters.Count(Event.Kind, rejection);
        return Event.Kind;
    }

    // One pass over the frame. A combined-stream wrapper's "data" object is read in place, in
    // whichever order "stream" and "data" come: the payload goes into Event as it is read and the
    // stream name's symbol is applied after the closing brace (a payload "s" still wins, as it
    // did when the payload was read second).
    private FrameRejection ParseFrame(ReadOnlySpan<byte> frame)
    {
        var reader = new Utf8JsonReader(frame, ReaderOptions);
        if (!reader.Read()) return FrameRejection.UnknownShape;
        if (reader.TokenType == JsonTokenType.StartArray)
        {
            // A raw !miniTicker@arr frame is a bare array of mini-ticker events.
            FrameRejection arrayRejection = ReadMiniTickerArray(ref reader);
            if (arrayRejection != FrameRejection.None) return arrayRejection;
            while (reader.Read()) { }
            Event.Kind = MarketEventKind.MiniTickerArray;
            return FrameRejection.None;
        }
        if (reader.TokenType != JsonTokenType.StartObject) return FrameRejection.UnknownShape;
        int offset = 0;
        FrameRejection rejection = ReadObject(ref reader, frame, ref offset, wrapper: true);
        if (rejection != FrameRejection.None) return rejection;
        // Anything but whitespace after the closing brace makes the frame malformed.
        while (reader.Read()) { }
        if (_sawData && (!_sawStream || _wrapperFields != 0)) return FrameRejection.UnknownShape;
        if (_isMiniTickerArray)
        {
            Event.Kind = MarketEventKind.MiniTickerArray;
            return FrameRejection.None;
        }
        if (_sawStream)
        {
            if (_streamSymbolId < 0) _unknownSymbol = true;
            else if ((_fields & HasSymbol) == 0) Event.SymbolId = _streamSymbolId;
        }
        return Classify();
    }

    // Reads the properties of the object whose '{' the reader is on, up to its '}'. The reader reads
    // over frame[offset..]; when DepthLevelScanner has read a level array straight from the bytes,
    // the reader is restarted after it from its saved state (as for the next segment of a stream).
    private FrameRejection ReadObject(ref Utf8JsonReader reader, ReadOnlySpan<byte> frame, ref int offset, bool wrapper)
    {
        while (true)
        {
            int saved = _fields;
            if (wrapper) _fields = 0;
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                int position = offset + (int)reader.BytesConsumed;
                if (DepthLevelScanner.TryScanProperty(frame, ref position, Event, out bool bids))
                {
                    _fields |= bids ? HasBidLevels : HasAskLevels;
                    if (wrapper) _wrapperFields |= _fields;
                    _fields |= saved;
                    reader = new Utf8JsonReader(frame[position..], isFinalBlock: true, reader.CurrentState);
                    offset = position;
                    continue;
                }
            }
            if (!reader.Read() || reader.TokenType != JsonTokenType.PropertyName)
            {
                _fields |= saved;
                return reader.TokenType == JsonTokenType.EndObject ? FrameRejection.None : FrameRejection.MalformedJson;
            }
            FrameRejection r;
            if (wrapper && reader.ValueTextEquals("stream"u8))
            {
                _fields = saved;
                reader.Read();
                if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped) return FrameRejection.UnknownShape;
                _sawStream = true;
                _streamSymbolId = _symbols.TryFindInStreamName(reader.ValueSpan, out int id) ? id : -1;
                continue;
            }
            if (wrapper && reader.ValueTextEquals("data"u8))
            {
                _fields = saved;
                reader.Read();
                if (_sawData) return FrameRejection.UnknownShape;
                if (reader.TokenType == JsonTokenType.StartArray)
                {
                    _sawData = _isMiniTickerArray = true;
                    r = ReadMiniTickerArray(ref reader);
                    if (r != FrameRejection.None) return r;
                    continue;
                }
                if (reader.TokenType != JsonTokenType.StartObject) return FrameRejection.UnknownShape;
                _sawData = true;
                r = ReadObject(ref reader, frame, ref offset, wrapper: false);
                if (r != FrameRejection.None) return r;
                continue;
            }
            r = ReadPayloadProperty(ref reader);
            if (wrapper) _wrapperFields |= _fields;
            _fields |= saved;
            if (r != FrameRejection.None) return r;
        }
    }

    // Reads one property of a payload object (reader on its name) and leaves the reader on the value's last token.
    private FrameRejection ReadPayloadProperty(ref Utf8JsonReader reader)
    {
        MarketEvent ev = Event;
        if (reader.ValueIsEscaped)
        {
            reader.Read();
            reader.Skip();
            return FrameRejection.None;
        }
        ReadOnlySpan<byte> name = reader.ValueSpan;
        reader.Read();
        JsonTokenType token = reader.TokenType;
        long n;
        switch (name.Length)
        {
            case 1:
                switch (name[0])
                {
                    case (byte)'e':
                        if (token != JsonTokenType.String) return FrameRejection.UnknownShape;
                        _fields |= HasE;
                        _eventType = reader.ValueTextEquals("depthUpdate"u8) ? EventDepthUpdate
                            : reader.ValueTextEquals("trade"u8) ? EventTrade
                            : reader.ValueTextEquals("aggTrade"u8) ? EventAggTrade
                            : reader.ValueTextEquals("kline"u8) ? EventKline
                            : reader.ValueTextEquals("serverShutdown"u8) ? EventShutdown
                            : reader.ValueTextEquals("24hrTicker"u8) ? EventTicker
                            : reader.ValueTextEquals("24hrMiniTicker"u8) ? EventMiniTicker
                            : reader.ValueTextEquals("avgPrice"u8) ? EventAveragePrice
                            : EventOther;
                        return FrameRejection.None;
                    case (byte)'E':
                        if (!TryInt64(ref reader, out n)) return FrameRejection.BadNumber;
                        ev.EventTime = n;
                        return FrameRejection.None;
                    case (byte)'s':
                        return ReadSymbol(ref reader);
                    case (byte)'U':
                        if (!TryInt64(ref reader, out n)) return FrameRejection.BadNumber;
                        ev.FirstUpdateId = n;
                        _fields |= HasFirstId;
                        return FrameRejection.None;
                    case (byte)'u':
                        if (!TryInt64(ref reader, out n)) return FrameRejection.BadNumber;
                        ev.FinalUpdateId = n;
                        _fields |= HasFinalId;
                        return FrameRejection.None;
                    case (byte)'b':
                        if (token == JsonTokenType.StartArray)
                        {
                            _fields |= HasBidLevels;
                            return ReadLevels(ref reader, bids: true);
                        }
                        if (token == JsonTokenType.String)
                        {
                            _fields |= HasBidPrice;
                            if (!TryDecimal(ref reader, out n)) return FrameRejection.BadNumber;
                            ev.BestBidPrice = Price.FromRaw(n);
                        }
                        else reader.Skip(); // 2021 trade frames: buyer order id
                        return FrameRejection.None;
                    case (byte)'a':
                        if (token == JsonTokenType.StartArray)
                        {
                            _fields |= HasAskLevels;
                            return ReadLevels(ref reader, bids: false);
                        }
                        if (token == JsonTokenType.String)
                        {
                            _fields |= HasAskPrice;
                            if (!TryDecimal(ref reader, out n)) return FrameRejection.BadNumber;
                            ev.BestAskPrice = Price.FromRaw(n);
                            return FrameRejection.None;
                        }
                        if (token == JsonTokenType.Number)
                        {
                            // aggTrade id; in 2021 trade frames the seller order id, overwritten by "t" below.
                            if (!reader.TryGetInt64(out n)) return FrameRejection.BadNumber;
                            _fields |= HasAggId;
                            _aggregateTradeId = n;
                            return FrameRejection.None;
                        }
                        reader.Skip();
                        return FrameRejection.None;
                    case (byte)'B':
                        if (token != JsonTokenType.String) { reader.Skip(); return FrameRejection.None; }
                        _fields |= HasBidQty;
                        if (!TryDecimal(ref reader, out n)) return FrameRejection.BadNumber;
                        ev.BestBidQuantity = Quantity.FromRaw(n);
                        return FrameRejection.None;
                    case (byte)'A':
                        if (token != JsonTokenType.String) { reader.Skip(); return FrameRejection.None; }
                        _fields |= HasAskQty;
                        if (!TryDecimal(ref reader, out n)) return FrameRejection.BadNumber;
                        ev.BestAskQuantity = Quantity.FromRaw(n);
                        return FrameRejection.None;
                    case (byte)'t':
                        if (!TryInt64(ref reader, out n)) return FrameRejection.BadNumber;
                        _fields |= HasTradeId;
                        ev.TradeId = n;
                        return FrameRejection.None;
                    case (byte)'p':
                        if (!TryDecimal(ref reader, out n)) return FrameRejection.BadNumber;
                        _fields |= HasPrice;
                        ev.Price = Price.FromRaw(n);
                        return FrameRejection.None;
                    case (byte)'q':
                        if (!TryDecimal(ref reader, out n)) return FrameRejection.BadNumber;
                        _fields |= HasQuantity;
                        ev.Quantity = Quantity.FromRaw(n);
                        return FrameRejection.None;
                    case (byte)'T':
                        if (!TryInt64(ref reader, out n)) return FrameRejection.BadNumber;
                        ev.TradeTime = n;
                        return FrameRejection.None;
                    case (byte)'m':
                        if (token != JsonTokenType.True && token != JsonTokenType.False) return FrameRejection.UnknownShape;
                        ev.BuyerIsMaker = token == JsonTokenType.True;
                        return FrameRejection.None;
                    case (byte)'f':
                        if (!TryInt64(ref reader, out n)) return FrameRejection.BadNumber;
                        ev.FirstTradeId = n;
                        return FrameRejection.None;
                    case (byte)'l':
                        if (token == JsonTokenType.String)
                        {
                            // A ticker's low price; an aggregate trade's "l" is its last trade id (a number).
                            if (StatisticsPrice(ref reader, out Price low)) { ev.Low = low; _fields |= HasLow; }
                            return FrameRejection.None;
                        }
                        if (!TryInt64(ref reader, out n)) return FrameRejection.BadNumber;
                        ev.LastTradeId = n;
                        return FrameRejection.None;
                    case (byte)'o':
                        if (StatisticsPrice(ref reader, out Price open)) { ev.Open = open; _fields |= HasOpen; }
                        return FrameRejection.None;
                    case (byte)'h':
                        if (StatisticsPrice(ref reader, out Price high)) { ev.High = high; _fields |= HasHigh; }
                        return FrameRejection.None;
                    case (byte)'c':
                        if (StatisticsPrice(ref reader, out Price close)) { ev.Close = close; _fields |= HasClose; }
                        return FrameRejection.None;
                    case (byte)'w':
                        if (StatisticsPrice(ref reader, out Price weighted)) { ev.WeightedAveragePrice = weighted; _fields |= HasWeighted; }
                        return FrameRejection.None;
                    case (byte)'x':
                        if (StatisticsPrice(ref reader, out Price previous)) ev.PrevClosePrice = previous;
                        return FrameRejection.None;
                    case (byte)'v':
                        if (StatisticsPrice(ref reader, out Price volume)) { ev.Volume = Quantity.FromRaw(volume.Raw); _fields |= HasVolume; }
                        return FrameRejection.None;
                    case (byte)'Q':
                        if (StatisticsPrice(ref reader, out Price lastQuantity)) ev.LastQuantity = Quantity.FromRaw(lastQuantity.Raw);
                        return FrameRejection.None;
                    case (byte)'P':
                        if (token == JsonTokenType.String && !reader.ValueIsEscaped
                            && System.Buffers.Text.Utf8Parser.TryParse(reader.ValueSpan, out decimal percent, out int used) && used == reader.ValueSpan.Length)
                            ev.PriceChangePercent = percent;
                        else _badStatisticsField = true;
                        return FrameRejection.None;
                    case (byte)'O':
                        if (StatisticsNumber(ref reader, out n)) ev.WindowOpenTime = n;
                        return FrameRejection.None;
                    case (byte)'C':
                        if (StatisticsNumber(ref reader, out n)) ev.WindowCloseTime = n;
                        return FrameRejection.None;
                    case (byte)'F':
                        if (StatisticsNumber(ref reader, out n)) ev.FirstTradeId = n;
                        return FrameRejection.None;
                    case (byte)'L':
                        if (StatisticsNumber(ref reader, out n)) ev.LastTradeId = n;
                        return FrameRejection.None;
                    case (byte)'n':
                        if (StatisticsNumber(ref reader, out n)) ev.TradeCount = n;
                        return FrameRejection.None;
                    case (byte)'i':
                        // "5m": the average-price interval in minutes.
                        if (token == JsonTokenType.String && !reader.ValueIsEscaped && reader.ValueSpan is [.., (byte)'m'] span
                            && System.Buffers.Text.Utf8Parser.TryParse(span[..^1], out int minutes, out int digits) && digits == span.Length - 1 && minutes > 0)
                        {
                            ev.AverageMinutes = minutes;
                            _fields |= HasInterval;
                        }
                        else _badStatisticsField = true;
                        return FrameRejection.None;
                    case (byte)'k':
                        if (token != JsonTokenType.StartObject) return FrameRejection.UnknownShape;
                        _fields |= HasKline;
                        return ReadKline(ref reader);
                }
                break;
            case 2:
                if (name[0] == (byte)'i' && name[1] == (byte)'d')
                {
                    if (!TryInt64(ref reader, out n)) return FrameRejection.BadNumber;
                    _fields |= HasCommandId;
                    ev.CommandId = n;
                    return FrameRejection.None;
                }
                break;
            default:
                if (name.SequenceEqual("lastUpdateId"u8))
                {
                    if (!TryInt64(ref reader, out n)) return FrameRejection.BadNumber;
                    _fields |= HasLastUpdateId;
                    ev.FinalUpdateId = n;
                    return FrameRejection.None;
                }
                if (name.SequenceEqual("bids"u8) || name.SequenceEqual("asks"u8))
                {
                    if (token != JsonTokenType.StartArray) return FrameRejection.UnknownShape;
                    bool bids = name[0] == (byte)'b';
                    _fields |= bids ? HasBidLevels : HasAskLevels;
                    return ReadLevels(ref reader, bids);
                }
                if (name.SequenceEqual("result"u8))
                {
                    _fields |= HasResult;
                    reader.Skip();
                    return FrameRejection.None;
                }
                if (name.SequenceEqual("error"u8))
                {
                    _fields |= HasResult;
                    return ReadCommandError(ref reader);
                }
                break;
        }
        reader.Skip();
        return FrameRejection.None;
    }

    // A ticker's decimal field; a value that does not parse marks the frame (see _badStatisticsField) instead of failing it here.
    private bool StatisticsPrice(ref Utf8JsonReader reader, out Price value)
    {
        value = default;
        if (TryDecimal(ref reader, out long units))
        {
            value = Price.FromRaw(units);
            return true;
        }
        if (reader.TokenType is JsonTokenType.StartArray or JsonTokenType.StartObject) reader.Skip();
        _badStatisticsField = true;
        return false;
    }

    private bool StatisticsNumber(ref Utf8JsonReader reader, out long value)
    {
        if (TryInt64(ref reader, out value)) return true;
        if (reader.TokenType is JsonTokenType.StartArray or JsonTokenType.StartObject) reader.Skip();
        _badStatisticsField = true;
        return false;
    }

    // Reads a !miniTicker@arr array (reader on its '['): each entry must be a complete mini ticker; entries of
    // symbols this parser does not follow are skipped, the others collected into Event.MiniTickers.
    private FrameRejection ReadMiniTickerArray(ref Utf8JsonReader reader)
    {
        MarketEvent ev = Event;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.EndArray) return FrameRejection.None;
            if (reader.TokenType != JsonTokenType.StartObject) return FrameRejection.UnknownShape;
            _fields = 0;
            _eventType = 0;
            _unknownSymbol = false;
            _badStatisticsField = false;
            ev.SymbolId = -1;
            ev.EventTime = 0;
            while (true)
            {
                if (!reader.Read()) return FrameRejection.MalformedJson;
                if (reader.TokenType == JsonTokenType.EndObject) break;
                if (reader.TokenType != JsonTokenType.PropertyName) return FrameRejection.MalformedJson;
                FrameRejection r = ReadPayloadProperty(ref reader);
                if (r != FrameRejection.None) return r;
            }
            if (_eventType != EventMiniTicker) return FrameRejection.UnknownShape;
            if (_badStatisticsField) return FrameRejection.BadNumber;
            if ((_fields & MiniTickerFields) != MiniTickerFields) return FrameRejection.MissingField;
            if (_unknownSymbol) continue; // the all-market array carries every symbol; a feed follows a few
            ev.AddMiniTicker(new MiniTickerEntry(ev.SymbolId, new MiniTickerUpdate(ev.EventTime, ev.Close, ev.Open, ev.High, ev.Low, ev.Volume, ev.Quantity)));
        }
        return FrameRejection.MalformedJson;
    }

    private FrameRejection ReadSymbol(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped) return FrameRejection.UnknownShape;
        _fields |= HasSymbol;
        if (_symbols.TryFind(reader.ValueSpan, out int id)) Event.SymbolId = id;
        else _unknownSymbol = true;
        return FrameRejection.None;
    }

    private FrameRejection ReadLevels(ref Utf8JsonReader reader, bool bids)
    {
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.EndArray) return FrameRejection.None;
            if (reader.TokenType != JsonTokenType.StartArray) return FrameRejection.UnknownShape;
            reader.Read();
            if (!TryDecimal(ref reader, out long price)) return FrameRejection.BadNumber;
            reader.Read();
            if (!TryDecimal(ref reader, out long quantity)) return FrameRejection.BadNumber;
            if (price <= 0 || quantity < 0) return FrameRejection.BadNumber;
            // Old frames may carry a third, ignored element per level.
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) reader.Skip();
            var level = new BookLevel(Price.FromRaw(price), Quantity.FromRaw(quantity));
            if (bids) Event.AddBid(level);
            else Event.AddAsk(level);
        }
        return FrameRejection.MalformedJson;
    }

    private FrameRejection ReadKline(ref Utf8JsonReader reader)
    {
        MarketEvent ev = Event;
        int need = 0; // bits of the fields a candle cannot do without: t, i, o, c, h, l
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueIsEscaped || reader.ValueSpan.Length != 1)
            {
                reader.Read();
                reader.Skip();
                continue;
            }
            byte key = reader.ValueSpan[0];
            reader.Read();
            bool ok = true;
            long n;
            switch (key)
            {
                case (byte)'t': ok = TryInt64(ref reader, out n); ev.KlineOpenTime = n; need |= 1; break;
                case (byte)'T': ok = TryInt64(ref reader, out n); ev.KlineCloseTime = n; break;
                case (byte)'s':
                    if ((_fields & HasSymbol) == 0) ReadSymbol(ref reader);
                    else reader.Skip();
                    break;
                case (byte)'i':
                    ok = reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped;
                    if (ok) ev.Interval = KlineIntervals.FromText(reader.ValueSpan);
                    need |= 2;
                    break;
                case (byte)'f': ok = TryInt64(ref reader, out n); ev.FirstTradeId = n; break;
                case (byte)'L': ok = TryInt64(ref reader, out n); ev.LastTradeId = n; break;
                case (byte)'o': ok = TryDecimal(ref reader, out n); ev.Open = Price.FromRaw(n); need |= 4; break;
                case (byte)'c': ok = TryDecimal(ref reader, out n); ev.Close = Price.FromRaw(n); need |= 8; break;
                case (byte)'h': ok = TryDecimal(ref reader, out n); ev.High = Price.FromRaw(n); need |= 16; break;
                case (byte)'l': ok = TryDecimal(ref reader, out n); ev.Low = Price.FromRaw(n); need |= 32; break;
                case (byte)'v': ok = TryDecimal(ref reader, out n); ev.Volume = Quantity.FromRaw(n); break;
                case (byte)'q': ok = TryDecimal(ref reader, out n); ev.QuoteVolume = Quantity.FromRaw(n); break;
                case (byte)'n': ok = TryInt64(ref reader, out n); ev.KlineTradeCount = n; break;
                case (byte)'x':
                    ok = reader.TokenType is JsonTokenType.True or JsonTokenType.False;
                    ev.KlineClosed = reader.TokenType == JsonTokenType.True;
                    break;
                default: reader.Skip(); break;
            }
            if (!ok) return FrameRejection.BadNumber;
        }
        return need == 63 ? FrameRejection.None : FrameRejection.MissingField;
    }

    private FrameRejection ReadCommandError(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return FrameRejection.UnknownShape;
        }
        Event.CommandErrorCode = int.MinValue; // an error without a code still fails the command
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            bool isCode = reader.ValueTextEquals("code"u8);
            reader.Read();
            if (isCode && reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out int code)) Event.CommandErrorCode = code;
            else reader.Skip();
        }
        return FrameRejection.None;
    }

    private FrameRejection Classify()
    {
        MarketEvent ev = Event;
        int f = _fields;
        MarketEventKind kind;
        if ((f & HasE) != 0)
        {
            switch (_eventType)
            {
                case EventDepthUpdate:
                    if ((f & (HasSymbol | HasFirstId | HasFinalId | HasBidLevels | HasAskLevels)) != (HasSymbol | HasFirstId | HasFinalId | HasBidLevels | HasAskLevels))
                        return FrameRejection.MissingField;
                    if (ev.FirstUpdateId > ev.FinalUpdateId || ev.FirstUpdateId <= 0) return FrameRejection.BadNumber;
                    kind = MarketEventKind.DepthUpdate;
                    break;
                case EventTrade:
                    if ((f & (HasSymbol | HasTradeId | HasPrice | HasQuantity)) != (HasSymbol | HasTradeId | HasPrice | HasQuantity))
                        return FrameRejection.MissingField;
                    kind = MarketEventKind.Trade;
                    break;
                case EventAggTrade:
                    if ((f & (HasSymbol | HasAggId | HasPrice | HasQuantity)) != (HasSymbol | HasAggId | HasPrice | HasQuantity))
                        return FrameRejection.MissingField;
                    ev.TradeId = _aggregateTradeId;
                    kind = MarketEventKind.AggregateTrade;
                    break;
                case EventKline:
                    if ((f & (HasSymbol | HasKline)) != (HasSymbol | HasKline)) return FrameRejection.MissingField;
                    kind = MarketEventKind.Kline;
                    break;
                case EventTicker:
                    if (_badStatisticsField) return FrameRejection.BadNumber;
                    if ((f & TickerFields) != TickerFields) return FrameRejection.MissingField;
                    ev.PriceChange = ev.Price;
                    ev.QuoteVolume = ev.Quantity;
                    kind = MarketEventKind.Ticker;
                    break;
                case EventMiniTicker:
                    if (_badStatisticsField) return FrameRejection.BadNumber;
                    if ((f & MiniTickerFields) != MiniTickerFields) return FrameRejection.MissingField;
                    ev.QuoteVolume = ev.Quantity;
                    kind = MarketEventKind.MiniTicker;
                    break;
                case EventAveragePrice:
                    if (_badStatisticsField) return FrameRejection.BadNumber;
                    if ((f & AveragePriceFields) != AveragePriceFields) return FrameRejection.MissingField;
                    kind = MarketEventKind.AveragePrice;
                    break;
                case EventShutdown:
                    ev.Kind = MarketEventKind.ServerShutdown;
                    return FrameRejection.None;
                default:
                    ev.Kind = MarketEventKind.Ignored;
                    return FrameRejection.None;
            }
        }
        else if ((f & HasLastUpdateId) != 0)
        {
            if ((f & (HasBidLevels | HasAskLevels)) != (HasBidLevels | HasAskLevels)) return FrameRejection.MissingField;
            kind = MarketEventKind.PartialDepth;
        }
        else if ((f & (HasBidPrice | HasAskPrice)) != 0)
        {
            const int all = HasSymbol | HasFinalId | HasBidPrice | HasBidQty | HasAskPrice | HasAskQty;
            if ((f & all) != all) return FrameRejection.MissingField;
            kind = MarketEventKind.BookTicker;
        }
        else if ((f & (HasCommandId | HasResult)) == (HasCommandId | HasResult))
        {
            ev.Kind = MarketEventKind.CommandResult;
            return FrameRejection.None;
        }
        else
        {
            return FrameRejection.UnknownShape;
        }
        if (_unknownSymbol) return FrameRejection.UnknownSymbol;
        if (ev.SymbolId < 0) return FrameRejection.MissingField;
        ev.Kind = kind;
        return FrameRejection.None;
    }

    private static bool TryInt64(ref Utf8JsonReader reader, out long value)
    {
        value = 0;
        return reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out value);
    }

    private static bool TryDecimal(ref Utf8JsonReader reader, out long units)
    {
        units = 0;
        if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped) return false;
        if (!Price.TryParse(reader.ValueSpan, out Price value)) return false;
        units = value.Raw;
        return true;
    }
}
