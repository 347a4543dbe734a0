using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;
using Skia.Trader.Core.Symbols;

namespace Skia.Trader.Ui.Model;

/// <summary>
/// TicketModel is the order ticket without pixels: side, type, time in force, price and quantity snapped to the
/// symbol's tick and step, size presets from the free balance, total and estimated fee, every symbol filter checked
/// before sending, and a submit guard that builds exactly one <see cref="Order"/> per press.
/// </summary>
/// <remarks>
/// Snapping: prices go to the nearest tick; quantities go down to the step (never more than was typed or the
/// balance covers). Which fields apply comes from Core's <see cref="OrderShapes"/>: a MARKET ticket sends no price and
/// no time in force, a LIMIT_MAKER no time in force, a stop-limit needs a stop price.
/// </remarks>
public sealed class TicketModel
{
    /// <summary>Types are the order types the ticket offers.</summary>
    public static IReadOnlyList<OrderType> Types { get; } =
        [OrderType.Limit, OrderType.Market, OrderType.LimitMaker, OrderType.StopLossLimit, OrderType.TakeProfitLimit];

    private readonly Func<string> _newClientOrderId;
    private long _lastPressId = long.MinValue;
    private Order? _lastPressOrder;
    private OrderType _type = OrderType.Limit;
    private TimeInForce _timeInForce = TimeInForce.Gtc;

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

    /// <summary>Side is BUY or SELL.</summary>
    public OrderSide Side { get; set; } = OrderSide.Buy;

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

    /// <summary>Price is the limit price, on the tick grid.</summary>
    public Price Price { get; private set; }

    /// <summary>StopPrice is the stop price of stop/take-profit types, on the tick grid.</summary>
    public Price StopPrice { get; private set; }

    /// <summary>Quantity is the base quantity, on the step grid.</summary>
    public Quantity Quantity { get; private set; }

    /// <summary>ReferencePrice is what a MARKET order is valued at (best ask to buy, best bid to sell) and the band's average price; set from the book.</summary>
    public Price ReferencePrice { get; set; }

    /// <summary>BaseFree is the free balance of the base asset.</summary>
    public Quantity BaseFree { get; set; }

    /// <summary>QuoteFree is the free balance of the quote asset.</summary>
    public Quantity QuoteFree { get; set; }

    /// <summary>MakerCommission is the account's maker rate as a fraction (0.001 = 0.1 %).</summary>
    public Quantity MakerCommission { get; set; }

    /// <summary>TakerCommission is the account's taker rate as a fraction.</summary>
    public Quantity TakerCommission { get; set; }

    /// <summary>SetPrice sets the limit price, snapped to the nearest tick.</summary>
    /// <param name="price">The typed or clicked price.</param>
    public void SetPrice(Price price) => Price = Snap(price);

    /// <summary>SetStopPrice sets the stop price, snapped to the nearest tick.</summary>
    /// <param name="price">The typed price.</param>
    public void SetStopPrice(Price price) => StopPrice = Snap(price);

    /// <summary>SetQuantity sets the quantity, snapped down to the step.</summary>
    /// <param name="quantity">The typed quantity.</param>
    public void SetQuantity(Quantity quantity)
    {
        Quantity snapped = Symbol.LotSize.StepSize.IsZero ? quantity : Symbol.LotSize.RoundToStep(quantity, RoundingDirection.Down);
        Quantity = snapped.IsNegative ? Quantity.Zero : snapped;
    }

    /// <summary>ApplyPreset sets the quantity to a percentage (25, 50, 75, 100) of the free balance: BUY quote free / price, SELL base free; false when there is no price to divide by.</summary>
    /// <param name="percent">25, 50, 75 or 100.</param>
    public bool ApplyPreset(int percent)
    {
        if (percent is not (25 or 50 or 75 or 100)) throw new ArgumentOutOfRangeException(nameof(percent), percent, "Presets are 25, 50, 75 and 100 %.");
        if (Side == OrderSide.Sell)
        {
            SetQuantity(Quantity.FromRaw((long)((Int128)BaseFree.Raw * percent / 100)));
            return true;
        }
        Price price = ValuationPrice;
        if (price.Raw <= 0) return false;
        var quote = Quantity.FromRaw((long)((Int128)QuoteFree.Raw * percent / 100));
        SetQuantity(Notional.FromQuote(quote).DivideBy(price, RoundingDirection.Down));
        return true;
    }

    /// <summary>ValuationPrice is the price the ticket is valued at: the limit price for priced types, else <see cref="ReferencePrice"/>.</summary>
    public Price ValuationPrice => Shape.IsPriced ? Price : ReferencePrice;

    /// <summary>Total is price x quantity in the quote asset (rounded to 10^-8).</summary>
    public Quantity Total => (ValuationPrice * Quantity).ToQuantity(RoundingDirection.Nearest);

