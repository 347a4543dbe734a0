using Skia.Toolkit.Core;
using Skia.Toolkit.Rendering;
using SkiaSharp;

namespace Skia.Toolkit.Widgets;

/// <summary>
/// Popup is one layer a <see cref="PopupHost"/> shows above its content: a dropdown, a menu, a dialog.
/// It holds a <see cref="Content"/> widget, is placed next to its <see cref="Anchor"/>, and says how it
/// is dismissed: a light-dismiss popup closes on a click outside it; a modal one covers the whole window
/// with a scrim and takes every click and key until it closes. Escape closes the topmost popup.
/// </summary>
public sealed class Popup : Widget
{
    // The scrim under a modal popup: black at 50 % dims both themes enough to read the dialog as on top.
    private static readonly SKColor Scrim = new(0, 0, 0, 0x80);

    private PopupPlacement _placement;
    private SKRect _anchor;

    /// <summary>Popup creates a popup showing <paramref name="content"/>.</summary>
    public Popup(Widget content)
    {
        ArgumentNullException.ThrowIfNull(content);
        Content = content;
        AddChild(content);
    }

    /// <summary>Closed is raised after the popup left its host (by <see cref="Close"/>, Escape or a click outside).</summary>
    public event EventHandler? Closed;

    /// <summary>Content is the widget shown in the popup.</summary>
    public Widget Content { get; }

    /// <summary>Placement says where the popup goes relative to <see cref="Anchor"/>.</summary>
    public PopupPlacement Placement
    {
        get => _placement;
        set
        {
            if (_placement == value) return;
            _placement = value;
            Parent?.InvalidateArrange();
        }
    }

    /// <summary>Anchor is the rectangle, in logical window coordinates, the popup is placed next to (an opener's bounds, or an empty rectangle at the pointer).</summary>
    public SKRect Anchor
    {
        get => _anchor;
        set
        {
            if (_anchor == value) return;
            _anchor = value;
            Parent?.InvalidateArrange();
        }
    }

    /// <summary>IsModal makes the popup cover the window: a scrim dims what is below and takes its clicks; keys stay in the popup.</summary>
    public bool IsModal { get; init; }

    /// <summary>IsLightDismiss makes a click outside the popup close it (true by default; ignored when modal).</summary>
    public bool IsLightDismiss { get; init; } = true;

    /// <summary>Host is the PopupHost showing this popup, or null when it is closed.</summary>
    public PopupHost? Host { get; internal set; }

    /// <summary>IsOpen tells whether the popup is shown.</summary>
    public bool IsOpen => Host != null;

    /// <summary>Opener is the widget that had focus when the popup opened; focus returns to it when the popup closes.</summary>
    public Widget? Opener { get; internal set; }

    /// <summary>Close closes the popup (and every popup opened above it); returns false when it was not open.</summary>
    public bool Close() => Host?.Close(this) ?? false;

    /// <summary>PassesHits makes the popup invisible to the pointer (tooltips): clicks and hover go to what is below.</summary>
    internal bool PassesHits { get; init; }

    /// <summary>ReleaseContent takes the content out of a closed popup so it can be shown again in another one (a dialog shown twice).</summary>
    internal void ReleaseContent() => RemoveChild(Content);

    internal void RaiseClosed() => Closed?.Invoke(this, EventArgs.Empty);

    /// <summary>HitTest finds nothing in a popup that passes hits, and otherwise hit-tests as usual.</summary>
    public override Widget? HitTest(SKPoint pointInParent) => PassesHits ? null : base.HitTest(pointInParent);

    /// <summary>MeasureOverride measures the content with the space offered (the host's size).</summary>
    protected override SKSize MeasureOverride(SKSize available) => Content.Measure(available);

    /// <summary>ArrangeOverride fills the popup with its content; a modal popup spans the window and centres its content.</summary>
    protected override void ArrangeOverride(SKSize finalSize)
    {
        if (!IsModal)
        {
            Content.Arrange(new SKRect(0, 0, finalSize.Width, finalSize.Height));
            return;
        }

        var d = Content.DesiredSize;
        var x = MathF.Round((finalSize.Width - d.Width) / 2);
        var y = MathF.Round((finalSize.Height - d.Height) / 2);
        Content.Arrange(new SKRect(x, y, x + d.Width, y + d.Height));
    }

    /// <summary>OnRender dims the window under a modal popup; other popups draw nothing of their own.</summary>
    protected override void OnRender(SKCanvas canvas)
    {
        if (!IsModal) return;
        canvas.DrawRect(new SKRect(0, 0, Bounds.Width, Bounds.Height), ScratchPaint.Fill(Scrim));
    }

    /// <summary>DescribeMarkup writes how the popup is dismissed.</summary>
    protected override void DescribeMarkup(MarkupWriter w)
    {
        ArgumentNullException.ThrowIfNull(w);
        if (IsModal) w.Property("modal", true);
        else if (IsLightDismiss) w.Property("lightDismiss", true);
    }
}
