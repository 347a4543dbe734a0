using System.Globalization;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;
using Skia.Trader.Core.Symbols;
using Skia.Trader.Ui.Text;

namespace Skia.Trader.Ui.Model;

/// <summary>
/// TicketModel is the order ticket without pixels: side, type, time in force, price, stop price and quantity, size
/// presets from the free balance, total and estimated fee, every symbol filter checked before sending (with the
/// failing rule and the nearest valid value), and a submit guard that builds exactly one <see cref="Order"/> per press.
/// </summary>
/// <remarks>
/// Values are kept as entered, so the check can say what is wrong with them (a price off the tick: PRICE_FILTER and
/// the nearest tick); <see cref="SnapPrice"/>, <see cref="SnapStopPrice"/> and <see cref="SnapQuantity"/> move them onto
/// the grid (to the nearest valid tick and step, the values the check suggests), which the form does when a box is
/// left; presets size down to the step (never more than the balance covers). A field
/// never entered is <see cref="TicketProblem.Incomplete"/>, not an error. Which fields apply comes from Core's
/// <see cref="OrderShapes"/>: a MARKET ticket sends no price and no time in force, a LIMIT_MAKER no time in force, a
/// stop-limit needs a stop price.
/// </remarks>
public sealed class TicketModel
{
    /// <summary>Types are the order types the ticket offers.</summary>
    public static IReadOnlyList<OrderType> Types { get; } =
        [OrderType.Limit, OrderType.Market, OrderType.LimitMaker, OrderType.StopLossLimit, OrderType.TakeProfitLimit];

    /// <summary>
    /// DefaultCommission is the rate used until the account's own is known: 0.1 %, Binance's base spot rate for maker
    /// and taker (the simulator's default too). <see cref="CommissionFromAccount"/> says which one the fee shows.
    /// </summary>
    public static Quantity DefaultCommission { get; } = Quantity.FromRaw(100_000);

    private readonly Func<string> _newClientOrderId;
    private long _lastPressId = long.MinValue;
    private Order? _lastPressOrder;
    private OrderType _type = OrderType.Limit;
    private TimeInForce _timeInForce = TimeInForce.Gtc;
    private OrderSide _side = OrderSide.Buy;
    private Price _bestBid, _bestAsk;
    private Quantity _baseFree, _quoteFree;

    /// <summary>Creates a ticket for <paramref name="symbol"/>.</summary>
    /// <param name="symbol">The symbol's filters.</param>
    /// <param name="newClientOrderId">Makes a client order id per order (the terminal passes OrderEntry.NewClientOrderId).</param>
    public TicketModel(SymbolInfo symbol, Func<string> newClientOrderId)
    {
        Symbol = symbol ?? throw new ArgumentNullException(nameof(symbol));
        _newClientOrderId = newClientOrderId ?? throw new ArgumentNullException(nameof(newClientOrderId));
    }

    /// <summary>Symbol is the symbol the ticket trades, with its filters.</summary>
    public SymbolInfo Symbol { get; }

    /// <summary>Side is BUY or SELL; with a book (<see cref="SetBook"/>) the reference price follows it (best ask to buy, best bid to sell).</summary>
    public OrderSide Side
    {
        get => _side;
        set
        {
            _side = value;
            UpdateReference();
        }
    }

    /// <summary>Type is the order type; one of <see cref="Types"/>.</summary>
    public OrderType Type
    {
        get => _type;
        set
        {
            if (!Types.Contains(value)) throw new ArgumentOutOfRangeException(nameof(value), value, "The ticket does not offer this order type.");
            _type = value;
            IReadOnlyList<TimeInForce> allowed = Shape.TimesInForce;
            if (allowed.Count > 0 && !allowed.Contains(_timeInForce)) _timeInForce = allowed[0];
        }
    }

    /// <summary>Shape is the order type's shape: which fields it requires, allows or forbids.</summary>
    public OrderShape Shape => OrderShapes.Of(_type);

    /// <summary>UsesPrice says the type sends a limit price (the form shows the price box).</summary>
    public bool UsesPrice => Shape.Allows(OrderParameter.Price);

    /// <summary>UsesStopPrice says the type takes a stop price.</summary>
    public bool UsesStopPrice => Shape.Allows(OrderParameter.StopPrice);

