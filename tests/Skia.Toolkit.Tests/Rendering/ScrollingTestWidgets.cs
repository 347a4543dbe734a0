using Skia.Toolkit.Core;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Rendering;

/// <summary>
/// ValueRow is one row of a <see cref="ScrollingTape{TRow}"/>: it shows a number, and a subclass draws it (each scroll
/// test draws its own mix of fills, anti-aliased curves and bars).
/// </summary>
internal abstract class ValueRow : Widget
{
    public int Value { get; private set; }

    /// <summary>Show shows <paramref name="value"/>, repainting the row when it changed.</summary>
    public void Show(int value)
    {
        if (value == Value) return;
        Value = value;
        InvalidatePaint();
    }

    /// <summary>TakeOver takes the value of the row whose pixels the scroll moved here, without a repaint.</summary>
    public void TakeOver(ValueRow other) => Value = other.Value;
}

/// <summary>
/// ScrollingTape stacks <typeparamref name="TRow"/> rows newest first and, as a list does, moves their pixels
/// (<see cref="Widget.InvalidateScrolled"/>) when values come on top or the top row goes, instead of repainting them.
/// </summary>
internal sealed class ScrollingTape<TRow> : Widget
    where TRow : ValueRow, new()
{
    private readonly TRow[] _rows;

    public ScrollingTape(int rows, int rowHeight)
    {
        RowHeight = rowHeight;
        _rows = new TRow[rows];
        for (var i = 0; i < rows; i++) AddChild(_rows[i] = new TRow());
    }

    public int RowHeight { get; }

    public override bool ClipToBounds => true;

    public TRow RowAt(int i) => _rows[i];

    public int[] Values() => _rows.Select(r => r.Value).ToArray();

    public void Load(int[] values)
    {
        for (var i = 0; i < _rows.Length; i++) _rows[i].Show(values[i]);
    }

    /// <summary>Push puts values on top (the last one newest) in one move of as many rows; allocates nothing.</summary>
    public void Push(params ReadOnlySpan<int> values)
    {
        var n = Math.Min(values.Length, _rows.Length);
        InvalidateScrolled(n * RowHeight);
        for (var i = _rows.Length - 1; i >= n; i--) _rows[i].TakeOver(_rows[i - n]);
        for (var i = 0; i < n; i++) _rows[i].Show(values[values.Length - 1 - i]);
    }

    /// <summary>PopTop moves every row up by one (a negative scroll) and shows a value at the bottom.</summary>
    public void PopTop(int bottomValue)
    {
        InvalidateScrolled(-RowHeight);
        for (var i = 0; i < _rows.Length - 1; i++) _rows[i].TakeOver(_rows[i + 1]);
        _rows[^1].Show(bottomValue);
    }

    protected override SKSize MeasureOverride(SKSize available)
    {
        foreach (var row in _rows) row.Measure(new SKSize(available.Width, RowHeight));
        return new SKSize(available.Width, _rows.Length * RowHeight);
    }

    protected override void ArrangeOverride(SKSize finalSize)
    {
        for (var i = 0; i < _rows.Length; i++) _rows[i].Arrange(new SKRect(0, i * RowHeight, finalSize.Width, (i + 1) * RowHeight));
    }
}

/// <summary>SlotBoard places its children at fixed rectangles, in order, over a fill (so a later child may overlap an earlier one).</summary>
internal sealed class SlotBoard : Widget
{
    // One paint for every board: a frame must not allocate (the steady-frame tests count bytes).
    private static readonly SKPaint Fill = new() { Color = SKColors.DarkSlateGray };
    private readonly List<SKRect> _slots = [];

    public void Place(Widget child, SKRect slot)
    {
        AddChild(child);
        _slots.Add(slot);
    }

    protected override SKSize MeasureOverride(SKSize available)
    {
        for (var i = 0; i < _slots.Count; i++) ChildList[i].Measure(_slots[i].Size);
        return available;
    }

    protected override void ArrangeOverride(SKSize finalSize)
    {
        for (var i = 0; i < _slots.Count; i++) ChildList[i].Arrange(_slots[i]);
    }

    protected override void OnRender(SKCanvas canvas) => canvas.DrawRect(0, 0, Bounds.Width, Bounds.Height, Fill);
}
