using Skia.Toolkit.Core;
using SkiaSharp;

namespace Skia.Toolkit.Input;

/// <summary>
/// InputRouter takes a window's input to its widgets: hit testing, the hover chain (enter/leave), pointer
/// capture, keyboard focus, bubbling of pointer, key and text events, and what unhandled keys do (Tab moves
/// focus, Escape, the global hotkeys). <see cref="UiRoot"/>'s Dispatch methods are its front.
/// </summary>
/// <remarks>One thread (the UI thread) owns a router, like the root it belongs to.</remarks>
internal sealed class InputRouter
{
    private readonly UiRoot _root;
    // One arguments object per dispatch depth, reused for every event: routing a move or a key press allocates nothing,
    // and a hook that dispatches again (a test kit, a synthetic event) gets the next depth's object, not its own rewritten.
    private readonly List<PointerEventArgs> _pointerArgs = [];
    private readonly List<KeyEventArgs> _keyArgs = [];
    private int _pointerDepth;
    private int _keyDepth;
    private Widget? _hovered;
    private SKPoint _lastPointer;
    // The widget a handled key press moved keyboard focus to: the text input of that same press (a platform sends the
    // character right after the key) is not typed into it. Cleared by the next key event.
    private Widget? _focusedByKey;

    /// <summary>InputRouter routes input into <paramref name="root"/>'s tree.</summary>
    public InputRouter(UiRoot root) => _root = root;

    /// <summary>FocusedWidget is the widget receiving key and text input, or null.</summary>
    public Widget? FocusedWidget { get; private set; }

    /// <summary>PointerCaptureWidget is the widget receiving every pointer event while it holds capture, or null.</summary>
    public Widget? PointerCaptureWidget { get; set; }

    /// <summary>HoveredWidget is the topmost widget under the pointer, or null when the pointer is outside the window.</summary>
    public Widget? HoveredWidget => _hovered;

    /// <summary>HoveredWidgetChanged is raised after <see cref="HoveredWidget"/> changed (tooltips follow it).</summary>
    public event Action? HoveredWidgetChanged;

    /// <summary>Hotkeys are the window's global shortcuts; they fire for key presses no focused widget handled.</summary>
    public HotkeyRegistry Hotkeys { get; } = new();

    /// <summary>EscapePressed is raised, with the root as sender, for an unhandled Escape.</summary>
    public event EventHandler? EscapePressed;

    /// <summary>Timestamp is when the user acted for the input event being dispatched, or the last one dispatched (see <see cref="PointerEventArgs.Timestamp"/>).</summary>
    public TimeSpan Timestamp { get; private set; }

    /// <summary>HitTest returns the topmost visible widget at a logical window point, or null; lays out first if needed.</summary>
    public Widget? HitTest(SKPoint logical)
    {
        _root.UpdateLayout();
        return _root.Content.HitTest(logical);
    }

    /// <summary>PointerMove updates hover and bubbles a move from the widget under the pointer, or from the capturing widget.</summary>
    public bool PointerMove(SKPoint position, PointerButton button, KeyModifiers modifiers, TimeSpan timestamp)
    {
        _lastPointer = position;
        Timestamp = timestamp;
        var hit = HitTest(position);
        var args = RentPointerArgs(position, button, modifiers, SKPoint.Empty, timestamp);
        try
        {
            if (PointerCaptureWidget == null) UpdateHover(hit, args);
            return Bubble(PointerCaptureWidget ?? hit, args, PointerEventKind.Move);
        }
        finally
        {
            _pointerDepth--;
        }
    }