    /// <summary>UsesTimeInForce says the type sends a time in force.</summary>
    public bool UsesTimeInForce => Shape.Allows(OrderParameter.TimeInForce);

    /// <summary>TimesInForce are the times in force the current type accepts (empty when it sends none).</summary>
    public IReadOnlyList<TimeInForce> TimesInForce => Shape.TimesInForce;

    /// <summary>TimeInForce is GTC, IOC or FOK; only types that take one accept a change.</summary>
    public TimeInForce TimeInForce
    {
        get => _timeInForce;
        set
        {
            if (!Shape.TimesInForce.Contains(value))
                throw new ArgumentOutOfRangeException(nameof(value), value, $"{OrderWireNames.ToWire(_type)} does not take this time in force.");
            _timeInForce = value;
        }
    }

    /// <summary>Price is the limit price as entered (<see cref="SnapPrice"/> puts it on the tick grid).</summary>
    public Price Price { get; private set; }

    /// <summary>HasPrice says a price was entered.</summary>
    public bool HasPrice { get; private set; }

    /// <summary>StopPrice is the stop price of stop/take-profit types as entered.</summary>
    public Price StopPrice { get; private set; }

    /// <summary>HasStopPrice says a stop price was entered.</summary>
    public bool HasStopPrice { get; private set; }

    /// <summary>Quantity is the base quantity as entered (<see cref="SnapQuantity"/> puts it on the step grid).</summary>
    public Quantity Quantity { get; private set; }

    /// <summary>HasQuantity says a quantity was entered (typed, or set by a preset).</summary>
    public bool HasQuantity { get; private set; }

    /// <summary>ReferencePrice is what a MARKET order is valued at (best ask to buy, best bid to sell) and the band's average price; set from the book.</summary>
    public Price ReferencePrice { get; set; }

    /// <summary>BaseFree is the free balance of the base asset; setting it makes the balances known (<see cref="BalancesKnown"/>).</summary>
    public Quantity BaseFree
    {
        get => _baseFree;
        set
        {
            _baseFree = value;
            BalancesKnown = true;
        }
    }

    /// <summary>QuoteFree is the free balance of the quote asset; setting it makes the balances known (<see cref="BalancesKnown"/>).</summary>
    public Quantity QuoteFree
    {
        get => _quoteFree;
        set
        {
            _quoteFree = value;
            BalancesKnown = true;
        }
    }

    /// <summary>
    /// BalancesKnown says the account's balances were given (<see cref="BaseFree"/> or <see cref="QuoteFree"/> set); until
    /// then the ticket knows no balance (not a zero one): presets size nothing and <see cref="Check"/> says
    /// <see cref="TicketProblem.BalancesUnknown"/>.
    /// </summary>
    public bool BalancesKnown { get; private set; }

    /// <summary>AvailableAsset is the asset the order spends: the quote asset to buy, the base asset to sell.</summary>
    public string AvailableAsset => _side == OrderSide.Buy ? Symbol.QuoteAsset : Symbol.BaseAsset;

    /// <summary>Available is the free balance of <see cref="AvailableAsset"/>.</summary>
    public Quantity Available => _side == OrderSide.Buy ? QuoteFree : BaseFree;

    /// <summary>MakerCommission is the maker rate as a fraction (0.001 = 0.1 %); <see cref="DefaultCommission"/> until the account's is set.</summary>
    public Quantity MakerCommission { get; set; } = DefaultCommission;

    /// <summary>TakerCommission is the taker rate as a fraction; <see cref="DefaultCommission"/> until the account's is set.</summary>
    public Quantity TakerCommission { get; set; } = DefaultCommission;

    /// <summary>CommissionFromAccount says the rates are the account's own (true) or the exchange's documented default (false).</summary>
    public bool CommissionFromAccount { get; set; }

    /// <summary>SetBook gives the ticket the best bid and ask; the reference price follows the side. Returns true when the reference price changed.</summary>
    /// <param name="bestBid">The best bid, or zero.</param>
    /// <param name="bestAsk">The best ask, or zero.</param>
    public bool SetBook(Price bestBid, Price bestAsk)
    {
        Price before = ReferencePrice;
        _bestBid = bestBid;
        _bestAsk = bestAsk;
        UpdateReference();
        return ReferencePrice != before;
    }

