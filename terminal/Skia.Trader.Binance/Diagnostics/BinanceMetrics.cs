using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Skia.Trader.Binance.Diagnostics;

/// <summary>
/// BinanceMetrics publishes the client's counters through <see cref="System.Diagnostics.Metrics"/> on one meter,
/// <see cref="MeterName"/>: feed messages per symbol, data age (exchange event time to receipt), depth resyncs,
/// reconnects per connection, order round trips by path and rejects by code. Names and units follow the
/// OpenTelemetry conventions (lower-case dotted names, UCUM units, <c>{thing}</c> annotations for counts).
/// Recording a feed event allocates nothing: the per-symbol tags are built once per symbol.
/// </summary>
public static class BinanceMetrics
{
    /// <summary>MeterName is the name of the client's meter.</summary>
    public const string MeterName = "Skia.Trader.Binance";

    /// <summary>FeedMessagesName is the counter of market-data events applied, tagged by <c>symbol</c>.</summary>
    public const string FeedMessagesName = "skia.trader.feed.messages";

    /// <summary>DataAgeName is the histogram of the time from the exchange's event time (<c>E</c>) to receipt of a depth or trade event, in ms, tagged by <c>symbol</c>.</summary>
    public const string DataAgeName = "skia.trader.feed.data_age";

    /// <summary>DepthResyncsName is the counter of books rebuilt from a new snapshot, tagged by <c>symbol</c>.</summary>
    public const string DepthResyncsName = "skia.trader.feed.depth.resyncs";

    /// <summary>ReconnectsName is the counter of connection losses followed by a reconnect, tagged by <c>connection</c> (market_data, websocket_api, user_data).</summary>
    public const string ReconnectsName = "skia.trader.connection.reconnects";

    /// <summary>OrderRoundTripName is the histogram of order request round trips (sent to answered, refusals included; lost answers are not round trips), in ms, tagged by <c>path</c> (rest, websocket_api).</summary>
    public const string OrderRoundTripName = "skia.trader.order.round_trip";

    /// <summary>OrderRejectsName is the counter of orders the exchange refused, tagged by <c>code</c> (Binance's error code, e.g. -2010).</summary>
    public const string OrderRejectsName = "skia.trader.order.rejects";

    /// <summary>SymbolTag is the tag naming the symbol (upper case, e.g. BTCUSDT).</summary>
    public const string SymbolTag = "symbol";

    /// <summary>PathTag is the tag naming the order path: <see cref="RestPath"/> or <see cref="WebSocketApiPath"/>.</summary>
    public const string PathTag = "path";

    /// <summary>ConnectionTag is the tag naming the connection that reconnected.</summary>
    public const string ConnectionTag = "connection";

    /// <summary>CodeTag is the tag carrying the exchange's error code of a reject.</summary>
    public const string CodeTag = "code";

    /// <summary>RestPath is the <see cref="PathTag"/> value of requests over REST.</summary>
    public const string RestPath = "rest";

    /// <summary>WebSocketApiPath is the <see cref="PathTag"/> value of requests over the WebSocket API.</summary>
    public const string WebSocketApiPath = "websocket_api";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> FeedMessages =
        Meter.CreateCounter<long>(FeedMessagesName, "{message}", "Market-data events applied, per symbol.");

    private static readonly Histogram<double> DataAge =
        Meter.CreateHistogram<double>(DataAgeName, "ms", "Time from the exchange's event time (E) to receipt of a depth or trade event.");

    private static readonly Counter<long> DepthResyncs =
        Meter.CreateCounter<long>(DepthResyncsName, "{resync}", "Order books rebuilt from a new snapshot.");

    private static readonly Counter<long> Reconnects =
        Meter.CreateCounter<long>(ReconnectsName, "{reconnect}", "Connections lost and being re-established.");

    private static readonly Histogram<double> OrderRoundTrip =
        Meter.CreateHistogram<double>(OrderRoundTripName, "ms", "Order request round trip, request sent to answer received.");

    private static readonly Counter<long> OrderRejects =
        Meter.CreateCounter<long>(OrderRejectsName, "{reject}", "Orders refused by the exchange, per error code.");

    private static readonly KeyValuePair<string, object?>[] RestTags = [new(PathTag, RestPath)];
    private static readonly KeyValuePair<string, object?>[] WebSocketApiTags = [new(PathTag, WebSocketApiPath)];

    /// <summary>SymbolTags builds the cached tag array for one symbol (once per symbol, at feed creation).</summary>
    internal static KeyValuePair<string, object?>[] SymbolTags(string symbol) => [new(SymbolTag, symbol)];

    /// <summary>
    /// RecordFeedEvent counts one applied market-data event of a symbol and, when <paramref name="eventTimeMs"/> is
    /// known (not 0), its age against the wall clock. Allocates nothing.
    /// </summary>
    internal static void RecordFeedEvent(KeyValuePair<string, object?>[] symbolTags, long eventTimeMs)
    {
        FeedMessages.Add(1, symbolTags.AsSpan());
        if (eventTimeMs != 0 && DataAge.Enabled)
        {
            long now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            DataAge.Record(Math.Max(0, now - eventTimeMs), symbolTags.AsSpan());
        }
    }

    /// <summary>RecordFeedMessage counts one applied market-data event that carries no event time of interest. Allocates nothing.</summary>
    internal static void RecordFeedMessage(KeyValuePair<string, object?>[] symbolTags) => FeedMessages.Add(1, symbolTags.AsSpan());

    /// <summary>RecordResync counts one book rebuilt from a snapshot.</summary>
    internal static void RecordResync(KeyValuePair<string, object?>[] symbolTags) => DepthResyncs.Add(1, symbolTags.AsSpan());

    /// <summary>RecordReconnect counts one lost connection being re-established.</summary>
    internal static void RecordReconnect(string connection) => Reconnects.Add(1, new KeyValuePair<string, object?>(ConnectionTag, connection));

    /// <summary>RecordRoundTrip records one order request's round trip since <paramref name="startTimestamp"/> (a <see cref="Stopwatch"/> timestamp).</summary>
    internal static void RecordRoundTrip(bool overWebSocketApi, long startTimestamp) =>
        OrderRoundTrip.Record(Stopwatch.GetElapsedTime(startTimestamp).TotalMilliseconds, (overWebSocketApi ? WebSocketApiTags : RestTags).AsSpan());

    /// <summary>RecordReject counts one order refused by the exchange with <paramref name="code"/>.</summary>
    internal static void RecordReject(int code) => OrderRejects.Add(1, new KeyValuePair<string, object?>(CodeTag, code));
}