    /// <summary>IsTaker says the order is expected to take liquidity: MARKET always, LIMIT_MAKER never, a limit when it crosses the reference price.</summary>
    public bool IsTaker => _type switch
    {
        OrderType.Market => true,
        OrderType.LimitMaker => false,
        OrderType.Limit => ReferencePrice.Raw > 0 && (Side == OrderSide.Buy ? Price >= ReferencePrice : Price <= ReferencePrice),
        // A stop-limit rests once triggered (its limit is usually passive): the fee shown is the maker's.
        OrderType.StopLossLimit or OrderType.TakeProfitLimit => false,
        _ => throw new InvalidOperationException($"The ticket does not offer {_type}."),
    };

    /// <summary>EstimatedFee is <see cref="Total"/> times the maker or taker rate, in the quote asset (rounded up).</summary>
    public Quantity EstimatedFee
    {
        get
        {
            Quantity rate = IsTaker ? TakerCommission : MakerCommission;
            Int128 raw = (Int128)Total.Raw * rate.Raw;
            Int128 scale = 100_000_000;
            return Quantity.FromRaw((long)((raw + scale - 1) / scale));
        }
    }

    /// <summary>Check applies the order's shape, every symbol filter (Core's <see cref="SymbolInfo.Check"/>) and the free balance, and says the first failure with the nearest valid value.</summary>
    public TicketCheck Check()
    {
        OrderShape shape = Shape;
        OrderParameter sent = OrderParameter.Quantity;
        if (shape.Allows(OrderParameter.Price) && !Price.IsZero) sent |= OrderParameter.Price;
        if (shape.Allows(OrderParameter.StopPrice) && !StopPrice.IsZero) sent |= OrderParameter.StopPrice;
        TimeInForce? tif = shape.Allows(OrderParameter.TimeInForce) ? _timeInForce : null;
        if (shape.Allows(OrderParameter.TimeInForce)) sent |= OrderParameter.TimeInForce;
        ShapeViolation violation = shape.Check(sent, tif);
        if (!violation.IsValid)
            return new TicketCheck(TicketProblem.Shape, FilterRule.None, violation,
                $"{OrderWireNames.ToWire(_type)}: {violation.Kind} {violation.Parameter}", Price, Quantity);

        if (!shape.IsPriced && ReferencePrice.Raw <= 0)
            return new TicketCheck(TicketProblem.NoReferencePrice, FilterRule.None, default, "No market price yet.", Price, Quantity);

        Price price = shape.IsPriced ? Price : Price.Zero;
        OrderCheck check = Symbol.Check(Side, _type, price, Quantity, Quantity.Zero, ReferencePrice,
            shape.Allows(OrderParameter.StopPrice) ? StopPrice : Price.Zero);
        if (!check.IsValid)
            return new TicketCheck(TicketProblem.Filter, check.FailedRule, default, check.ExchangeMessage,
                check.NearestPrice, check.NearestQuantity);

        Quantity affordable = Affordable();
        if (Quantity > affordable)
            return new TicketCheck(TicketProblem.InsufficientBalance, FilterRule.None, default,
                Side == OrderSide.Buy ? $"Not enough {Symbol.QuoteAsset}." : $"Not enough {Symbol.BaseAsset}.", Price, affordable);
        return new TicketCheck(TicketProblem.None, FilterRule.None, default, null, Price, Quantity);
    }

    /// <summary>
    /// Submit builds the order for one press of the submit button. The same <paramref name="pressId"/> (a double
    /// click, a repeated event) returns the same order with <see cref="TicketSubmission.IsNew"/> false, and so does an
    /// older press id: only a new, larger press id can build another order.
    /// </summary>
    /// <param name="pressId">The press's id: increasing, one per button-down (the widget's press counter).</param>
    public TicketSubmission Submit(long pressId)
    {
        if (pressId <= _lastPressId)
            return new TicketSubmission(pressId == _lastPressId ? _lastPressOrder : null, false, Check());
        TicketCheck check = Check();
        if (!check.IsValid) return new TicketSubmission(null, false, check);
        _lastPressId = pressId;
        OrderShape shape = Shape;
        var order = new Order(_newClientOrderId(), Symbol.Symbol, Side, _type, _timeInForce,
            shape.IsPriced ? Price : Price.Zero, Quantity)
        {
            StopPrice = shape.Allows(OrderParameter.StopPrice) ? StopPrice : Price.Zero,
        };
        _lastPressOrder = order;
        return new TicketSubmission(order, true, check);
    }

    private Quantity Affordable()
    {
        if (Side == OrderSide.Sell) return BaseFree;
        Price price = ValuationPrice;
        if (price.Raw <= 0) return Quantity.MaxValue;
        Quantity q = Notional.FromQuote(QuoteFree).DivideBy(price, RoundingDirection.Down);
        return Symbol.LotSize.StepSize.IsZero ? q : Symbol.LotSize.RoundToStep(q, RoundingDirection.Down);
    }

    private Price Snap(Price price) =>
        price.Raw <= 0 ? Price.Zero : Symbol.PriceFilter.TickSize.IsZero ? price : Symbol.PriceFilter.RoundToTick(price, RoundingDirection.Nearest);
}
