using SkiaSharp;

namespace Skia.Toolkit.Input;

/// <summary>PointerEventArgs describes a pointer (mouse) event as it bubbles from the widget under the pointer up to the root.</summary>
public sealed class PointerEventArgs
{
    /// <summary>PointerEventArgs creates the arguments for one dispatch.</summary>
    public PointerEventArgs(SKPoint windowPosition, PointerButton button, KeyModifiers modifiers, SKPoint wheelDelta)
    {
        WindowPosition = windowPosition;
        Position = windowPosition;
        Button = button;
        Modifiers = modifiers;
        WheelDelta = wheelDelta;
    }

    /// <summary>Position is the pointer in the coordinates of the widget whose hook is being called (it changes as the event bubbles).</summary>
    public SKPoint Position { get; internal set; }

    /// <summary>WindowPosition is the pointer in logical window coordinates.</summary>
    public SKPoint WindowPosition { get; }

    /// <summary>Button is the button pressed or released (None for moves and wheel).</summary>
    public PointerButton Button { get; }

    /// <summary>Modifiers are the modifier keys held.</summary>
    public KeyModifiers Modifiers { get; }

    /// <summary>WheelDelta is the wheel movement in notches (positive Y scrolls up, towards the start); zero for other events.</summary>
    public SKPoint WheelDelta { get; }

    /// <summary>
    /// Timestamp is when the user acted (pressed, released, moved, turned the wheel), not when the UI thread got round
    /// to the event: in a window on X11 the X server's time of the event (milliseconds, the server's clock), for
    /// headless and test-kit input the window clock's time at dispatch; where the platform gives no event time (GLFW on
    /// Wayland or another OS) the time the window received it, on the window clock. Only differences between timestamps
    /// of one window mean anything: two clicks 100 ms apart are 100 ms apart here even when a busy UI thread handles
    /// them 700 ms apart.
    /// </summary>
    public TimeSpan Timestamp { get; init; }

    /// <summary>Handled stops the event bubbling further once a hook sets it.</summary>
    public bool Handled { get; set; }
}
