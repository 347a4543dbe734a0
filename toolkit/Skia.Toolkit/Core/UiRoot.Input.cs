using Skia.Toolkit.Input;
using SkiaSharp;

namespace Skia.Toolkit.Core;

/// <summary>UiRoot's input half: hit testing, hover tracking, pointer capture, focus and bubbling dispatch.</summary>
public sealed partial class UiRoot
{
    private Widget? _hovered;
    private SKPoint _lastPointer;

    /// <summary>FocusedWidget is the widget receiving key and text input, or null.</summary>
    public Widget? FocusedWidget { get; private set; }

    /// <summary>PointerCaptureWidget is the widget receiving every pointer event while it holds capture, or null.</summary>
    public Widget? PointerCaptureWidget { get; internal set; }

    /// <summary>HoveredWidget is the topmost widget under the pointer, or null when the pointer is outside the window.</summary>
    public Widget? HoveredWidget => _hovered;

    /// <summary>HoveredWidgetChanged is raised after <see cref="HoveredWidget"/> changed (tooltips follow it).</summary>
    internal event Action? HoveredWidgetChanged;

    /// <summary>HitTest returns the topmost visible widget at a logical window point, or null. Lays out first if needed.</summary>
    public Widget? HitTest(SKPoint logical)
    {
        UpdateLayout();
        return Content.HitTest(logical);
    }

    /// <summary>DispatchPointerMove moves the pointer to <paramref name="position"/> (logical window coordinates): updates hover (enter/leave) and bubbles a move from the widget under it, or from the capturing widget. Returns whether a hook handled it.</summary>
    public bool DispatchPointerMove(SKPoint position, PointerButton button = PointerButton.None, KeyModifiers modifiers = KeyModifiers.None)
    {
        _lastPointer = position;
        var hit = HitTest(position);
        var args = new PointerEventArgs(position, button, modifiers, SKPoint.Empty);
        if (PointerCaptureWidget == null) UpdateHover(hit, args);
        return Bubble(PointerCaptureWidget ?? hit, args, PointerEventKind.Move);
    }

    /// <summary>DispatchPointerDown presses <paramref name="button"/> at <paramref name="position"/>: focuses the first focusable widget up from the one hit and bubbles a down event. Returns whether a hook handled it.</summary>
    public bool DispatchPointerDown(SKPoint position, PointerButton button = PointerButton.Left, KeyModifiers modifiers = KeyModifiers.None)
    {
        _lastPointer = position;
        var hit = HitTest(position);
        var args = new PointerEventArgs(position, button, modifiers, SKPoint.Empty);
        if (PointerCaptureWidget == null) UpdateHover(hit, args);
        var target = PointerCaptureWidget ?? hit;
        for (var w = target; w != null; w = w.Parent)
        {
            if (w.Focusable && w.IsEffectivelyEnabled)
            {
                w.Focus();
                break;
            }
        }

        return Bubble(target, args, PointerEventKind.Down);
    }

    /// <summary>DispatchPointerUp releases <paramref name="button"/> at <paramref name="position"/>: bubbles an up event from the capturing widget or the one hit, then ends any capture. Returns whether a hook handled it.</summary>
    public bool DispatchPointerUp(SKPoint position, PointerButton button = PointerButton.Left, KeyModifiers modifiers = KeyModifiers.None)
    {
        _lastPointer = position;
        var hit = HitTest(position);
        var args = new PointerEventArgs(position, button, modifiers, SKPoint.Empty);
        bool handled = Bubble(PointerCaptureWidget ?? hit, args, PointerEventKind.Up);
        if (PointerCaptureWidget != null)
        {
            PointerCaptureWidget = null;
            UpdateHover(hit, args);
        }

        return handled;
    }

    /// <summary>DispatchWheel turns the wheel by <paramref name="delta"/> notches (positive Y scrolls towards the start) at <paramref name="position"/>, bubbling from the widget hit. Returns whether a hook handled it.</summary>
    public bool DispatchWheel(SKPoint position, SKPoint delta, KeyModifiers modifiers = KeyModifiers.None)
    {
        _lastPointer = position;
        var hit = HitTest(position);
        var args = new PointerEventArgs(position, PointerButton.None, modifiers, delta);
        if (PointerCaptureWidget == null) UpdateHover(hit, args);
        return Bubble(hit, args, PointerEventKind.Wheel);
    }

    /// <summary>DispatchPointerLeave tells the root the pointer left the window: every hovered widget gets a leave.</summary>
    public void DispatchPointerLeave()
    {
        UpdateHover(null, new PointerEventArgs(_lastPointer, PointerButton.None, KeyModifiers.None, SKPoint.Empty));
    }

