using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;

namespace Skia.Trader.Core.Tests.Orders;

public class OrderTests
{
    private static Order Limit() => new("c1", "BTCUSDT", OrderSide.Buy, OrderType.Limit, TimeInForce.Gtc, Price.Parse("100"), Quantity.Parse("2"));

    private static OrderUpdate U(OrderStatus s, string executed, string quote = "0", long id = 7) =>
        new(s, id, Quantity.Parse(executed), Quantity.Parse(quote), 1000);

    [Fact]
    public void A_limit_order_rests_then_fills_partly_then_fully()
    {
        Order o = Limit();
        Assert.Equal(OrderStatus.PendingSend, o.Status);
        Assert.True(o.Apply(U(OrderStatus.New, "0")).WasApplied);
        Assert.Equal(7, o.ExchangeOrderId);
        Assert.True(o.Apply(U(OrderStatus.PartiallyFilled, "0.5", "50")).WasApplied);
        Assert.True(o.Apply(U(OrderStatus.PartiallyFilled, "1.5", "149")).WasApplied);
        Assert.True(o.Apply(U(OrderStatus.Filled, "2", "199")).WasApplied);
        Assert.True(o.IsFinal);
        Assert.Equal(Price.Parse("99.5"), o.AveragePrice);
    }

    [Fact]
    public void Final_statuses_never_change_and_the_refusal_is_reported()
    {
        Order o = Limit();
        o.Apply(U(OrderStatus.New, "0"));
        o.Apply(U(OrderStatus.Canceled, "0"));
        var refused = new List<OrderTransition>();
        o.TransitionRefused += (_, t) => refused.Add(t);

        OrderTransition t = o.Apply(U(OrderStatus.PartiallyFilled, "1", "100"));
        Assert.Equal(OrderTransitionOutcome.Illegal, t.Outcome);
        Assert.Equal(OrderStatus.Canceled, o.Status);
        Assert.Equal(Quantity.Zero, o.ExecutedQuantity);
        Assert.Single(refused);
        Assert.Equal(OrderTransitionOutcome.Illegal, o.MarkUnknown().Outcome);
    }

    [Fact]
    public void A_late_acknowledgement_after_a_fill_is_stale_not_applied()
    {
        Order o = Limit();
        o.Apply(U(OrderStatus.PartiallyFilled, "1", "100"));
        Assert.Equal(OrderTransitionOutcome.Stale, o.Apply(U(OrderStatus.New, "1")).Outcome);
        Assert.Equal(OrderTransitionOutcome.Stale, o.Apply(U(OrderStatus.PartiallyFilled, "0.5", "50")).Outcome);
        Assert.Equal(OrderTransitionOutcome.Duplicate, o.Apply(U(OrderStatus.PartiallyFilled, "1", "100")).Outcome);
        Assert.Equal(OrderStatus.PartiallyFilled, o.Status);
        Assert.Equal(Quantity.Parse("1"), o.ExecutedQuantity);
    }

    [Fact]
    public void Unknown_keeps_the_fills_and_resolves_to_what_the_query_says()
    {
        Order o = Limit();
        o.Apply(U(OrderStatus.PartiallyFilled, "1", "100"));
        Assert.True(o.MarkUnknown().WasApplied);
        Assert.Equal(Quantity.Parse("1"), o.ExecutedQuantity);
        Assert.True(o.Apply(U(OrderStatus.Filled, "2", "200")).WasApplied);
    }

    [Fact]
    public void Impossible_figures_are_illegal()
    {
        Order o = Limit();
        Assert.Equal(OrderTransitionOutcome.Illegal, o.Apply(U(OrderStatus.PartiallyFilled, "3", "300")).Outcome);
        Assert.Equal(OrderTransitionOutcome.Illegal, o.Apply(U(OrderStatus.Filled, "1", "100")).Outcome);
        o.Apply(U(OrderStatus.New, "0"));
        Assert.Equal(OrderTransitionOutcome.Illegal, o.Apply(U(OrderStatus.Rejected, "0")).Outcome);
        Assert.Equal(OrderStatus.New, o.Status);
    }

    [Fact]
    public void Transition_table_matches_the_documented_lifecycle()
    {
        OrderStatus[] all = Enum.GetValues<OrderStatus>();
        foreach (OrderStatus from in all)
        {
            foreach (OrderStatus to in all)
            {
                bool allowed = OrderStateMachine.CanTransition(from, to);
                if (OrderStateMachine.IsFinal(from) || to == OrderStatus.PendingSend || (from == to && from != OrderStatus.PartiallyFilled))
                    Assert.False(allowed, $"{from} -> {to}");
            }
        }
        Assert.True(OrderStateMachine.CanTransition(OrderStatus.PendingSend, OrderStatus.Filled));
        Assert.True(OrderStateMachine.CanTransition(OrderStatus.New, OrderStatus.ExpiredInMatch));
        Assert.True(OrderStateMachine.CanTransition(OrderStatus.Unknown, OrderStatus.Rejected));
        Assert.False(OrderStateMachine.CanTransition(OrderStatus.PartiallyFilled, OrderStatus.New));
        Assert.True(OrderStateMachine.CanTransition(OrderStatus.PartiallyFilled, OrderStatus.PartiallyFilled)); // more fills
    }

    [Theory]
    [InlineData("PARTIALLY_FILLED", OrderStatus.PartiallyFilled)]
    [InlineData("EXPIRED_IN_MATCH", OrderStatus.ExpiredInMatch)]
    [InlineData("CANCELED", OrderStatus.Canceled)]
    public void Wire_names_round_trip(string wire, OrderStatus status)
    {
        Assert.True(OrderWireNames.TryParseStatus(System.Text.Encoding.UTF8.GetBytes(wire), out OrderStatus parsed));
        Assert.Equal(status, parsed);
        Assert.Equal(wire, OrderWireNames.ToWire(status));
    }
}
