namespace Skia.Trader.Ui.Model;

/// <summary>
/// OrderPressGuard makes one press send at most one order. An order-sending activation (the ticket's submit button,
/// a market buy / sell hotkey, a one-click ladder click) less than <see cref="Window"/> after the last order's is the
/// same press repeated (the second click of a double click, a key repeat) and sends nothing. Both times are when the
/// user acted (the input event's timestamp: the X server's time in a real window), never when the UI thread handled
/// the event: a starved UI thread handles a double click 100 ms apart 700 ms apart, and must still send one order.
/// </summary>
public sealed class OrderPressGuard
{
    /// <summary>Window is how long after an order another activation is taken for the same press: the usual double-click time.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMilliseconds(500);

    private TimeSpan? _lastOrder;

    /// <summary>
    /// IsRepeat says whether an activation the user made at <paramref name="eventTime"/> belongs to the press that sent the
    /// last order: within <see cref="Window"/> of it either way (events a little out of order are the same press too). A
    /// time further back than that is another clock (input stamped by the window clock after X server times, or the
    /// reverse), not the same press: it must not block every order until that clock catches up.
    /// </summary>
    /// <param name="eventTime">When the user acted (an input timestamp).</param>
    public bool IsRepeat(TimeSpan eventTime) => _lastOrder is { } last && (eventTime - last).Duration() < Window;

    /// <summary>Sent records that the activation the user made at <paramref name="eventTime"/> sent an order.</summary>
    /// <param name="eventTime">When the user acted (an input timestamp).</param>
    public void Sent(TimeSpan eventTime) => _lastOrder = eventTime;
}