    /// <summary>DispatchKeyDown bubbles a key press from the focused widget (or the content when nothing has focus). Returns whether a hook handled it.</summary>
    public bool DispatchKeyDown(Key key, KeyModifiers modifiers = KeyModifiers.None)
    {
        var args = new KeyEventArgs(key, modifiers);
        for (var w = FocusedWidget ?? Content; w != null && !args.Handled; w = w.Parent)
        {
            if (w.IsEffectivelyEnabled) w.RaiseKeyDown(args);
        }

        // Unhandled keys go to Tab navigation, Escape and the global hotkeys (Input/UiRoot.Keyboard.cs).
        if (!args.Handled) args.Handled = HandleUnhandledKeyDown(args);
        return args.Handled;
    }

    /// <summary>DispatchKeyUp bubbles a key release from the focused widget (or the content). Returns whether a hook handled it.</summary>
    public bool DispatchKeyUp(Key key, KeyModifiers modifiers = KeyModifiers.None)
    {
        var args = new KeyEventArgs(key, modifiers);
        for (var w = FocusedWidget ?? Content; w != null && !args.Handled; w = w.Parent)
        {
            if (w.IsEffectivelyEnabled) w.RaiseKeyUp(args);
        }

        return args.Handled;
    }

    /// <summary>DispatchTextInput bubbles typed text from the focused widget (or the content). Returns whether a hook handled it.</summary>
    public bool DispatchTextInput(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0) return false;
        var args = new TextInputEventArgs(text);
        for (var w = FocusedWidget ?? Content; w != null && !args.Handled; w = w.Parent)
        {
            if (w.IsEffectivelyEnabled) w.RaiseTextInput(args);
        }

        return args.Handled;
    }

    /// <summary>ClearFocus takes keyboard focus away from whichever widget has it.</summary>
    public void ClearFocus() => SetFocus(null);

    internal void SetFocus(Widget? widget)
    {
        if (ReferenceEquals(FocusedWidget, widget)) return;
        var old = FocusedWidget;
        FocusedWidget = widget;
        old?.RaiseLostFocus();
        widget?.RaiseGotFocus();
    }

    /// <summary>OnSubtreeHidden drops focus, capture and hover held inside a subtree that is hidden or disabled.</summary>
    internal void OnSubtreeHidden(Widget subtree)
    {
        if (FocusedWidget != null && FocusedWidget.IsDescendantOf(subtree)) SetFocus(null);
        if (PointerCaptureWidget != null && PointerCaptureWidget.IsDescendantOf(subtree)) PointerCaptureWidget = null;
        if (_hovered != null && _hovered.IsDescendantOf(subtree))
        {
            UpdateHover(subtree.Parent, new PointerEventArgs(_lastPointer, PointerButton.None, KeyModifiers.None, SKPoint.Empty));
        }
    }

    /// <summary>OnSubtreeDetaching drops every reference the root holds into a subtree leaving the tree.</summary>
    internal void OnSubtreeDetaching(Widget subtree) => OnSubtreeHidden(subtree);

    private enum PointerEventKind
    {
        Move,
        Down,
        Up,
        Wheel,
    }

    private static bool Bubble(Widget? target, PointerEventArgs args, PointerEventKind kind)
    {
        for (var w = target; w != null && !args.Handled; w = w.Parent)
        {
            if (!w.IsEffectivelyEnabled) continue;
            args.Position = w.WindowToLocal(args.WindowPosition);
            switch (kind)
            {
                case PointerEventKind.Move: w.RaisePointerMove(args); break;
                case PointerEventKind.Down: w.RaisePointerDown(args); break;
                case PointerEventKind.Up: w.RaisePointerUp(args); break;
                default: w.RaisePointerWheel(args); break;
            }
        }

        return args.Handled;
    }

    /// <summary>UpdateHover moves the hover chain to <paramref name="hit"/>: widgets no longer under the pointer get a leave (innermost first), newly covered ones an enter (outermost first).</summary>
    private void UpdateHover(Widget? hit, PointerEventArgs args)
    {
        if (ReferenceEquals(hit, _hovered)) return;
        for (var w = hit; w != null; w = w.Parent) w.Flags |= WidgetFlags.HoverMark;

        for (var w = _hovered; w != null; w = w.Parent)
        {
            if ((w.Flags & (WidgetFlags.HoverMark | WidgetFlags.PointerOver)) == WidgetFlags.PointerOver)
            {
                w.Flags &= ~WidgetFlags.PointerOver;
                args.Position = w.WindowToLocal(args.WindowPosition);
                w.RaisePointerLeave(args);
            }
        }

        _hovered = hit;
        EnterOutermostFirst(hit, args);
        HoveredWidgetChanged?.Invoke();
    }

    private static void EnterOutermostFirst(Widget? w, PointerEventArgs args)
    {
        if (w == null) return;
        EnterOutermostFirst(w.Parent, args);
        w.Flags &= ~WidgetFlags.HoverMark;
        if ((w.Flags & WidgetFlags.PointerOver) == 0)
        {
            w.Flags |= WidgetFlags.PointerOver;
            args.Position = w.WindowToLocal(args.WindowPosition);
            w.RaisePointerEnter(args);
        }
    }
}