    /// <summary>SetPrice sets the limit price as entered.</summary>
    /// <param name="price">The typed or clicked price.</param>
    public void SetPrice(Price price)
    {
        Price = price;
        HasPrice = true;
    }

    /// <summary>ClearPrice forgets the limit price (the box was emptied).</summary>
    public void ClearPrice()
    {
        Price = Price.Zero;
        HasPrice = false;
    }

    /// <summary>SetStopPrice sets the stop price as entered.</summary>
    /// <param name="price">The typed price.</param>
    public void SetStopPrice(Price price)
    {
        StopPrice = price;
        HasStopPrice = true;
    }

    /// <summary>ClearStopPrice forgets the stop price.</summary>
    public void ClearStopPrice()
    {
        StopPrice = Price.Zero;
        HasStopPrice = false;
    }

    /// <summary>SetQuantity sets the quantity as entered.</summary>
    /// <param name="quantity">The typed quantity.</param>
    public void SetQuantity(Quantity quantity)
    {
        Quantity = quantity.IsNegative ? Quantity.Zero : quantity;
        HasQuantity = true;
    }

    /// <summary>ClearQuantity forgets the quantity.</summary>
    public void ClearQuantity()
    {
        Quantity = Quantity.Zero;
        HasQuantity = false;
    }

    /// <summary>SnapPrice moves the price to the nearest tick inside the filter's range; true when it moved.</summary>
    public bool SnapPrice()
    {
        if (!HasPrice) return false;
        Price snapped = SnapToTick(Price);
        bool moved = snapped != Price;
        Price = snapped;
        return moved;
    }

    /// <summary>SnapStopPrice moves the stop price to the nearest tick inside the filter's range; true when it moved.</summary>
    public bool SnapStopPrice()
    {
        if (!HasStopPrice) return false;
        Price snapped = SnapToTick(StopPrice);
        bool moved = snapped != StopPrice;
        StopPrice = snapped;
        return moved;
    }

    /// <summary>SnapQuantity moves the quantity to the nearest step inside LOT_SIZE's range (the nearest valid value the check shows); true when it moved.</summary>
    public bool SnapQuantity()
    {
        if (!HasQuantity) return false;
        Quantity snapped = Symbol.LotSize.StepSize.IsZero ? Quantity : Symbol.LotSize.Nearest(Quantity);
        bool moved = snapped != Quantity;
        Quantity = snapped;
        return moved;
    }

    /// <summary>ApplyPreset sets the quantity to a percentage (25, 50, 75, 100) of the free balance, down to the step: BUY quote free / price, SELL base free; false when the balances are not known yet (<see cref="BalancesKnown"/>) or there is no price to divide by.</summary>
    /// <param name="percent">25, 50, 75 or 100.</param>
    public bool ApplyPreset(int percent)
    {
        if (percent is not (25 or 50 or 75 or 100)) throw new ArgumentOutOfRangeException(nameof(percent), percent, "Presets are 25, 50, 75 and 100 %.");
        if (!BalancesKnown) return false;
        if (_side == OrderSide.Sell)
        {
            SetQuantity(DownToStep(Quantity.FromRaw((long)((Int128)BaseFree.Raw * percent / 100))));
            return true;
        }
        // A limit is sized at its price once there is one, else (like MARKET) at the best opposite price.
        Price price = Shape.IsPriced && HasPrice ? Price : ReferencePrice;
        if (price.Raw <= 0) return false;
        var quote = Quantity.FromRaw((long)((Int128)QuoteFree.Raw * percent / 100));
        SetQuantity(Buys(quote, price));
        return true;
    }

    /// <summary>
    /// BuildMarketOrder builds a MARKET order of <paramref name="side"/> at <paramref name="percent"/> % of the free
    /// balance, valued at the best opposite price, checked like any ticket (the market buy/sell hotkeys). The form's own
    /// fields are left as they are. <see cref="TicketSubmission.Order"/> is null when the check fails (it says why).
    /// </summary>
    /// <param name="side">BUY or SELL.</param>
    /// <param name="percent">25, 50, 75 or 100.</param>
    public TicketSubmission BuildMarketOrder(OrderSide side, int percent)
    {
        var market = new TicketModel(Symbol, _newClientOrderId)
        {
            MakerCommission = MakerCommission,
            TakerCommission = TakerCommission,
            CommissionFromAccount = CommissionFromAccount,
            Type = OrderType.Market,
            ReferencePrice = ReferencePrice,
        };
        if (BalancesKnown) (market.BaseFree, market.QuoteFree) = (BaseFree, QuoteFree);
        market._bestBid = _bestBid;
        market._bestAsk = _bestAsk;
        market.Side = side;
        if (!market.ApplyPreset(percent))
        {
            market.SetQuantity(Quantity.Zero); // sized at nothing: the check says why (no market price, no balances yet)
            return new TicketSubmission(null, false, market.Check());
        }
        return market.Submit(1);
    }

