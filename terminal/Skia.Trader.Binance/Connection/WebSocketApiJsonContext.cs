using System.Text.Json.Serialization;

namespace Skia.Trader.Binance.Connection;

/// <summary>WebSocketApiJsonContext is the source-generated (reflection-free, AOT-safe) serializer for WebSocket API results REST does not have.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(CancelReplaceDto))]
internal sealed partial class WebSocketApiJsonContext : JsonSerializerContext;
