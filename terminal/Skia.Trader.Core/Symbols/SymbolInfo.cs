using Skia.Trader.Core.Numerics;

namespace Skia.Trader.Core.Symbols;

/// <summary>
/// SymbolInfo is what the exchange says about one trading pair (exchangeInfo): its assets and
/// the PRICE_FILTER, LOT_SIZE and NOTIONAL rules an order must pass, checked in that order, plus the
/// optional PERCENT_PRICE_BY_SIDE, MARKET_LOT_SIZE, ICEBERG_PARTS and TRAILING_DELTA filters that
/// <see cref="Check"/> applies by order type.
/// </summary>
public sealed class SymbolInfo
{
    /// <summary>SymbolInfo describes a symbol such as BTCUSDT (base BTC, quote USDT) and its filters.</summary>
    public SymbolInfo(string symbol, string baseAsset, string quoteAsset, PriceFilter priceFilter, LotSizeFilter lotSize, NotionalFilter notional)
    {
        ArgumentException.ThrowIfNullOrEmpty(symbol);
        ArgumentException.ThrowIfNullOrEmpty(baseAsset);
        ArgumentException.ThrowIfNullOrEmpty(quoteAsset);
        Symbol = symbol;
        BaseAsset = baseAsset;
        QuoteAsset = quoteAsset;
        PriceFilter = priceFilter;
        LotSize = lotSize;
        Notional = notional;
    }

    /// <summary>Symbol is the exchange's name of the pair, upper case (e.g. "BTCUSDT").</summary>
    public string Symbol { get; }

    /// <summary>BaseAsset is the asset bought and sold (e.g. "BTC").</summary>
    public string BaseAsset { get; }

    /// <summary>QuoteAsset is the asset prices are in (e.g. "USDT").</summary>
    public string QuoteAsset { get; }

    /// <summary>PriceFilter is the symbol's PRICE_FILTER.</summary>
    public PriceFilter PriceFilter { get; }

    /// <summary>LotSize is the symbol's LOT_SIZE filter.</summary>
    public LotSizeFilter LotSize { get; }

    /// <summary>Notional is the symbol's NOTIONAL (or MIN_NOTIONAL) filter.</summary>
    public NotionalFilter Notional { get; }

    /// <summary>MarketLotSize is the MARKET_LOT_SIZE filter (quantity rules of MARKET, STOP_LOSS and TAKE_PROFIT orders), or null.</summary>
    public LotSizeFilter? MarketLotSize { get; init; }

    /// <summary>PercentPriceBySide is the PERCENT_PRICE_BY_SIDE filter, or null.</summary>
    public PercentPriceBySideFilter? PercentPriceBySide { get; init; }

    /// <summary>TrailingDelta is the TRAILING_DELTA filter, or null (any positive delta).</summary>
    public TrailingDeltaFilter? TrailingDelta { get; init; }

    /// <summary>IcebergParts is the ICEBERG_PARTS limit (most parts an iceberg order may have), 0 when the symbol has none.</summary>
    public int IcebergParts { get; init; }

    /// <summary>PriceDecimals is how many decimals a price of this symbol needs on screen (from the tick size; 8 without one).</summary>
    public int PriceDecimals => PriceFilter.TickSize.IsZero ? Price.Decimals : FixedPoint8.DecimalsOf(PriceFilter.TickSize.Raw);

    /// <summary>QuantityDecimals is how many decimals a quantity of this symbol needs on screen (from the step size; 8 without one).</summary>
    public int QuantityDecimals => LotSize.StepSize.IsZero ? Quantity.Decimals : FixedPoint8.DecimalsOf(LotSize.StepSize.Raw);

    /// <summary>CheckLimit validates a LIMIT order's price and quantity against PRICE_FILTER, LOT_SIZE and NOTIONAL, in the exchange's order.</summary>
    public OrderCheck CheckLimit(Price price, Quantity quantity)
    {
        FilterRule rule = PriceFilter.Check(price);
        if (rule != FilterRule.None)
            return new OrderCheck(rule, "PRICE_FILTER", PriceFilter.Nearest(price), quantity);
        return CheckQuantityAndNotional(price, quantity, isMarket: false);
    }

    /// <summary>
    /// CheckMarket validates a MARKET order by base quantity; the notional rules use
    /// <paramref name="referencePrice"/> (the exchange uses its average price) when they apply to MARKET orders.
    /// </summary>
    public OrderCheck CheckMarket(Quantity quantity, Price referencePrice) =>
        CheckQuantityAndNotional(referencePrice, quantity, isMarket: true);

    /// <summary>CheckMarketQuote validates a MARKET order by quote amount (quoteOrderQty) against the notional rules.</summary>
    public OrderCheck CheckMarketQuote(Quantity quoteAmount)
    {
        if (quoteAmount.Raw <= 0)
            return new OrderCheck(FilterRule.NotionalBelowMin, Notional.FilterType, Price.Zero, Notional.MinNotional);
        Notional n = Numerics.Notional.FromQuote(quoteAmount);
        if (Notional.MinNotional.Raw > 0 && Notional.ApplyMinToMarket && n < Numerics.Notional.FromQuote(Notional.MinNotional))
            return new OrderCheck(FilterRule.NotionalBelowMin, Notional.FilterType, Price.Zero, Notional.MinNotional);
        if (Notional.MaxNotional.Raw > 0 && Notional.ApplyMaxToMarket && n > Numerics.Notional.FromQuote(Notional.MaxNotional))
            return new OrderCheck(FilterRule.NotionalAboveMax, Notional.FilterType, Price.Zero, Notional.MaxNotional);
        return new OrderCheck(FilterRule.None, null, Price.Zero, quoteAmount);
    }

