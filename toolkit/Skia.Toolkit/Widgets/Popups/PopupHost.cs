using System.Runtime.CompilerServices;
using Skia.Toolkit.Core;
using Skia.Toolkit.Hosting;
using Skia.Toolkit.Input;
using SkiaSharp;

namespace Skia.Toolkit.Widgets;

/// <summary>
/// PopupHost is the overlay layer of a window: make it the <see cref="UiRoot"/>'s content, holding the
/// real content, and it shows popups, tooltips and toasts above that content. It owns the rules every
/// popup follows: a click outside a light-dismiss popup closes it (and goes no further), a modal popup
/// takes every click and key below it (Tab cycles inside it, global hotkeys do not fire), Escape closes
/// the topmost popup, and focus returns to the popup's opener when it closes.
/// </summary>
/// <remarks>
/// Tooltip delays and toast lifetimes are measured with the window's clock (<see cref="Time"/>): the host asks the
/// window's damage tracker for a frame at the next moment something is due (a toast expires, a hovered widget's
/// tooltip delay is over, <see cref="Widget.InvalidatePaintAt"/>) and acts on it before that frame lays out, so
/// nothing here starts a thread or a timer, and nothing runs on loop turns when nothing is due.
/// </remarks>
public sealed class PopupHost : Widget
{
    /// <summary>DefaultTooltipDelay is how long the pointer rests before a tooltip shows: half a second, the common desktop default.</summary>
    public static readonly TimeSpan DefaultTooltipDelay = TimeSpan.FromMilliseconds(500);

    /// <summary>DefaultToastDuration is how long a toast stays when no duration is given: five seconds, long enough to read a sentence.</summary>
    public static readonly TimeSpan DefaultToastDuration = TimeSpan.FromSeconds(5);

    // The gap between a tooltip and the widget it describes, so it does not touch the pointer's target.
    private const float TooltipGap = 4;

    private readonly List<Popup> _popups = [];
    private readonly ToastStack _toasts = new();
    private readonly ConditionalWeakTable<Widget, string> _tooltips = [];
    private readonly ConditionalWeakTable<Widget, ContextMenu> _contextMenus = [];
    private Popup? _tooltipPopup;
    private Widget? _tooltipOwner;
    private readonly Action _onHoverChanged;
    private long _hoverSince;
    private bool _tooltipSuppressed;

    /// <summary>PopupHost creates an overlay layer over <paramref name="content"/>.</summary>
    public PopupHost(Widget content)
    {
        ArgumentNullException.ThrowIfNull(content);
        Content = content;
        _onHoverChanged = OnHoverChanged;
        AddChild(content);
        AddChild(_toasts);
    }

    /// <summary>Content is the window's real content, drawn under every popup.</summary>
    public Widget Content { get; }

    /// <summary>Time is the clock tooltip delays and toast lifetimes are measured with: the window's (<see cref="Rendering.Damage.DamageTracker.Time"/>), or the system clock while the host is in no window.</summary>
    public TimeProvider Time => Root?.Damage.Time ?? TimeProvider.System;

    /// <summary>TooltipDelay is how long the pointer must rest over a widget before its tooltip shows.</summary>
    public TimeSpan TooltipDelay { get; set; } = DefaultTooltipDelay;

    /// <summary>Popups are the open popups, bottom to top (tooltips and toasts are not popups).</summary>
    public IReadOnlyList<Popup> Popups => _popups;

    /// <summary>TopmostPopup is the popup on top, the one Escape closes, or null.</summary>
    public Popup? TopmostPopup => _popups.Count == 0 ? null : _popups[^1];

    /// <summary>Toasts are the notifications shown, oldest first.</summary>
    public IReadOnlyList<Toast> Toasts => _toasts.Toasts;

    /// <summary>ShownTooltip is the text of the tooltip on screen, or null.</summary>
    public string? ShownTooltip => (_tooltipPopup?.Content as Tooltip)?.Text;

