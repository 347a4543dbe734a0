namespace Skia.Trader.Exchange.Matching;

/// <summary>OrderList is an OCO pair on the simulated exchange: two orders of which the first to work or trade ends the other.</summary>
internal sealed class OrderList
{
    public required long OrderListId { get; init; }
    public required string ListClientOrderId { get; init; }
    public required Account Account { get; init; }
    public required string Symbol { get; init; }
    public required long TransactionTime { get; init; }
    public List<ExchangeOrder> Orders { get; } = new(2);

    /// <summary>IsDone says every leg is final (listOrderStatus ALL_DONE).</summary>
    public bool IsDone => Orders.TrueForAll(o => !o.IsOpen);
}
