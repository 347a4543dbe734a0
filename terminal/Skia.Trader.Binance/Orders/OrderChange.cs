using Skia.Trader.Core.Orders;

namespace Skia.Trader.Binance.Orders;

/// <summary>OrderChange reports one update offered to a tracked order and what the state machine did with it.</summary>
/// <param name="Order">Order that was updated.</param>
/// <param name="Transition">Transition says whether it was applied, a duplicate, stale or illegal.</param>
/// <param name="Source">Source says where the update came from ("place", "executionReport", "reconcile", ...).</param>
public sealed record OrderChange(Order Order, OrderTransition Transition, string Source);
