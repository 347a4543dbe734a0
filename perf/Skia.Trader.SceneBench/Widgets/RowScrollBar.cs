using SkiaSharp;
using Skia.Toolkit.Core;
using Skia.Trader.Scene.Layout;

namespace Skia.Trader.SceneBench.Widgets;

/// <summary>RowScrollBar shows which part of a long list is in view: a track with a thumb sized by the visible share.</summary>
internal sealed class RowScrollBar : Widget
{
    // Below this the thumb gets hard to see and to grab; 10,000 rows would otherwise give it 3 px.
    private const float MinThumb = 20;
    private int _first;
    private int _visible;
    private int _total;

    /// <summary>Show sets the first visible row, the number of visible rows and the total; repaints only on a change.</summary>
    public void Show(int first, int visible, int total)
    {
        if (first == _first && visible == _visible && total == _total) return;
        (_first, _visible, _total) = (first, visible, total);
        InvalidatePaint();
    }

    /// <inheritdoc />
    protected override void OnRender(SKCanvas canvas)
    {
        var paint = SceneTheme.Paint;
        float track = Bounds.Height;
        paint.Color = SceneTheme.Color(ScenePalette.ScrollTrack);
        canvas.DrawRect(0, 0, Bounds.Width, track, paint);
        if (_total <= 0) return;
        float thumb = Math.Max(MinThumb, track * Math.Min(1, (float)_visible / _total));
        float top = (track - thumb) * (_total > _visible ? (float)_first / (_total - _visible) : 0);
        paint.Color = SceneTheme.Color(ScenePalette.ScrollThumb);
        canvas.DrawRect(1, top, Bounds.Width - 2, thumb, paint);
    }
}
