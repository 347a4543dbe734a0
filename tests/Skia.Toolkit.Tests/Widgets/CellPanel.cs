using Skia.Toolkit.Core;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Widgets;

/// <summary>A test container that places children top to bottom, left to right in equal cells, and counts its measures.</summary>
internal sealed class CellPanel : Widget
{
    private readonly int _columns;
    private readonly float _cellWidth;
    private readonly float _cellHeight;

    public CellPanel(int columns, float cellWidth, float cellHeight)
    {
        _columns = columns;
        _cellWidth = cellWidth;
        _cellHeight = cellHeight;
    }

    public int MeasureCount { get; private set; }

    public void Add(Widget child) => AddChild(child);

    protected override SKSize MeasureOverride(SKSize available)
    {
        MeasureCount++;
        for (int i = 0; i < Children.Count; i++) Children[i].Measure(new SKSize(_cellWidth, _cellHeight));
        int rows = (Children.Count + _columns - 1) / _columns;
        return new SKSize(_columns * _cellWidth, rows * _cellHeight);
    }

    protected override void ArrangeOverride(SKSize finalSize)
    {
        for (int i = 0; i < Children.Count; i++)
        {
            float x = i % _columns * _cellWidth, y = i / _columns * _cellHeight;
            Children[i].Arrange(new SKRect(x, y, x + _cellWidth, y + _cellHeight));
        }
    }
}
