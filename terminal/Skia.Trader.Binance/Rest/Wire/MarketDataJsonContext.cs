using System.Text.Json.Serialization;

namespace Skia.Trader.Binance.Rest.Wire;

/// <summary>MarketDataJsonContext is the source-generated (reflection-free) serializer for the second-round market-data answers.</summary>
[JsonSerializable(typeof(List<TradeDto>))]
[JsonSerializable(typeof(List<AggTradeDto>))]
[JsonSerializable(typeof(TickerDto))]
[JsonSerializable(typeof(List<TickerDto>))]
[JsonSerializable(typeof(BookTickerDto))]
[JsonSerializable(typeof(List<BookTickerDto>))]
[JsonSerializable(typeof(AvgPriceDto))]
internal sealed partial class MarketDataJsonContext : JsonSerializerContext;
