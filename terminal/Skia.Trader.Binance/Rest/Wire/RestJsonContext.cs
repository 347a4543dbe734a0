using System.Text.Json;
using System.Text.Json.Serialization;

namespace Skia.Trader.Binance.Rest.Wire;

/// <summary>RestJsonContext is the source-generated (reflection-free, AOT-safe) serializer for REST answers.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(ServerTimeDto))]
[JsonSerializable(typeof(ApiErrorDto))]
[JsonSerializable(typeof(OrderDto))]
[JsonSerializable(typeof(List<OrderDto>))]
[JsonSerializable(typeof(AccountDto))]
[JsonSerializable(typeof(ExchangeInfoDto))]
[JsonSerializable(typeof(OrderListDto))]
[JsonSerializable(typeof(AmendDto))]
[JsonSerializable(typeof(List<MyTradeDto>))]
[JsonSerializable(typeof(List<JsonElement>))]
internal sealed partial class RestJsonContext : JsonSerializerContext;
