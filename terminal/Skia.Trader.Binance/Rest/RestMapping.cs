using System.Text.Json;
using Skia.Trader.Binance.Orders;
using Skia.Trader.Binance.Rest.Wire;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;
using Skia.Trader.Core.Symbols;

namespace Skia.Trader.Binance.Rest;

/// <summary>RestMapping turns decoded REST answers into domain types, refusing numbers that are not exact decimals.</summary>
internal static class RestMapping
{
    public static Price Px(string? text) =>
        text is null ? Price.Zero : Price.TryParse(text.AsSpan(), out Price p) ? p : throw Bad(text);

    public static Quantity Qty(string? text) =>
        text is null ? Quantity.Zero : Quantity.TryParse(text.AsSpan(), out Quantity q) ? q : throw Bad(text);

    private static BinanceApiException Bad(string text) => new(200, 0, $"'{text}' is not an exact decimal.", outcomeUnknown: false);

    public static OrderReport ToReport(OrderDto d, string? clientOrderId)
    {
        // A name this client does not know is an answer it cannot read: refused, never guessed.
        if (!OrderWireNames.TryParseSide(Ascii(d.Side), out OrderSide side)) throw Unknown("side", d.Side);
        if (!OrderWireNames.TryParseType(Ascii(d.Type), out OrderType type)) throw Unknown("type", d.Type);
        TimeInForce tif = TimeInForce.Gtc;
        if (d.TimeInForce is not null && !OrderWireNames.TryParseTimeInForce(Ascii(d.TimeInForce), out tif)) throw Unknown("timeInForce", d.TimeInForce);
        if (!OrderWireNames.TryParseStatus(Ascii(d.Status), out OrderStatus status)) throw Unknown("status", d.Status);
        var fills = (d.Fills ?? []).Select(f => new OrderFill(Px(f.Price), Qty(f.Qty), Qty(f.Commission), f.CommissionAsset ?? "", f.TradeId)).ToList();
        long time = d.UpdateTime != 0 ? d.UpdateTime : d.TransactTime != 0 ? d.TransactTime : d.Time;
        string id = d.OrigClientOrderId is { Length: > 0 } orig ? orig : d.ClientOrderId ?? clientOrderId ?? "";
        return new OrderReport(d.Symbol ?? "", d.OrderId, id, side, type, tif, status, Px(d.Price), Qty(d.OrigQty),
            Qty(d.ExecutedQty), Qty(d.CummulativeQuoteQty), time, fills)
        {
            StopPrice = Px(d.StopPrice),
            IcebergQuantity = Qty(d.IcebergQty),
            TrailingDelta = d.TrailingDelta,
            OrderListId = d.OrderListId,
        };
    }

    private static BinanceApiException Unknown(string field, string? value) =>
        new(200, 0, $"Order answer has {field} '{value}', which this client does not know.", outcomeUnknown: false);

    public static SymbolInfo ToSymbolInfo(SymbolDto s)
    {
        var price = new PriceFilter(Price.Zero, Price.Zero, Price.Zero);
        var lot = new LotSizeFilter(Quantity.Zero, Quantity.Zero, Quantity.Zero);
        NotionalFilter notional = NotionalFilter.None;
        LotSizeFilter? marketLot = null;
        PercentPriceBySideFilter? band = null;
        TrailingDeltaFilter? trailing = null;
        int icebergParts = 0;
        foreach (FilterDto f in s.Filters ?? [])
        {
            switch (f.FilterType)
            {
                case "PRICE_FILTER":
                    price = new PriceFilter(Px(f.MinPrice), Px(f.MaxPrice), Px(f.TickSize));
                    break;
                case "LOT_SIZE":
                    lot = new LotSizeFilter(Qty(f.MinQty), Qty(f.MaxQty), Qty(f.StepSize));
                    break;
                case "NOTIONAL":
                    notional = new NotionalFilter("NOTIONAL", Qty(f.MinNotional), Qty(f.MaxNotional), f.ApplyMinToMarket ?? false, f.ApplyMaxToMarket ?? false);
                    break;
                case "MIN_NOTIONAL" when notional.MinNotional.IsZero:
                    notional = new NotionalFilter("MIN_NOTIONAL", Qty(f.MinNotional), Quantity.Zero, f.ApplyToMarket ?? false, false);
                    break;
                case "MARKET_LOT_SIZE":
                    marketLot = new LotSizeFilter(Qty(f.MinQty), Qty(f.MaxQty), Qty(f.StepSize));
                    break;
                case "PERCENT_PRICE_BY_SIDE":
                    band = new PercentPriceBySideFilter(Px(f.BidMultiplierUp), Px(f.BidMultiplierDown), Px(f.AskMultiplierUp), Px(f.AskMultiplierDown), f.AvgPriceMins ?? 0);
                    break;
                case "TRAILING_DELTA":
                    trailing = new TrailingDeltaFilter(f.MinTrailingAboveDelta ?? 0, f.MaxTrailingAboveDelta ?? long.MaxValue,
                        f.MinTrailingBelowDelta ?? 0, f.MaxTrailingBelowDelta ?? long.MaxValue);
                    break;
                case "ICEBERG_PARTS":
                    icebergParts = f.Limit ?? 0;
                    break;
            }
        }
        return new SymbolInfo(s.Symbol ?? "?", s.BaseAsset ?? "?", s.QuoteAsset ?? "?", price, lot, notional)
        {
            MarketLotSize = marketLot,
            PercentPriceBySide = band,
            TrailingDelta = trailing,
            IcebergParts = icebergParts,
        };
    }

    /// <summary>ParseKlines reads <c>[[openTime,"o","h","l","c","v",closeTime,"q",n,...],...]</c>.</summary>
    public static IReadOnlyList<Candle> ParseKlines(byte[] body)
    {
        var result = new List<Candle>();
        try
        {
            var reader = new Utf8JsonReader(body);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray) throw Unreadable();
            while (reader.Read() && reader.TokenType == JsonTokenType.StartArray)
            {
                reader.Read(); long openTime = reader.GetInt64();
                Price open = NextPrice(ref reader), high = NextPrice(ref reader), low = NextPrice(ref reader), close = NextPrice(ref reader);
                Quantity volume = NextQuantity(ref reader);
                reader.Read(); long closeTime = reader.GetInt64();
                Quantity quoteVolume = NextQuantity(ref reader);
                reader.Read(); long trades = reader.GetInt64();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) reader.Skip();
                result.Add(new Candle(openTime, open, high, low, close, volume, closeTime, quoteVolume, trades));
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            throw new BinanceApiException(200, 0, "Unreadable klines answer: " + e.Message, outcomeUnknown: false, inner: e);
        }
        return result;
    }

    private static Price NextPrice(ref Utf8JsonReader reader)
    {
        reader.Read();
        return Price.TryParse(reader.ValueSpan, out Price p) ? p : throw Unreadable();
    }

    private static Quantity NextQuantity(ref Utf8JsonReader reader)
    {
        reader.Read();
        return Quantity.TryParse(reader.ValueSpan, out Quantity q) ? q : throw Unreadable();
    }

    private static FormatException Unreadable() => new("unexpected kline layout");

    private static ReadOnlySpan<byte> Ascii(string? text)
    {
        if (text is null) return default;
        var bytes = new byte[text.Length];
        for (int i = 0; i < text.Length; i++) bytes[i] = (byte)text[i];
        return bytes;
    }
}
