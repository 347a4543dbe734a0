using Skia.Toolkit.Input;
using SkiaSharp;

namespace Skia.Toolkit.Core;

/// <summary>Widget's input half: hit testing, focus, pointer capture and the input hooks the root calls while events bubble.</summary>
public abstract partial class Widget
{
    /// <summary>Focusable tells whether the widget can take keyboard focus (by <see cref="Focus"/> or a click).</summary>
    public bool Focusable { get; set; }

    /// <summary>IsFocused tells whether this widget has keyboard focus in its root.</summary>
    public bool IsFocused => Root != null && ReferenceEquals(Root.FocusedWidget, this);

    /// <summary>IsPointerOver tells whether the pointer is over this widget or one of its descendants.</summary>
    public bool IsPointerOver => (_flags & WidgetFlags.PointerOver) != 0;

    /// <summary>HasPointerCapture tells whether this widget receives all pointer events until it releases them.</summary>
    public bool HasPointerCapture => Root != null && ReferenceEquals(Root.PointerCaptureWidget, this);

    /// <summary>Focus gives this widget keyboard focus; returns false when it is not focusable, not attached, hidden or disabled.</summary>
    public bool Focus()
    {
        if (!Focusable || Root == null || !IsEffectivelyVisible || !IsEffectivelyEnabled) return false;
        Root.Input.SetFocus(this);
        return true;
    }

    /// <summary>CapturePointer sends every pointer event to this widget (for drags) until <see cref="ReleasePointer"/> or the button goes up.</summary>
    public void CapturePointer()
    {
        if (Root == null) throw new InvalidOperationException($"{GetType().Name} '{Name}' is not attached to a UiRoot and cannot capture the pointer.");
        Root.Input.PointerCaptureWidget = this;
    }

    /// <summary>ReleasePointer ends a capture this widget holds; does nothing otherwise.</summary>
    public void ReleasePointer()
    {
        if (HasPointerCapture) Root!.Input.PointerCaptureWidget = null;
    }

    /// <summary>HitTest returns the topmost visible widget at <paramref name="pointInParent"/> (this widget's parent coordinates), or null.</summary>
    public virtual Widget? HitTest(SKPoint pointInParent)
    {
        if (!_isVisible) return null;
        var bounds = Bounds;
        bool inside = bounds.Contains(pointInParent);
        if (!inside && ClipToBounds) return null;
        var local = new SKPoint(pointInParent.X - bounds.Left, pointInParent.Y - bounds.Top);
        for (int i = _children.Count - 1; i >= 0; i--)
        {
            var hit = _children[i].HitTest(local);
            if (hit != null) return hit;
        }

        return inside ? this : null;
    }

    /// <summary>WindowToLocal converts a logical window point to this widget's own coordinates.</summary>
    public SKPoint WindowToLocal(SKPoint windowPoint) => new(windowPoint.X - _windowBounds.Left, windowPoint.Y - _windowBounds.Top);

    /// <summary>OnPointerEnter is called when the pointer comes over this widget or a descendant.</summary>
    protected virtual void OnPointerEnter(PointerEventArgs e)
    {
    }

    /// <summary>OnPointerLeave is called when the pointer is no longer over this widget or any descendant.</summary>
    protected virtual void OnPointerLeave(PointerEventArgs e)
    {
    }

    /// <summary>OnPointerMove is called as the pointer moves over this widget (or while it holds capture); bubbles.</summary>
    protected virtual void OnPointerMove(PointerEventArgs e)
    {
    }

    /// <summary>OnPointerDown is called when a button goes down over this widget; bubbles.</summary>
    protected virtual void OnPointerDown(PointerEventArgs e)
    {
    }

    /// <summary>OnPointerUp is called when a button goes up over this widget (or while it holds capture); bubbles.</summary>
    protected virtual void OnPointerUp(PointerEventArgs e)
    {
    }

    /// <summary>OnPointerWheel is called when the wheel turns over this widget; bubbles.</summary>
    protected virtual void OnPointerWheel(PointerEventArgs e)
    {
    }

    /// <summary>OnKeyDown is called when a key goes down while this widget or a descendant has focus; bubbles.</summary>
    protected virtual void OnKeyDown(KeyEventArgs e)
    {
    }

    /// <summary>OnKeyUp is called when a key goes up while this widget or a descendant has focus; bubbles.</summary>
    protected virtual void OnKeyUp(KeyEventArgs e)
    {
    }

    /// <summary>OnTextInput is called with typed text while this widget or a descendant has focus; bubbles.</summary>
    protected virtual void OnTextInput(TextInputEventArgs e)
    {
    }

    /// <summary>OnGotFocus is called when this widget takes keyboard focus.</summary>
    protected virtual void OnGotFocus()
    {
    }

    /// <summary>OnLostFocus is called when this widget loses keyboard focus.</summary>
    protected virtual void OnLostFocus()
    {
    }

    internal void RaisePointerEnter(PointerEventArgs e) => OnPointerEnter(e);

    internal void RaisePointerLeave(PointerEventArgs e) => OnPointerLeave(e);

    internal void RaisePointerMove(PointerEventArgs e) => OnPointerMove(e);

    internal void RaisePointerDown(PointerEventArgs e) => OnPointerDown(e);

    internal void RaisePointerUp(PointerEventArgs e) => OnPointerUp(e);

    internal void RaisePointerWheel(PointerEventArgs e) => OnPointerWheel(e);

    internal void RaiseKeyDown(KeyEventArgs e) => OnKeyDown(e);

    internal void RaiseKeyUp(KeyEventArgs e) => OnKeyUp(e);

    internal void RaiseTextInput(TextInputEventArgs e) => OnTextInput(e);

    internal void RaiseGotFocus() => OnGotFocus();

    internal void RaiseLostFocus() => OnLostFocus();
}
