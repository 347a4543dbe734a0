using Skia.Trader.Core.Numerics;

namespace Skia.Trader.Core.Symbols;

/// <summary>
/// SymbolInfo is what the exchange says about one trading pair (exchangeInfo): its assets and
/// the PRICE_FILTER, LOT_SIZE and NOTIONAL rules an order must pass, checked in that order.
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