    /// <summary>ValuationPrice is the price the ticket is valued at: the limit price for priced types, else <see cref="ReferencePrice"/>.</summary>
    public Price ValuationPrice => Shape.IsPriced ? Price : ReferencePrice;

    /// <summary>
    /// Total is price x quantity in the quote asset (rounded to 10^-8), or null when it does not fit an 8-decimal 64-bit
    /// amount (about 92 billion): a price or quantity typed far beyond any balance, which <see cref="Check"/> refuses.
    /// </summary>
    public Quantity? Total => (ValuationPrice * Quantity).TryToQuantity(RoundingDirection.Nearest, out Quantity total) ? total : null;

    /// <summary>IsTaker says the order is expected to take liquidity: MARKET always, LIMIT_MAKER never, a limit when it crosses the reference price.</summary>
    public bool IsTaker => _type switch
    {
        OrderType.Market => true,
        OrderType.LimitMaker => false,
        OrderType.Limit => ReferencePrice.Raw > 0 && (_side == OrderSide.Buy ? Price >= ReferencePrice : Price <= ReferencePrice),
        // A stop-limit rests once triggered (its limit is usually passive): the fee shown is the maker's.
        OrderType.StopLossLimit or OrderType.TakeProfitLimit => false,
        _ => throw new InvalidOperationException($"The ticket does not offer {_type}."),
    };

    /// <summary>CommissionRate is the rate the fee is estimated at: taker or maker.</summary>
    public Quantity CommissionRate => IsTaker ? TakerCommission : MakerCommission;

    /// <summary>EstimatedFee is <see cref="Total"/> times the maker or taker rate, in the quote asset (rounded up); null when the total is.</summary>
    public Quantity? EstimatedFee
    {
        get
        {
            if (Total is not { } total) return null;
            Int128 raw = (Int128)total.Raw * CommissionRate.Raw;
            Int128 scale = 100_000_000;
            return Quantity.FromRaw((long)((raw + scale - 1) / scale));
        }
    }

