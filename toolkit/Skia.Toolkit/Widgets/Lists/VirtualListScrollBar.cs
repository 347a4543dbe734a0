using Skia.Toolkit.Core;
using SkiaSharp;

namespace Skia.Toolkit.Widgets;

/// <summary>
/// VirtualListScrollBar is the last child of a <see cref="VirtualList"/>, so the thumb is drawn over the rows.
/// It is invisible to hit testing: the list itself handles thumb drags and track clicks.
/// </summary>
internal sealed class VirtualListScrollBar : Widget
{
    public override Widget? HitTest(SKPoint pointInParent) => null;

    protected override void OnRender(SKCanvas canvas) => (Parent as VirtualList)?.DrawScrollBar(canvas);
}