    /// <summary>Find returns the PopupHost that <paramref name="widget"/> is inside, or null.</summary>
    public static PopupHost? Find(Widget widget)
    {
        ArgumentNullException.ThrowIfNull(widget);
        for (var w = widget; w != null; w = w.Parent)
        {
            if (w is PopupHost host) return host;
        }

        return null;
    }

    /// <summary>
    /// Open shows <paramref name="popup"/> on top. <paramref name="opener"/> (by default the focused widget) gets
    /// focus back when it closes; with <paramref name="focusContent"/> the first focusable widget in the popup takes focus.
    /// </summary>
    public void Open(Popup popup, Widget? opener = null, bool focusContent = true)
    {
        ArgumentNullException.ThrowIfNull(popup);
        if (popup.Parent != null) throw new InvalidOperationException("The popup is already shown.");
        popup.Opener = opener ?? Root?.FocusedWidget;
        popup.Host = this;
        HideTooltip();
        InsertChild(1 + _popups.Count, popup);
        _popups.Add(popup);
        if (!focusContent) return;
        var first = FocusNavigator.Next(popup, null, backwards: false);
        if (first != null) first.Focus();
        else if (popup.IsModal) Root?.ClearFocus();
    }

    /// <summary>Close closes <paramref name="popup"/> and every popup opened above it, returning focus to its opener; false when it was not open here.</summary>
    public bool Close(Popup popup)
    {
        ArgumentNullException.ThrowIfNull(popup);
        int index = _popups.IndexOf(popup);
        if (index < 0) return false;
        while (_popups.Count > index + 1) Close(_popups[^1]);
        var root = Root;
        bool focusInside = root?.FocusedWidget is { } focused && focused.IsDescendantOf(popup);
        _popups.RemoveAt(index);
        RemoveChild(popup);
        popup.Host = null;
        if (root != null && (focusInside || root.FocusedWidget == null) && popup.Opener is { } opener && ReferenceEquals(opener.Root, root))
        {
            opener.Focus();
        }

        popup.RaiseClosed();
        return true;
    }

    /// <summary>CloseTopmost closes the popup on top (what Escape does); false when none is open.</summary>
    public bool CloseTopmost() => TopmostPopup is { } top && Close(top);

    /// <summary>SetTooltip gives <paramref name="widget"/> a tooltip shown after the pointer rests on it for <see cref="TooltipDelay"/>; null removes it.</summary>
    public void SetTooltip(Widget widget, string? text)
    {
        ArgumentNullException.ThrowIfNull(widget);
        if (string.IsNullOrEmpty(text)) _tooltips.Remove(widget);
        else _tooltips.AddOrUpdate(widget, text);
        if (ReferenceEquals(widget, _tooltipOwner)) HideTooltip();
    }

    /// <summary>SetContextMenu makes a right click on <paramref name="widget"/> (or inside it) open <paramref name="menu"/> at the pointer; null removes it.</summary>
    public void SetContextMenu(Widget widget, ContextMenu? menu)
    {
        ArgumentNullException.ThrowIfNull(widget);
        if (menu == null) _contextMenus.Remove(widget);
        else _contextMenus.AddOrUpdate(widget, menu);
    }

    /// <summary>ShowToast shows a notification at the bottom right for <paramref name="duration"/> (default <see cref="DefaultToastDuration"/>); newer toasts stack below older ones.</summary>
    public Toast ShowToast(string message, ToastKind kind = ToastKind.Info, TimeSpan? duration = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        UiThreadCheck.Verify(this);
        var lifetime = duration ?? DefaultToastDuration;
        if (lifetime <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(duration), lifetime, "A toast needs a positive duration.");
        var toast = new Toast(message, kind) { ExpiresAt = Time.GetTimestamp() + (long)(lifetime.TotalSeconds * Time.TimestampFrequency) };
        _toasts.Push(toast);
        InvalidatePaintAt(toast.ExpiresAt);
        return toast;
    }