    /// <summary>
    /// Check validates an order of any type against every filter that applies to it, in the order the
    /// exchange lists them: PRICE_FILTER (price and stopPrice), PERCENT_PRICE_BY_SIDE (limit price against
    /// <paramref name="averagePrice"/>), LOT_SIZE (quantity and icebergQty), MARKET_LOT_SIZE (orders that
    /// execute as MARKET), ICEBERG_PARTS, TRAILING_DELTA, then NOTIONAL (at the limit price, or at
    /// <paramref name="averagePrice"/> for market-priced orders). Zero values mean "not sent".
    /// </summary>
    public OrderCheck Check(Orders.OrderSide side, Orders.OrderType type, Price price, Quantity quantity, Quantity quoteQuantity,
        Price averagePrice, Price stopPrice = default, long trailingDelta = 0, Quantity icebergQuantity = default)
    {
        Orders.OrderShape shape = Orders.OrderShapes.Of(type);
        bool isBuy = side == Orders.OrderSide.Buy;
        FilterRule rule;
        if (shape.IsPriced && (rule = PriceFilter.Check(price)) != FilterRule.None)
            return new OrderCheck(rule, "PRICE_FILTER", PriceFilter.Nearest(price), quantity);
        if (!stopPrice.IsZero && (rule = PriceFilter.Check(stopPrice)) != FilterRule.None)
            return new OrderCheck(rule, "PRICE_FILTER", PriceFilter.Nearest(stopPrice), quantity);
        if (shape.IsPriced && PercentPriceBySide is { } band && !band.Passes(price, isBuy, averagePrice))
        {
            (Price low, Price high) = band.Band(isBuy, averagePrice);
            Price nearest = price > high ? PriceFilter.RoundToTick(high, RoundingDirection.Down) : PriceFilter.RoundToTick(low, RoundingDirection.Up);
            return new OrderCheck(FilterRule.PriceOutsideBand, "PERCENT_PRICE_BY_SIDE", nearest, quantity);
        }
        if (type == Orders.OrderType.Market && quantity.IsZero)
            return CheckMarketQuote(quoteQuantity);
        if ((rule = LotSize.Check(quantity)) != FilterRule.None)
            return new OrderCheck(rule, "LOT_SIZE", price, LotSize.Nearest(quantity));
        if (!icebergQuantity.IsZero && (rule = LotSize.Check(icebergQuantity)) != FilterRule.None)
            return new OrderCheck(rule, "LOT_SIZE", price, quantity);
        if (shape.ExecutesAsMarket && MarketLotSize is { } marketLot && (rule = marketLot.Check(quantity)) != FilterRule.None)
        {
            FilterRule marketRule = rule switch
            {
                FilterRule.QuantityBelowMin => FilterRule.MarketQuantityBelowMin,
                FilterRule.QuantityAboveMax => FilterRule.MarketQuantityAboveMax,
                FilterRule.QuantityOffStep => FilterRule.MarketQuantityOffStep,
                _ => throw new InvalidOperationException($"LOT_SIZE check returned {rule}."),
            };
            return new OrderCheck(marketRule, "MARKET_LOT_SIZE", price, marketLot.Nearest(quantity));
        }
        if (!icebergQuantity.IsZero && IcebergParts > 0 && (quantity.Raw + icebergQuantity.Raw - 1) / icebergQuantity.Raw > IcebergParts)
            return new OrderCheck(FilterRule.IcebergTooManyParts, "ICEBERG_PARTS", price, quantity);
        if (trailingDelta != 0 && TrailingDelta is { } trailing && !trailing.Passes(trailingDelta, TriggersAbove(side, type)))
            return new OrderCheck(FilterRule.TrailingDeltaOutOfRange, "TRAILING_DELTA", price, quantity);
        return shape.IsPriced
            ? CheckQuantityAndNotional(price, quantity, isMarket: false)
            : CheckQuantityAndNotional(averagePrice, quantity, isMarket: true);
    }

    /// <summary>TriggersAbove says whether a contingent order of this side and type triggers above the market (STOP_LOSS BUY, TAKE_PROFIT SELL) rather than below.</summary>
    public static bool TriggersAbove(Orders.OrderSide side, Orders.OrderType type) => type switch
    {
        Orders.OrderType.StopLoss or Orders.OrderType.StopLossLimit => side == Orders.OrderSide.Buy,
        Orders.OrderType.TakeProfit or Orders.OrderType.TakeProfitLimit => side == Orders.OrderSide.Sell,
        Orders.OrderType.Limit or Orders.OrderType.Market or Orders.OrderType.LimitMaker =>
            throw new ArgumentException($"{type} is not a contingent order type.", nameof(type)),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown order type."),
    };

    private OrderCheck CheckQuantityAndNotional(Price price, Quantity quantity, bool isMarket)
    {
        FilterRule rule = LotSize.Check(quantity);
        if (rule != FilterRule.None)
            return new OrderCheck(rule, "LOT_SIZE", price, LotSize.Nearest(quantity));
        if (price.Raw <= 0)
            return new OrderCheck(FilterRule.None, null, price, quantity); // no reference price: notional cannot be judged
        rule = Notional.Check(price, quantity, isMarket);
        if (rule == FilterRule.None)
            return new OrderCheck(FilterRule.None, null, price, quantity);
        Quantity nearest = rule == FilterRule.NotionalBelowMin
            ? LotSize.RoundToStep(Numerics.Notional.FromQuote(Notional.MinNotional).DivideBy(price, RoundingDirection.Up), RoundingDirection.Up)
            : LotSize.RoundToStep(Numerics.Notional.FromQuote(Notional.MaxNotional).DivideBy(price, RoundingDirection.Down), RoundingDirection.Down);
        return new OrderCheck(rule, Notional.FilterType, price, nearest);
    }
}