    /// <summary>
    /// Check applies, in order: the fields the type needs (<see cref="TicketProblem.Incomplete"/> while one was never
    /// entered), a market price for MARKET, the account's balances being known (<see cref="TicketProblem.BalancesUnknown"/>
    /// until they are: a zero balance is not assumed), every symbol filter (Core's <see cref="SymbolInfo.Check"/>, the exchange's
    /// own order) and the free balance; it says the first failure with its rule and the nearest valid value.
    /// </summary>
    public TicketCheck Check()
    {
        OrderShape shape = Shape;
        bool priced = shape.Allows(OrderParameter.Price);
        bool stopped = shape.Allows(OrderParameter.StopPrice);
        FilterRule rule;
        // A price already entered is judged at once, even while another field is still empty.
        if (priced && HasPrice && (rule = Symbol.PriceFilter.Check(Price)) != FilterRule.None)
            return Describe(new OrderCheck(rule, "PRICE_FILTER", Symbol.PriceFilter.Nearest(Price), Quantity), stopped);
        if (priced && !HasPrice) return Incomplete(TicketField.Price, "ticket.enter.price");
        if (stopped && HasStopPrice && (rule = Symbol.PriceFilter.Check(StopPrice)) != FilterRule.None)
            return Describe(new OrderCheck(rule, "PRICE_FILTER", Symbol.PriceFilter.Nearest(StopPrice), Quantity), stopped);
        if (stopped && !HasStopPrice) return Incomplete(TicketField.StopPrice, "ticket.enter.stop-price");
        if (!HasQuantity) return Incomplete(TicketField.Quantity, "ticket.enter.quantity");

        OrderParameter sent = OrderParameter.Quantity;
        if (priced) sent |= OrderParameter.Price;
        if (stopped) sent |= OrderParameter.StopPrice;
        TimeInForce? tif = shape.Allows(OrderParameter.TimeInForce) ? _timeInForce : null;
        if (tif is not null) sent |= OrderParameter.TimeInForce;
        ShapeViolation violation = shape.Check(sent, tif);
        if (!violation.IsValid)
            return new TicketCheck(TicketProblem.Shape, FilterRule.None, null, TicketField.None,
                Format("ticket.shape", OrderWireNames.ToWire(_type), violation.Parameter), Price, Quantity);

        if (!shape.IsPriced && ReferencePrice.Raw <= 0)
            return new TicketCheck(TicketProblem.NoReferencePrice, FilterRule.None, null, TicketField.None,
                TerminalStrings.Get("ticket.no-market-price"), Price, Quantity);
        // Before the filters: a market order sized from no balance is zero, and "quantity too small" would be wrong.
        if (!BalancesKnown)
            return new TicketCheck(TicketProblem.BalancesUnknown, FilterRule.None, null, TicketField.None,
                TerminalStrings.Get("ticket.balances-unknown"), Price, Quantity);

        Price price = shape.IsPriced ? Price : Price.Zero;
        OrderCheck check = Symbol.Check(_side, _type, price, Quantity, Quantity.Zero, ReferencePrice, stopped ? StopPrice : Price.Zero);
        if (!check.IsValid) return Describe(check, stopped);
        // Core reads a zero stop price as "not sent"; entered as zero it is below PRICE_FILTER's minimum.
        if (stopped && StopPrice.Raw <= 0)
            return Describe(new OrderCheck(FilterRule.PriceBelowMin, "PRICE_FILTER", Symbol.PriceFilter.Nearest(StopPrice), Quantity), stopped);

        Quantity affordable = Affordable();
        if (Quantity > affordable)
            return new TicketCheck(TicketProblem.InsufficientBalance, FilterRule.None, null, TicketField.Quantity,
                Format("ticket.insufficient", AvailableAsset, Available.ToString(), affordable.ToString("F" + Symbol.QuantityDecimals, null)),
                Price, affordable);
        return new TicketCheck(TicketProblem.None, FilterRule.None, null, TicketField.None, null, Price, Quantity);
    }

    /// <summary>
    /// Submit builds the order for one press of the submit button. The same <paramref name="pressId"/> (a double
    /// click, a repeated event) returns the same order with <see cref="TicketSubmission.IsNew"/> false, and so does an
    /// older press id: only a new, larger press id can build another order.
    /// </summary>
    /// <param name="pressId">The press's id: increasing, one per accepted press.</param>
    public TicketSubmission Submit(long pressId)
    {
        if (pressId <= _lastPressId)
            return new TicketSubmission(pressId == _lastPressId ? _lastPressOrder : null, false, Check());
        TicketCheck check = Check();
        if (!check.IsValid) return new TicketSubmission(null, false, check);
        _lastPressId = pressId;
        OrderShape shape = Shape;
        var order = new Order(_newClientOrderId(), Symbol.Symbol, _side, _type, _timeInForce,
            shape.IsPriced ? Price : Price.Zero, Quantity)
        {
            StopPrice = shape.Allows(OrderParameter.StopPrice) ? StopPrice : Price.Zero,
        };
        _lastPressOrder = order;
        return new TicketSubmission(order, true, check);
    }

