using Skia.Toolkit.Core;
using SkiaSharp;

namespace Skia.Trader.SceneBench.Widgets;

/// <summary>
/// AbsolutePanel places each child at a fixed rectangle. The scene's geometry is fixed by SCENE.md,
/// so every child is a layout boundary and a changed number never re-lays-out anything.
/// </summary>
internal class AbsolutePanel : Widget
{
    private readonly List<SKRect> _slots = [];

    /// <summary>AbsolutePanel is a panel of a fixed size.</summary>
    public AbsolutePanel(float width, float height)
    {
        Width = width;
        Height = height;
    }

    /// <summary>Place adds <paramref name="child"/> at <paramref name="slot"/> (in this panel's coordinates) and fixes its size to the slot's.</summary>
    public T Place<T>(T child, SKRect slot) where T : Widget
    {
        child.Width = slot.Width;
        child.Height = slot.Height;
        AddChild(child);
        _slots.Add(slot);
        return child;
    }

    /// <inheritdoc />
    protected override SKSize MeasureOverride(SKSize available)
    {
        var children = Children;
        for (int i = 0; i < children.Count; i++) children[i].Measure(_slots[i].Size);
        return new SKSize(Width, Height);
    }

    /// <inheritdoc />
    protected override void ArrangeOverride(SKSize finalSize)
    {
        var children = Children;
        for (int i = 0; i < children.Count; i++) children[i].Arrange(_slots[i]);
    }
}
