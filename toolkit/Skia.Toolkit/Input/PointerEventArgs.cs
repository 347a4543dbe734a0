using SkiaSharp;

namespace Skia.Toolkit.Input;

/// <summary>PointerEventArgs describes a pointer (mouse) event as it bubbles from the widget under the pointer up to the root.</summary>
/// <remarks>
/// The window's input router reuses one arguments object per dispatch depth for every pointer event it routes, so
/// routing a move allocates nothing: an object a hook receives describes that event only until the hook returns, and a
/// later event rewrites it. A hook that needs a value afterwards (a drag's start point, the time of a press) copies
/// that value, not the object. A dispatch started from inside a hook gets an object of its own and leaves the outer
/// one as it was.
/// </remarks>
public sealed class PointerEventArgs
{
    private SKPoint _windowPosition;
    private PointerButton _button;
    private KeyModifiers _modifiers;
    private SKPoint _wheelDelta;
    private TimeSpan _timestamp;

    /// <summary>PointerEventArgs creates the arguments for one dispatch.</summary>
    public PointerEventArgs(SKPoint windowPosition, PointerButton button, KeyModifiers modifiers, SKPoint wheelDelta)
    {
        _windowPosition = windowPosition;
        Position = windowPosition;
        _button = button;
        _modifiers = modifiers;
        _wheelDelta = wheelDelta;
    }

    /// <summary>Position is the pointer in the coordinates of the widget whose hook is being called (it changes as the event bubbles).</summary>
    public SKPoint Position { get; internal set; }

    /// <summary>WindowPosition is the pointer in logical window coordinates.</summary>
    public SKPoint WindowPosition => _windowPosition;

    /// <summary>Button is the button pressed or released (None for moves and wheel).</summary>
    public PointerButton Button => _button;

    /// <summary>Modifiers are the modifier keys held.</summary>
    public KeyModifiers Modifiers => _modifiers;

    /// <summary>WheelDelta is the wheel movement in notches (positive Y scrolls up, towards the start); zero for other events.</summary>
    public SKPoint WheelDelta => _wheelDelta;

    /// <summary>
    /// Timestamp is when the user acted (pressed, released, moved, turned the wheel), not when the UI thread got round
    /// to the event: in a window on X11 the X server's time of the event (milliseconds, the server's clock), for
    /// headless and test-kit input the window clock's time at dispatch; where the platform gives no event time (GLFW on
    /// Wayland or another OS) the time the window received it, on the window clock. Only differences between timestamps
    /// of one window mean anything: two clicks 100 ms apart are 100 ms apart here even when a busy UI thread handles
    /// them 700 ms apart.
    /// </summary>
    public TimeSpan Timestamp
    {
        get => _timestamp;
        init => _timestamp = value;
    }

    /// <summary>Handled stops the event bubbling further once a hook sets it.</summary>
    public bool Handled { get; set; }

    // The router's reuse: the object describes a new event, not handled yet.
    internal void Reset(SKPoint windowPosition, PointerButton button, KeyModifiers modifiers, SKPoint wheelDelta, TimeSpan timestamp)
    {
        _windowPosition = windowPosition;
        Position = windowPosition;
        _button = button;
        _modifiers = modifiers;
        _wheelDelta = wheelDelta;
        _timestamp = timestamp;
        Handled = false;
    }
}
