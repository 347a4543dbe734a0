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

    /// <summary>Handled stops the event bubbling further once a hook sets it.</summary>
    public bool Handled { get; set; }
}
