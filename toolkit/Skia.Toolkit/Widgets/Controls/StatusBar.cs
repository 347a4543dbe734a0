using Skia.Toolkit.Core;
using Skia.Toolkit.Rendering;
using Skia.Toolkit.Theming;
using SkiaSharp;

namespace Skia.Toolkit.Widgets;

/// <summary>
/// StatusBar is the thin strip along a window's bottom edge showing <see cref="StatusSegment"/>s: a left-hand group
/// and a right-hand group, separated by thin lines. Dock it to the bottom of the window's layout.
/// </summary>
public sealed class StatusBar : Widget
{
    private readonly List<StatusSegment> _segments = [];

    /// <summary>Segments are the segments in the order added.</summary>
    public IReadOnlyList<StatusSegment> Segments => _segments;

    /// <summary>AddSegment adds a segment at the end of the left-hand group, or of the right-hand group when <paramref name="alignRight"/>.</summary>
    public StatusSegment AddSegment(string text, bool alignRight = false, StatusTone tone = StatusTone.Normal)
    {
        ArgumentNullException.ThrowIfNull(text);
        var segment = new StatusSegment(text, tone, alignRight);
        _segments.Add(segment);
        AddChild(segment);
        return segment;
    }

    /// <summary>RemoveSegment removes a segment; false when it is not in this bar.</summary>
    public bool RemoveSegment(StatusSegment segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        if (!_segments.Remove(segment)) return false;
        RemoveChild(segment);
        return true;
    }

    private Theme Theme => Root?.Theme ?? Theme.Dark;

    /// <summary>MeasureOverride asks for every segment side by side at row height (the bar stretches to its slot's width).</summary>
    protected override SKSize MeasureOverride(SKSize available)
    {
        float width = 0;
        var h = Theme.RowHeight;
        foreach (var s in _segments) width += s.Measure(new SKSize(float.PositiveInfinity, h)).Width;
        return new SKSize(width, h);
    }

    /// <summary>
    /// ArrangeOverride lays the right group up to the right edge, then the left group from the left edge in the
    /// space left: when the bar is too narrow, left segments are cut (and the last ones get no width) rather than overlap.
    /// </summary>
    protected override void ArrangeOverride(SKSize finalSize)
    {
        float right = finalSize.Width;
        for (int i = _segments.Count - 1; i >= 0; i--)
        {
            var s = _segments[i];
            if (!s.AlignRight) continue;
            var w = Math.Min(s.DesiredSize.Width, Math.Max(0, right));
            s.Arrange(new SKRect(right - w, 0, right, finalSize.Height));
            right -= w;
        }

        float left = 0;
        foreach (var s in _segments)
        {
            if (s.AlignRight) continue;
            var w = Math.Min(s.DesiredSize.Width, Math.Max(0, right - left));
            s.Arrange(new SKRect(left, 0, left + w, finalSize.Height));
            left += w;
        }
    }

    /// <summary>OnRender fills the bar, draws its top edge and a separator after each left segment and before each right one.</summary>
    protected override void OnRender(SKCanvas canvas)
    {
        var t = Theme;
        var size = Bounds.Size;
        canvas.DrawRect(new SKRect(0, 0, size.Width, size.Height), ScratchPaint.Fill(t.Surface));
        canvas.DrawRect(new SKRect(0, 0, size.Width, t.BorderWidth), ScratchPaint.Fill(t.Border));
        var line = ScratchPaint.Fill(t.Border);
        // Separators stop short of the edges so they read as dividers, not as cell borders.
        const float inset = 5;
        foreach (var s in _segments)
        {
            if (s.Bounds.Width <= 0) continue;
            var x = s.AlignRight ? s.Bounds.Left : s.Bounds.Right;
            canvas.DrawRect(new SKRect(x, inset, x + t.BorderWidth, size.Height - inset), line);
        }
    }
}
