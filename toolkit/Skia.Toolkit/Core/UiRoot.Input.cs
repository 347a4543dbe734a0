using Skia.Toolkit.Input;
using SkiaSharp;

namespace Skia.Toolkit.Core;

/// <summary>UiRoot's input front: the Dispatch methods a window host calls, forwarded to the <see cref="InputRouter"/>, and the keyboard services widgets use.</summary>
public sealed partial class UiRoot
{
    private IClipboard _clipboard = new MemoryClipboard();

    /// <summary>Input routes pointer, key and text input to the widgets (hover, capture, focus, bubbling).</summary>
    internal InputRouter Input { get; }

    /// <summary>FocusedWidget is the widget receiving key and text input, or null.</summary>
    public Widget? FocusedWidget => Input.FocusedWidget;

    /// <summary>PointerCaptureWidget is the widget receiving every pointer event while it holds capture, or null.</summary>
    public Widget? PointerCaptureWidget => Input.PointerCaptureWidget;

    /// <summary>HoveredWidget is the topmost widget under the pointer, or null when the pointer is outside the window.</summary>
    public Widget? HoveredWidget => Input.HoveredWidget;

    /// <summary>Hotkeys are the window's global shortcuts; they fire for key presses no focused widget handled.</summary>
    public HotkeyRegistry Hotkeys => Input.Hotkeys;

    /// <summary>EscapePressed is raised for an unhandled Escape, after the topmost open popup (if any) was closed by it.</summary>
    public event EventHandler? EscapePressed
    {
        add => Input.EscapePressed += value;
        remove => Input.EscapePressed -= value;
    }

    /// <summary>Clipboard is the window's text clipboard; a window host replaces the in-memory default with the system clipboard.</summary>
    public IClipboard Clipboard
    {
        get => _clipboard;
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            _clipboard = value;
        }
    }

    /// <summary>
    /// InputTimestamp is when the user acted for the input event being dispatched (or the last one): the
    /// <see cref="PointerEventArgs.Timestamp"/> or <see cref="KeyEventArgs.Timestamp"/> of that event, for code reached
    /// without the event's arguments (a <see cref="Widgets.Button"/>'s Click, a hotkey's action). Compare it only with
    /// other input timestamps of this root: "is this click the second of a double click" by when the user clicked, not by
    /// when a busy UI thread handled it. The Dispatch methods below stamp the window clock's time
    /// (<see cref="Rendering.Damage.DamageTracker.Time"/>); a window on X11 stamps the X server's event time instead.
    /// </summary>
    public TimeSpan InputTimestamp => Input.Timestamp;

    /// <summary>ClockNow is the window clock's time as an input timestamp (headless and test-kit input, and where the platform gives no event time).</summary>
    internal TimeSpan ClockNow()
    {
        var time = Damage.Time;
        return TimeSpan.FromTicks((long)(time.GetTimestamp() * ((double)TimeSpan.TicksPerSecond / time.TimestampFrequency)));
    }

    /// <summary>HitTest returns the topmost visible widget at a logical window point, or null. Lays out first if needed.</summary>
    public Widget? HitTest(SKPoint logical) => Input.HitTest(logical);

    /// <summary>DispatchPointerMove moves the pointer to <paramref name="position"/> (logical window coordinates): updates hover (enter/leave) and bubbles a move from the widget under it, or from the capturing widget. Returns whether a hook handled it.</summary>
    public bool DispatchPointerMove(SKPoint position, PointerButton button = PointerButton.None, KeyModifiers modifiers = KeyModifiers.None)
        => Input.PointerMove(position, button, modifiers, ClockNow());

    /// <summary>DispatchPointerDown presses <paramref name="button"/> at <paramref name="position"/>: focuses the first focusable widget up from the one hit and bubbles a down event. Returns whether a hook handled it.</summary>
    public bool DispatchPointerDown(SKPoint position, PointerButton button = PointerButton.Left, KeyModifiers modifiers = KeyModifiers.None)
        => Input.PointerDown(position, button, modifiers, ClockNow());

    /// <summary>DispatchPointerUp releases <paramref name="button"/> at <paramref name="position"/>: bubbles an up event from the capturing widget or the one hit, then ends any capture. Returns whether a hook handled it.</summary>
    public bool DispatchPointerUp(SKPoint position, PointerButton button = PointerButton.Left, KeyModifiers modifiers = KeyModifiers.None)
        => Input.PointerUp(position, button, modifiers, ClockNow());

    /// <summary>DispatchWheel turns the wheel by <paramref name="delta"/> notches (positive Y scrolls towards the start) at <paramref name="position"/>, bubbling from the widget hit. Returns whether a hook handled it.</summary>
    public bool DispatchWheel(SKPoint position, SKPoint delta, KeyModifiers modifiers = KeyModifiers.None)
        => Input.Wheel(position, delta, modifiers, ClockNow());

    /// <summary>DispatchPointerLeave tells the root the pointer left the window: every hovered widget gets a leave.</summary>
    public void DispatchPointerLeave() => Input.PointerLeave();

    /// <summary>DispatchKeyDown bubbles a key press from the focused widget (or the content when nothing has focus); unhandled, Tab moves focus, Escape raises <see cref="EscapePressed"/> and hotkeys fire. Returns whether it was handled.</summary>
    public bool DispatchKeyDown(Key key, KeyModifiers modifiers = KeyModifiers.None) => Input.KeyDown(key, modifiers, ClockNow());

    /// <summary>DispatchKeyUp bubbles a key release from the focused widget (or the content). Returns whether a hook handled it.</summary>
    public bool DispatchKeyUp(Key key, KeyModifiers modifiers = KeyModifiers.None) => Input.KeyUp(key, modifiers, ClockNow());

    /// <summary>DispatchTextInput bubbles typed text from the focused widget (or the content). Returns whether a hook handled it.</summary>
    public bool DispatchTextInput(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length != 0 && Input.TextInput(text);
    }

    /// <summary>MoveFocus moves keyboard focus to the next (or previous) focusable widget in tree order, wrapping; returns whether focus moved.</summary>
    public bool MoveFocus(bool backwards = false) => Input.MoveFocus(backwards);

    /// <summary>ClearFocus takes keyboard focus away from whichever widget has it.</summary>
    public void ClearFocus() => Input.SetFocus(null);

    /// <summary>HoveredWidgetChanged is raised after <see cref="HoveredWidget"/> changed (tooltips follow it).</summary>
    internal event Action? HoveredWidgetChanged
    {
        add => Input.HoveredWidgetChanged += value;
        remove => Input.HoveredWidgetChanged -= value;
    }

    /// <summary>OnSubtreeHidden drops focus, capture and hover held inside a subtree that is hidden or disabled.</summary>
    internal void OnSubtreeHidden(Widget subtree) => Input.OnSubtreeHidden(subtree);

    /// <summary>OnSubtreeDetaching drops every reference the root holds into a subtree leaving the tree.</summary>
    internal void OnSubtreeDetaching(Widget subtree) => Input.OnSubtreeHidden(subtree);
}
