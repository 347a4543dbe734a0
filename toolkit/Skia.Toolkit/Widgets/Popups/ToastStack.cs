using Skia.Toolkit.Core;
using SkiaSharp;

namespace Skia.Toolkit.Widgets;

/// <summary>
/// ToastStack is the layer of a <see cref="PopupHost"/> that stacks toasts at the bottom right, newest at the
/// bottom. It covers the window but takes no input itself: only its toasts are hit.
/// </summary>
internal sealed class ToastStack : Widget
{
    // At most this many toasts are shown; a new one pushes out the oldest, so a burst of errors cannot fill the window.
    internal const int MaxToasts = 5;

    private readonly List<Toast> _toasts = [];

    public IReadOnlyList<Toast> Toasts => _toasts;

    public void Push(Toast toast)
    {
        _toasts.Add(toast);
        AddChild(toast);
        while (_toasts.Count > MaxToasts) _toasts[0].Dismiss();
    }

    public void Remove(Toast toast)
    {
        _toasts.Remove(toast);
        RemoveChild(toast);
    }

    public void RemoveExpired(long now)
    {
        for (int i = _toasts.Count - 1; i >= 0; i--)
        {
            if (i < _toasts.Count && now >= _toasts[i].ExpiresAt) _toasts[i].Dismiss();
        }
    }

    public override Widget? HitTest(SKPoint pointInParent)
    {
        var hit = base.HitTest(pointInParent);
        return ReferenceEquals(hit, this) ? null : hit;
    }

    protected override SKSize MeasureOverride(SKSize available)
    {
        var margin = Theme.Spacing * 2;
        var offer = new SKSize(Math.Max(0, Math.Min(Toast.WidestToast, available.Width - (2 * margin))), float.PositiveInfinity);
        for (int i = 0; i < _toasts.Count; i++) _toasts[i].Measure(offer);
        return SKSize.Empty;
    }

    protected override void ArrangeOverride(SKSize finalSize)
    {
        var margin = Theme.Spacing * 2;
        var bottom = finalSize.Height - margin;
        for (int i = _toasts.Count - 1; i >= 0; i--)
        {
            var d = _toasts[i].DesiredSize;
            var left = Math.Max(0, finalSize.Width - margin - d.Width);
            _toasts[i].Arrange(new SKRect(left, bottom - d.Height, left + d.Width, bottom));
            bottom -= d.Height + Theme.Spacing;
        }
    }

    private Theming.Theme Theme => Root?.Theme ?? Theming.Theme.Dark;
}
