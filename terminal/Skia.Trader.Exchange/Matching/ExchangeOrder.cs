using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;
using Skia.Trader.Core.Symbols;

namespace Skia.Trader.Exchange.Matching;

/// <summary>ExchangeOrder is the simulator's own mutable record of an order, owned by the matching engine under its lock.</summary>
internal sealed class ExchangeOrder
{
    public required long OrderId { get; init; }
    public required string ClientOrderId { get; set; }
    public required Account Account { get; init; }
    public required SymbolInfo Symbol { get; init; }
    public required OrderSide Side { get; init; }
    public required OrderType Type { get; init; }
    public required TimeInForce TimeInForce { get; init; }
    public required Price Price { get; init; }
    public required Quantity OrigQuantity { get; set; }
    public required Quantity OrigQuoteQuantity { get; init; }
    public required SelfTradePreventionMode SelfTradePrevention { get; init; }
    public required long Time { get; init; }

    /// <summary>StopPrice, TrailingDelta (BIPS) and IcebergQuantity as sent; zero when not.</summary>
    public Price StopPrice { get; init; }
    public long TrailingDelta { get; init; }
    public Quantity IcebergQuantity { get; init; }

    /// <summary>OrderListId is the order list (OCO) the order belongs to, -1 for none.</summary>
    public long OrderListId { get; set; } = -1;

    /// <summary>AwaitingTrigger says a STOP_LOSS/TAKE_PROFIT(_LIMIT) order is waiting for its stop (not on the book, not matching).</summary>
    public bool AwaitingTrigger { get; set; }

    /// <summary>TrailingActive, TrailingExtreme and TrailingTime: a trailing stop's tracking state (the lowest price for a BUY, the highest for a SELL).</summary>
    public bool TrailingActive { get; set; }
    public Price TrailingExtreme { get; set; }
    public long TrailingTime { get; set; } = -1;

    /// <summary>Visible is the quantity shown on the book while resting (an iceberg's current slice; else the remaining quantity).</summary>
    public long Visible { get; set; }

    /// <summary>IsIceberg says the order shows only IcebergQuantity at a time.</summary>
    public bool IsIceberg => !IcebergQuantity.IsZero;

    public long UpdateTime { get; set; }
    public long WorkingTime { get; set; } = -1;
    public OrderStatus Status { get; set; } = OrderStatus.New;
    public Quantity Executed { get; set; }
    public Quantity CumulativeQuote { get; set; }

    /// <summary>LockedAsset and LockedRemaining: what this order still holds locked in its account.</summary>
    public string LockedAsset { get; set; } = "";
    public long LockedRemaining { get; set; }

    /// <summary>Node is the order's place in its price level's queue while it rests on the book.</summary>
    public LinkedListNode<ExchangeOrder>? Node { get; set; }

    public Quantity Remaining => OrigQuantity - Executed;

    public bool IsOpen => Status is OrderStatus.New or OrderStatus.PartiallyFilled;
}
