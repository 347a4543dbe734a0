using Skia.Toolkit.Core;
using Skia.Toolkit.Rendering;
using SkiaSharp;

namespace Skia.Toolkit.Widgets;

/// <summary>
/// VirtualListRow is the recycled slot a <see cref="VirtualList"/> places its row widget in. It is a layout
/// boundary (the list fixes its size), so a change inside a row re-lays-out that row only; it draws the
/// selection and hover background under the row content.
/// </summary>
internal sealed class VirtualListRow : Widget
{
    public VirtualListRow(Widget content)
    {
        Content = content;
        AddChild(content);
    }

    /// <summary>Content is the row widget made by the list's row factory.</summary>
    public Widget Content { get; }

    /// <summary>Index is the item this row shows, or -1 while it is parked in the pool.</summary>
    public int Index { get; set; } = -1;

    /// <summary>IsSelected draws the selection background.</summary>
    public bool IsSelected
    {
        get;
        set
        {
            if (field == value) return;
            field = value;
            InvalidatePaint();
        }
    }

    public override bool IsLayoutBoundary => true;

    public override bool ClipToBounds => true;

    protected override SKSize MeasureOverride(SKSize available)
    {
        Content.Measure(available);
        return available;
    }

    protected override void OnRender(SKCanvas canvas)
    {
        var list = Parent as VirtualList;
        var theme = Root?.Theme ?? Theming.Theme.Dark;
        var rect = new SKRect(0, 0, Bounds.Width, Bounds.Height);
        if (IsSelected) canvas.DrawRect(rect, ScratchPaint.Fill(theme.Selection));
        else if (list != null && list.HoveredIndex == Index && Index >= 0) canvas.DrawRect(rect, ScratchPaint.Fill(ColorMath.Fade(theme.SurfaceHover, 0.6f)));
    }

    protected override void DescribeMarkup(MarkupWriter w)
    {
        base.DescribeMarkup(w);
        w.Property("index", Index);
        if (IsSelected) w.Property("selected", true);
    }
}