    /// <summary>PointerDown focuses the first focusable widget up from the one hit and bubbles a down event.</summary>
    public bool PointerDown(SKPoint position, PointerButton button, KeyModifiers modifiers, TimeSpan timestamp)
    {
        _lastPointer = position;
        Timestamp = timestamp;
        var hit = HitTest(position);
        var args = RentPointerArgs(position, button, modifiers, SKPoint.Empty, timestamp);
        try
        {
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
        finally
        {
            _pointerDepth--;
        }
    }

    /// <summary>PointerUp bubbles an up event from the capturing widget or the one hit, then ends any capture.</summary>
    public bool PointerUp(SKPoint position, PointerButton button, KeyModifiers modifiers, TimeSpan timestamp)
    {
        _lastPointer = position;
        Timestamp = timestamp;
        var hit = HitTest(position);
        var args = RentPointerArgs(position, button, modifiers, SKPoint.Empty, timestamp);
        try
        {
            bool handled = Bubble(PointerCaptureWidget ?? hit, args, PointerEventKind.Up);
            if (PointerCaptureWidget != null)
            {
                PointerCaptureWidget = null;
                UpdateHover(hit, args);
            }

            return handled;
        }
        finally
        {
            _pointerDepth--;
        }
    }

    /// <summary>Wheel bubbles a wheel turn of <paramref name="delta"/> notches from the widget hit.</summary>
    public bool Wheel(SKPoint position, SKPoint delta, KeyModifiers modifiers, TimeSpan timestamp)
    {
        _lastPointer = position;
        Timestamp = timestamp;
        var hit = HitTest(position);
        var args = RentPointerArgs(position, PointerButton.None, modifiers, delta, timestamp);
        try
        {
            if (PointerCaptureWidget == null) UpdateHover(hit, args);
            return Bubble(hit, args, PointerEventKind.Wheel);
        }
        finally
        {
            _pointerDepth--;
        }
    }

    /// <summary>PointerLeave gives every hovered widget a leave: the pointer left the window.</summary>
    public void PointerLeave() => HoverWithoutEvent(null, Timestamp);

    /// <summary>
    /// KeyDown bubbles a key press from the focused widget (or the content); unhandled, it goes to focus navigation, Escape
    /// and the hotkeys. <paramref name="isRepeat"/> marks the platform's auto-repeat of a held key (see <see cref="KeyEventArgs.IsRepeat"/>).
    /// </summary>
    public bool KeyDown(Key key, KeyModifiers modifiers, TimeSpan timestamp, bool isRepeat = false)
    {
        Timestamp = timestamp;
        _focusedByKey = null;
        var focusedBefore = FocusedWidget;
        var args = RentKeyArgs(key, modifiers, timestamp, isRepeat);
        try
        {
            for (var w = FocusedWidget ?? _root.Content; w != null && !args.Handled; w = w.Parent)
            {
                if (w.IsEffectivelyEnabled) w.RaiseKeyDown(args);
            }

            if (!args.Handled) args.Handled = HandleUnhandledKeyDown(args);
            // A hotkey that puts the caret in a box ("S": sell side, quantity box) must not type its own "s" there.
            if (args.Handled && FocusedWidget is { } focused && !ReferenceEquals(focused, focusedBefore)) _focusedByKey = focused;
            return args.Handled;
        }
        finally
        {
            _keyDepth--;
        }
    }

    /// <summary>KeyUp bubbles a key release from the focused widget (or the content).</summary>
    public bool KeyUp(Key key, KeyModifiers modifiers, TimeSpan timestamp)
    {
        Timestamp = timestamp;
        _focusedByKey = null;
        var args = RentKeyArgs(key, modifiers, timestamp, isRepeat: false);
        try
        {
            for (var w = FocusedWidget ?? _root.Content; w != null && !args.Handled; w = w.Parent)
            {
                if (w.IsEffectivelyEnabled) w.RaiseKeyUp(args);
            }

            return args.Handled;
        }
        finally
        {
            _keyDepth--;
        }
    }

    /// <summary>TextInput bubbles typed text from the focused widget (or the content).</summary>
    public bool TextInput(string text)
    {
        if (_focusedByKey is { } focusedByKey)
        {
            _focusedByKey = null;
            // The character of the key press that just moved focus here: that press was a command, not typing.
            if (ReferenceEquals(focusedByKey, FocusedWidget)) return true;
        }

        var args = new TextInputEventArgs(text);
        for (var w = FocusedWidget ?? _root.Content; w != null && !args.Handled; w = w.Parent)
        {
            if (w.IsEffectivelyEnabled) w.RaiseTextInput(args);
        }

        return args.Handled;
    }

    /// <summary>MoveFocus moves keyboard focus to the next (or previous) focusable widget in tree order, wrapping; returns whether focus moved.</summary>
    public bool MoveFocus(bool backwards)
    {
        var next = FocusNavigator.Next(_root.Content, FocusedWidget, backwards);
        return next != null && next.Focus();
    }

    /// <summary>SetFocus gives keyboard focus to <paramref name="widget"/> (null: to nobody), telling the old and new holders.</summary>
    public void SetFocus(Widget? widget)
    {
        if (ReferenceEquals(FocusedWidget, widget)) return;
        var old = FocusedWidget;
        FocusedWidget = widget;
        old?.RaiseLostFocus();
        widget?.RaiseGotFocus();
    }

    /// <summary>OnSubtreeHidden drops focus, capture and hover held inside a subtree that is hidden, disabled or leaving the tree.</summary>
    public void OnSubtreeHidden(Widget subtree)
    {
        if (FocusedWidget != null && FocusedWidget.IsDescendantOf(subtree)) SetFocus(null);
        if (_focusedByKey != null && _focusedByKey.IsDescendantOf(subtree)) _focusedByKey = null;
        if (PointerCaptureWidget != null && PointerCaptureWidget.IsDescendantOf(subtree)) PointerCaptureWidget = null;
        if (_hovered != null && _hovered.IsDescendantOf(subtree))
        {
            HoverWithoutEvent(subtree.Parent, TimeSpan.Zero);
        }
    }

    // The hover chain moves with no pointer event of the platform's (the pointer left, a subtree under it went away):
    // enters and leaves get the last pointer position.
    private void HoverWithoutEvent(Widget? hit, TimeSpan timestamp)
    {
        var args = RentPointerArgs(_lastPointer, PointerButton.None, KeyModifiers.None, SKPoint.Empty, timestamp);
        try
        {
            UpdateHover(hit, args);
        }
        finally
        {
            _pointerDepth--;
        }
    }

    // The arguments object of the next dispatch depth, describing a new event; the caller gives the depth back (finally).
    private PointerEventArgs RentPointerArgs(SKPoint position, PointerButton button, KeyModifiers modifiers, SKPoint wheelDelta, TimeSpan timestamp)
    {
        if (_pointerDepth == _pointerArgs.Count) _pointerArgs.Add(new PointerEventArgs(position, button, modifiers, wheelDelta));
        var args = _pointerArgs[_pointerDepth++];
        args.Reset(position, button, modifiers, wheelDelta, timestamp);
        return args;
    }

    private KeyEventArgs RentKeyArgs(Key key, KeyModifiers modifiers, TimeSpan timestamp, bool isRepeat)
    {
        if (_keyDepth == _keyArgs.Count) _keyArgs.Add(new KeyEventArgs(key, modifiers));
        var args = _keyArgs[_keyDepth++];
        args.Reset(key, modifiers, timestamp, isRepeat);
        return args;
    }

    /// <summary>HandleUnhandledKeyDown gives a key press that bubbled unhandled to focus navigation, then Escape, then the hotkeys.</summary>
    private bool HandleUnhandledKeyDown(KeyEventArgs e)
    {
        if (e.Key == Key.Tab && (e.Modifiers & (KeyModifiers.Control | KeyModifiers.Alt | KeyModifiers.Super)) == 0)
        {
            MoveFocus(backwards: (e.Modifiers & KeyModifiers.Shift) != 0);
            return true;
        }
        if (e.Key == Key.Escape && e.Modifiers == KeyModifiers.None)
        {
            EscapePressed?.Invoke(_root, EventArgs.Empty);
            return true;
        }
        return Hotkeys.TryInvoke(e.Key, e.Modifiers, e.IsRepeat);
    }

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
                case PointerEventKind.Wheel: w.RaisePointerWheel(args); break;
                default: throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown pointer event kind.");
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