    private TicketCheck Describe(OrderCheck check, bool stopped)
    {
        FilterRule rule = check.FailedRule;
        bool priceRule = rule is FilterRule.PriceBelowMin or FilterRule.PriceAboveMax or FilterRule.PriceOffTick or FilterRule.PriceOutsideBand;
        // Core checks the limit price before the stop price: a price rule with a valid limit price is the stop's.
        TicketField field = !priceRule ? TicketField.Quantity
            : stopped && (!Shape.IsPriced || Symbol.PriceFilter.Check(Price) == FilterRule.None) && rule != FilterRule.PriceOutsideBand
                ? TicketField.StopPrice : TicketField.Price;
        string fieldName = TerminalStrings.Get(field switch
        {
            TicketField.Price => "ticket.field.price",
            TicketField.StopPrice => "ticket.field.stop-price",
            _ => "ticket.field.quantity",
        });
        string priceFormat = "F" + Symbol.PriceDecimals;
        string quantityFormat = "F" + Symbol.QuantityDecimals;
        (string key, string limit) = rule switch
        {
            FilterRule.PriceBelowMin => ("ticket.rule.price-below-min", Symbol.PriceFilter.MinPrice.ToString(priceFormat, null)),
            FilterRule.PriceAboveMax => ("ticket.rule.price-above-max", Symbol.PriceFilter.MaxPrice.ToString(priceFormat, null)),
            FilterRule.PriceOffTick => ("ticket.rule.price-off-tick", Symbol.PriceFilter.TickSize.ToString()),
            FilterRule.PriceOutsideBand => ("ticket.rule.price-band", ""),
            FilterRule.QuantityBelowMin => ("ticket.rule.quantity-below-min", Symbol.LotSize.MinQuantity.ToString()),
            FilterRule.QuantityAboveMax => ("ticket.rule.quantity-above-max", Symbol.LotSize.MaxQuantity.ToString()),
            FilterRule.QuantityOffStep => ("ticket.rule.quantity-off-step", Symbol.LotSize.StepSize.ToString()),
            FilterRule.MarketQuantityBelowMin => ("ticket.rule.quantity-below-min", Symbol.MarketLotSize?.MinQuantity.ToString() ?? ""),
            FilterRule.MarketQuantityAboveMax => ("ticket.rule.quantity-above-max", Symbol.MarketLotSize?.MaxQuantity.ToString() ?? ""),
            FilterRule.MarketQuantityOffStep => ("ticket.rule.quantity-off-step", Symbol.MarketLotSize?.StepSize.ToString() ?? ""),
            FilterRule.NotionalBelowMin => ("ticket.rule.notional-below-min", Symbol.Notional.MinNotional + " " + Symbol.QuoteAsset),
            FilterRule.NotionalAboveMax => ("ticket.rule.notional-above-max", Symbol.Notional.MaxNotional + " " + Symbol.QuoteAsset),
            _ => ("ticket.rule.other", ""),
        };
        string nearest = field == TicketField.Quantity
            ? check.NearestQuantity.ToString(quantityFormat, null)
            : check.NearestPrice.ToString(priceFormat, null);
        string ruleText = Format(key, fieldName, limit);
        string filter = check.FilterType ?? "";
        return new TicketCheck(TicketProblem.Filter, rule, check.FilterType, field, Format("ticket.filter", filter, ruleText, fieldName, nearest),
            field == TicketField.Quantity ? Price : check.NearestPrice, check.NearestQuantity);
    }

    private TicketCheck Incomplete(TicketField field, string key) =>
        new(TicketProblem.Incomplete, FilterRule.None, null, field, TerminalStrings.Get(key), Price, Quantity);

    private static string Format(string key, params object[] args) =>
        string.Format(CultureInfo.InvariantCulture, TerminalStrings.Get(key), args);

    private void UpdateReference()
    {
        // The side's best price, or zero when that side of the book is empty (a market order then has nothing to be valued at).
        ReferencePrice = _side == OrderSide.Buy ? _bestAsk : _bestBid;
    }

    private Quantity Affordable()
    {
        if (_side == OrderSide.Sell) return BaseFree;
        Price price = ValuationPrice;
        if (price.Raw <= 0) return Quantity.MaxValue;
        return Buys(QuoteFree, price);
    }

    // Buys is how much of the base asset <paramref name="quote"/> buys at <paramref name="price"/>, down to the step. At a
    // tiny price typed by hand (0.00000001) that can be more than a quantity holds: as good as unlimited, so the largest
    // quantity, which the lot-size filter then refuses with its own message (never an overflow out of a keystroke).
    private Quantity Buys(Quantity quote, Price price) =>
        DownToStep(Notional.FromQuote(quote).TryDivideBy(price, RoundingDirection.Down, out Quantity quantity) ? quantity : Quantity.MaxValue);

    private Quantity DownToStep(Quantity quantity) =>
        Symbol.LotSize.StepSize.IsZero ? quantity : Symbol.LotSize.RoundToStep(quantity, RoundingDirection.Down);

    private Price SnapToTick(Price price) =>
        price.Raw <= 0 || Symbol.PriceFilter.TickSize.IsZero ? price : Symbol.PriceFilter.Nearest(price);
}
