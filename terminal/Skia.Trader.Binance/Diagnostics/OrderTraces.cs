using System.Collections.Concurrent;
using System.Diagnostics;
using Skia.Trader.Binance.Orders;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;

namespace Skia.Trader.Binance.Diagnostics;

/// <summary>
/// OrderTraces makes one <see cref="Activity"/> per order on the <see cref="ActivitySourceName"/> source, tagged with
/// the client order id: it starts at the click or hotkey (<see cref="Begin"/>, or when <see cref="OrderEntry.PlaceAsync"/>
/// is called), records <c>request.written</c> (with the path) for each request sent, <c>ack</c> for the exchange's first
/// answer, a <c>fill</c> event for each fill, and ends when the order is final (filled, cancelled, expired, rejected),
/// which is when an exporter sees it. Nothing is recorded, kept or allocated while nobody listens to the source.
/// </summary>
public static class OrderTraces
{
    /// <summary>ActivitySourceName is the name of the orders' activity source (add it to a tracer provider).</summary>
    public const string ActivitySourceName = "Skia.Trader.Binance.Orders";

    /// <summary>ActivityName is the operation name of an order's activity.</summary>
    public const string ActivityName = "order";

    /// <summary>ClientOrderIdTag is the tag carrying the order's client order id.</summary>
    public const string ClientOrderIdTag = "order.client_order_id";

    internal static readonly ActivitySource Source = new(ActivitySourceName);

    private static readonly ConcurrentDictionary<string, Trace> Open = new(StringComparer.Ordinal);

    private sealed class Trace(Activity activity)
    {
        public Activity Activity { get; } = activity;
        public Quantity Executed;
        public bool Acknowledged;
    }

    /// <summary>
    /// Begin starts <paramref name="order"/>'s activity at the user's action (<paramref name="trigger"/>: e.g. "click",
    /// "hotkey"), before the order is placed; the caller's current activity is left as it was.
    /// </summary>
    public static void Begin(Order order, string trigger)
    {
        ArgumentNullException.ThrowIfNull(order);
        Activity? previous = Activity.Current;
        Trace? trace = Start(order);
        trace?.Activity.AddEvent(new ActivityEvent(trigger));
        Activity.Current = previous;
    }

    /// <summary>Attach makes the order's activity (started now if <see cref="Begin"/> was not called) the current one of the calling async flow.</summary>
    internal static void Attach(Order order)
    {
        if (Open.TryGetValue(order.ClientOrderId, out Trace? trace)) Activity.Current = trace.Activity;
        else Start(order);
    }

    /// <summary>RequestWritten records a request sent over <paramref name="path"/> on the current order activity, if any.</summary>
    internal static void RequestWritten(string path)
    {
        if (Activity.Current is { } activity && activity.Source == Source)
            activity.AddEvent(new ActivityEvent("request.written", tags: new ActivityTagsCollection { [BinanceMetrics.PathTag] = path }));
    }

    /// <summary>OnOrderChanged turns an order's applied updates into events of its activity and ends the activity when the order is final.</summary>
    internal static void OnOrderChanged(OrderChange change)
    {
        if (Open.IsEmpty || !change.Transition.WasApplied || !Open.TryGetValue(change.Order.ClientOrderId, out Trace? trace)) return;
        Order order = change.Order;
        Activity activity = trace.Activity;
        lock (trace)
        {
            if (!trace.Acknowledged && change.Transition.To is not (OrderStatus.PendingSend or OrderStatus.Unknown))
            {
                trace.Acknowledged = true;
                activity.AddEvent(new ActivityEvent("ack", tags: new ActivityTagsCollection { ["order.status"] = change.Transition.To.ToString(), ["source"] = change.Source }));
                if (order.ExchangeOrderId > 0) activity.SetTag("order.id", order.ExchangeOrderId);
            }
            if (order.ExecutedQuantity > trace.Executed)
            {
                Quantity filled = order.ExecutedQuantity - trace.Executed;
                trace.Executed = order.ExecutedQuantity;
                activity.AddEvent(new ActivityEvent("fill", tags: new ActivityTagsCollection
                {
                    ["fill.quantity"] = filled.ToString(),
                    ["order.executed_quantity"] = order.ExecutedQuantity.ToString(),
                }));
            }
            if (!order.IsFinal) return;
            activity.SetTag("order.status", order.Status.ToString());
            if (order.Status == OrderStatus.Rejected) activity.SetStatus(ActivityStatusCode.Error, order.RejectReason);
            else activity.SetStatus(ActivityStatusCode.Ok);
        }
        if (Open.TryRemove(order.ClientOrderId, out _)) activity.Stop();
    }

    private static Trace? Start(Order order)
    {
        Activity? activity = Source.StartActivity(ActivityName, ActivityKind.Client);
        if (activity is null) return null;
        activity.SetTag(ClientOrderIdTag, order.ClientOrderId);
        activity.SetTag("order.symbol", order.Symbol);
        activity.SetTag("order.side", order.Side.ToString());
        activity.SetTag("order.type", order.Type.ToString());
        var trace = new Trace(activity);
        if (!Open.TryAdd(order.ClientOrderId, trace))
        {
            activity.Stop();
            return null;
        }
        return trace;
    }
}