    /// <summary>
    /// Tick acts on the clock now: removes expired toasts, shows or hides the tooltip of the widget under the
    /// pointer, and asks for a frame at the next moment something is due. The window runs it by itself at those
    /// moments (<see cref="OnRepaintDue"/>); calling it again is harmless.
    /// </summary>
    public void Tick()
    {
        var now = Time.GetTimestamp();
        _toasts.RemoveExpired(now);
        UpdateTooltip(now);
        ScheduleNext();
    }

    /// <summary>OnRepaintDue runs <see cref="Tick"/> when a toast expiry or a tooltip delay comes due; the host itself is not repainted.</summary>
    protected override void OnRepaintDue(long frameTime) => Tick();

    /// <summary>OnRootChanged follows the window's hover changes while the host is in a window, and catches up on what came due while it was out.</summary>
    internal override void OnRootChanged(UiRoot? old, UiRoot? now)
    {
        if (old != null) old.HoveredWidgetChanged -= _onHoverChanged;
        if (now == null) return;
        now.HoveredWidgetChanged += _onHoverChanged;
        InvalidatePaintAt(now.Damage.Now);
    }

    // The tooltip's owner may have changed: decide at the next frame, not in the middle of input dispatch.
    private void OnHoverChanged() => InvalidatePaintAt(Time.GetTimestamp());

    /// <summary>ScheduleNext asks for a frame when the next toast expires or the pending tooltip is due.</summary>
    private void ScheduleNext()
    {
        if (Root?.Damage is not { } damage) return;
        long next = long.MaxValue;
        var toasts = _toasts.Toasts;
        for (int i = 0; i < toasts.Count; i++) next = Math.Min(next, toasts[i].ExpiresAt);
        if (_tooltipOwner != null && _tooltipPopup == null && !_tooltipSuppressed) next = Math.Min(next, _hoverSince + damage.Ticks(TooltipDelay));
        if (next != long.MaxValue) damage.InvalidateAt(this, next);
    }

    /// <summary>HitTest sends a point outside a light-dismiss popup on top to the host itself, so the click closes the popup and reaches nothing below.</summary>
    public override Widget? HitTest(SKPoint pointInParent)
    {
        var hit = base.HitTest(pointInParent);
        if (hit != null && TopmostPopup is { IsModal: false, IsLightDismiss: true } top && !hit.IsDescendantOf(top)) return this;
        return hit;
    }

    /// <summary>MeasureOverride measures the content and every layer with the whole space.</summary>
    protected override SKSize MeasureOverride(SKSize available)
    {
        var size = Content.Measure(available);
        var children = ChildList;
        for (int i = 1; i < children.Count; i++) children[i].Measure(available);
        return new SKSize(
            float.IsFinite(available.Width) ? available.Width : size.Width,
            float.IsFinite(available.Height) ? available.Height : size.Height);
    }

    /// <summary>ArrangeOverride fills the host with the content and the toast layer, and places each popup by its anchor and placement.</summary>
    protected override void ArrangeOverride(SKSize finalSize)
    {
        var full = new SKRect(0, 0, finalSize.Width, finalSize.Height);
        var children = ChildList;
        for (int i = 0; i < children.Count; i++)
        {
            var child = children[i];
            child.Arrange(child is Popup popup ? Place(popup, finalSize) : full);
        }
    }

    /// <summary>OnPointerDown closes light-dismiss popups the press is outside of, and opens the context menu of a right-clicked widget.</summary>
    protected override void OnPointerDown(PointerEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        HideTooltip();
        bool acted = false;
        while (TopmostPopup is { IsModal: false, IsLightDismiss: true } top && !top.BoundsInWindow.Contains(e.WindowPosition))
        {
            Close(top);
            acted = true;
        }

        if (e.Button == PointerButton.Right && TryOpenContextMenu(e.WindowPosition)) acted = true;
        if (acted) e.Handled = true;
    }

    /// <summary>OnKeyDown closes the topmost popup on Escape and, under a modal popup, keeps Tab inside it and every other key from reaching hotkeys.</summary>
    protected override void OnKeyDown(KeyEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Key == Key.Escape && e.Modifiers == KeyModifiers.None)
        {
            if (CloseTopmost())
            {
                e.Handled = true;
                return;
            }

            HideTooltip();
        }

