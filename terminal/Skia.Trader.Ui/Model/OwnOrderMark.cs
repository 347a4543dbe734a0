using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;

namespace Skia.Trader.Ui.Model;

/// <summary>OwnOrderMark is one own resting order as the ladder marks it: side, price, remaining quantity and the estimated queue ahead.</summary>
/// <param name="Side">Side is the order's side.</param>
/// <param name="Price">Price is the order's limit price.</param>
/// <param name="Remaining">Remaining is the quantity still open (original minus executed).</param>
/// <param name="QueueAhead">QueueAhead is the estimated size ahead of the order at its price, or null when unknown.</param>
/// <param name="ClientOrderId">ClientOrderId names the order, for a cancel from the ladder; null when the ladder cannot act on it.</param>
public readonly record struct OwnOrderMark(OrderSide Side, Price Price, Quantity Remaining, Quantity? QueueAhead = null, string? ClientOrderId = null);