        Popup? modal = null;
        for (int i = _popups.Count - 1; i >= 0 && modal == null; i--)
        {
            if (_popups[i].IsModal) modal = _popups[i];
        }

        if (modal == null) return;
        if (e.Key == Key.Tab && (e.Modifiers & ~KeyModifiers.Shift) == KeyModifiers.None)
        {
            FocusNavigator.Next(modal, Root?.FocusedWidget, (e.Modifiers & KeyModifiers.Shift) != 0)?.Focus();
        }

        e.Handled = true;
    }

    /// <summary>DescribeMarkup writes how many popups are open.</summary>
    protected override void DescribeMarkup(MarkupWriter w)
    {
        ArgumentNullException.ThrowIfNull(w);
        if (_popups.Count > 0) w.Property("popups", _popups.Count);
    }

    private SKRect Place(Popup popup, SKSize size)
    {
        if (popup.IsModal) return new SKRect(0, 0, size.Width, size.Height);
        var d = popup.DesiredSize;
        float w = Math.Min(d.Width, size.Width), h = Math.Min(d.Height, size.Height);
        float x, y;
        if (popup.Placement == PopupPlacement.Center)
        {
            // Whole pixels: at a half-pixel offset both edges would be rounded to even when snapped (97.5 -> 98,
            // 662.5 -> 662), one pixel narrower than measured, and a label measured to fit would be cut short.
            x = MathF.Floor((size.Width - w) / 2);
            y = MathF.Floor((size.Height - h) / 2);
        }
        else
        {
            var origin = BoundsInWindow.Location;
            var a = popup.Anchor;
            a.Offset(-origin.X, -origin.Y);
            x = a.Left;
            y = a.Bottom;
            // Flip above the anchor when it does not fit below and there is more room above.
            if (y + h > size.Height && a.Top > size.Height - a.Bottom) y = a.Top - h;
        }

        x = Math.Clamp(x, 0, Math.Max(0, size.Width - w));
        y = Math.Clamp(y, 0, Math.Max(0, size.Height - h));
        return new SKRect(x, y, x + w, y + h);
    }

    private bool TryOpenContextMenu(SKPoint windowPoint)
    {
        var origin = BoundsInWindow.Location;
        var hit = base.HitTest(new SKPoint(windowPoint.X - origin.X + Bounds.Left, windowPoint.Y - origin.Y + Bounds.Top));
        for (var w = hit; w != null && !ReferenceEquals(w, this); w = w.Parent)
        {
            if (_contextMenus.TryGetValue(w, out var menu))
            {
                return menu.Open(this, windowPoint, w.Focusable ? w : null) != null;
            }
        }

        return false;
    }

    private void UpdateTooltip(long now)
    {
        Widget? owner = null;
        string? text = null;
        for (var w = Root?.HoveredWidget; w != null; w = w.Parent)
        {
            if (_tooltips.TryGetValue(w, out text))
            {
                owner = w;
                break;
            }
        }

        if (!ReferenceEquals(owner, _tooltipOwner))
        {
            HideTooltip();
            _tooltipOwner = owner;
            _tooltipSuppressed = false;
            _hoverSince = now;
        }

        if (owner == null || text == null || _tooltipPopup != null || _tooltipSuppressed) return;
        if (Time.GetElapsedTime(_hoverSince, now) < TooltipDelay) return;
        var anchor = owner.BoundsInWindow;
        anchor.Inflate(0, TooltipGap);
        _tooltipPopup = new Popup(new Tooltip(text)) { Anchor = anchor, IsLightDismiss = false, PassesHits = true };
        InsertChild(1 + _popups.Count, _tooltipPopup);
    }

    private void HideTooltip()
    {
        if (_tooltipPopup == null) return;
        RemoveChild(_tooltipPopup);
        _tooltipPopup = null;
        _tooltipSuppressed = true;
    }
}
