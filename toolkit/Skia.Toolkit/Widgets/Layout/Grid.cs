using Skia.Toolkit.Core;
using SkiaSharp;

namespace Skia.Toolkit.Widgets;

/// <summary>
/// Grid places children in cells of rows and columns sized fixed, auto (fit content) or star (share
/// of the rest). A child names its cell with <see cref="SetRow"/>/<see cref="SetColumn"/> and may span
/// several. No definitions means one star row or column. A child placed outside the defined rows or
/// columns is a programming error: layout throws an InvalidOperationException naming the child.
/// </summary>
/// <remarks>
/// Sizing order: fixed tracks; auto columns from the children that sit only in non-star columns
/// (measured with unlimited width); star columns share the remaining width; then rows the same way,
/// measuring children at their final column width (so wrapped text gets its height right). With
/// unlimited space along an axis, star tracks size like auto ones. A child spanning several tracks
/// adds what it lacks to the last auto track it spans.
/// </remarks>
public sealed class Grid : Panel
{
    private static readonly GridLength[] OneStar = [GridLength.Star()];
    private GridLength[] _rows = [];
    private GridLength[] _columns = [];
    private float[] _rowSizes = [];
    private float[] _columnSizes = [];

    /// <summary>Rows are the row definitions, top to bottom (empty: one star row).</summary>
    public IReadOnlyList<GridLength> Rows
    {
        get => _rows;
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            _rows = [.. value];
            InvalidateMeasure();
        }
    }

    /// <summary>Columns are the column definitions, left to right (empty: one star column).</summary>
    public IReadOnlyList<GridLength> Columns
    {
        get => _columns;
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            _columns = [.. value];
            InvalidateMeasure();
        }
    }

    /// <summary>SetRow puts <paramref name="child"/> in row <paramref name="row"/> (0-based).</summary>
    public static void SetRow(Widget child, int row)
    {
        ArgumentNullException.ThrowIfNull(child);
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        child.GridRow = row;
        child.Parent?.InvalidateMeasure();
    }

    /// <summary>SetColumn puts <paramref name="child"/> in column <paramref name="column"/> (0-based).</summary>
    public static void SetColumn(Widget child, int column)
    {
        ArgumentNullException.ThrowIfNull(child);
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        child.GridColumn = column;
        child.Parent?.InvalidateMeasure();
    }

    /// <summary>SetRowSpan makes <paramref name="child"/> cover <paramref name="span"/> rows (at least 1).</summary>
    public static void SetRowSpan(Widget child, int span)
    {
        ArgumentNullException.ThrowIfNull(child);
        ArgumentOutOfRangeException.ThrowIfLessThan(span, 1);
        child.GridRowSpan = span;
        child.Parent?.InvalidateMeasure();
    }

    /// <summary>SetColumnSpan makes <paramref name="child"/> cover <paramref name="span"/> columns (at least 1).</summary>
    public static void SetColumnSpan(Widget child, int span)
    {
        ArgumentNullException.ThrowIfNull(child);
        ArgumentOutOfRangeException.ThrowIfLessThan(span, 1);
        child.GridColumnSpan = span;
        child.Parent?.InvalidateMeasure();
    }

    /// <summary>GetRow returns the row of <paramref name="child"/>.</summary>
    public static int GetRow(Widget child) => child.GridRow;

    /// <summary>GetColumn returns the column of <paramref name="child"/>.</summary>
    public static int GetColumn(Widget child) => child.GridColumn;

    /// <summary>GetRowSpan returns how many rows <paramref name="child"/> covers.</summary>
    public static int GetRowSpan(Widget child) => child.GridRowSpan;

    /// <summary>GetColumnSpan returns how many columns <paramref name="child"/> covers.</summary>
    public static int GetColumnSpan(Widget child) => child.GridColumnSpan;

    /// <summary>Add appends <paramref name="child"/> in the given cell and span.</summary>
    public void Add(Widget child, int row, int column, int rowSpan = 1, int columnSpan = 1)
    {
        SetRow(child, row);
        SetColumn(child, column);
        SetRowSpan(child, rowSpan);
        SetColumnSpan(child, columnSpan);
        Add(child);
    }

    /// <summary>RowHeights are the row sizes of the last layout (for tests and tools).</summary>
    internal ReadOnlySpan<float> RowHeights => _rowSizes;

    /// <summary>ColumnWidths are the column sizes of the last layout.</summary>
    internal ReadOnlySpan<float> ColumnWidths => _columnSizes;

    /// <summary>MeasureOverride sizes the tracks (see the type remarks) and returns their sum.</summary>
    protected override SKSize MeasureOverride(SKSize available)
    {
        var columns = _columns.Length == 0 ? OneStar : _columns;
        var rows = _rows.Length == 0 ? OneStar : _rows;
        if (_columnSizes.Length != columns.Length) _columnSizes = new float[columns.Length];
        if (_rowSizes.Length != rows.Length) _rowSizes = new float[rows.Length];
        var children = ChildList;
        for (int i = 0; i < children.Count; i++) CheckPlacement(children[i], rows.Length, columns.Length);

        bool starColumnsAsAuto = float.IsPositiveInfinity(available.Width);
        bool starRowsAsAuto = float.IsPositiveInfinity(available.Height);
        InitFixed(columns, _columnSizes);
        InitFixed(rows, _rowSizes);

        // Columns: children that sit only in auto/fixed columns (or star ones that behave as auto) decide the auto widths.
        for (int i = 0; i < children.Count; i++)
        {
            var child = children[i];
            if (!child.IsVisible) continue;
            if (!SpanIsAutoSized(columns, child.GridColumn, child.GridColumnSpan, starColumnsAsAuto)) continue;
            float height = SpanIsAllFixed(rows, child.GridRow, child.GridRowSpan) ? Sum(_rowSizes, child.GridRow, child.GridRowSpan) : float.PositiveInfinity;
            var d = child.Measure(new SKSize(float.PositiveInfinity, height));
            Grow(columns, _columnSizes, child.GridColumn, child.GridColumnSpan, d.Width, starColumnsAsAuto);
        }

        if (!starColumnsAsAuto) DistributeStars(columns, _columnSizes, available.Width);

        // Rows: now that column widths are known, children deciding auto rows are measured at their real width.
        for (int i = 0; i < children.Count; i++)
        {
            var child = children[i];
            if (!child.IsVisible) continue;
            if (!SpanIsAutoSized(rows, child.GridRow, child.GridRowSpan, starRowsAsAuto)) continue;
            var d = child.Measure(new SKSize(Sum(_columnSizes, child.GridColumn, child.GridColumnSpan), float.PositiveInfinity));
            Grow(rows, _rowSizes, child.GridRow, child.GridRowSpan, d.Height, starRowsAsAuto);
        }

        if (!starRowsAsAuto) DistributeStars(rows, _rowSizes, available.Height);

        // Everyone else is measured in the final cell size.
        for (int i = 0; i < children.Count; i++)
        {
            var child = children[i];
            child.Measure(new SKSize(
                Sum(_columnSizes, child.GridColumn, child.GridColumnSpan),
                Sum(_rowSizes, child.GridRow, child.GridRowSpan)));
        }

        return new SKSize(Sum(_columnSizes, 0, _columnSizes.Length), Sum(_rowSizes, 0, _rowSizes.Length));
    }

    /// <summary>ArrangeOverride shares the final size's leftover among star tracks and places each child in its cell.</summary>
    protected override void ArrangeOverride(SKSize finalSize)
    {
        var columns = _columns.Length == 0 ? OneStar : _columns;
        var rows = _rows.Length == 0 ? OneStar : _rows;
        if (_columnSizes.Length != columns.Length || _rowSizes.Length != rows.Length) return;
        DistributeStars(columns, _columnSizes, finalSize.Width);
        DistributeStars(rows, _rowSizes, finalSize.Height);
        var children = ChildList;
        for (int i = 0; i < children.Count; i++)
        {
            var child = children[i];
            float x = Sum(_columnSizes, 0, child.GridColumn);
            float y = Sum(_rowSizes, 0, child.GridRow);
            child.Arrange(new SKRect(
                x,
                y,
                x + Sum(_columnSizes, child.GridColumn, child.GridColumnSpan),
                y + Sum(_rowSizes, child.GridRow, child.GridRowSpan)));
        }
    }

    /// <summary>DescribeMarkup writes the row and column definitions.</summary>
    protected override void DescribeMarkup(MarkupWriter w)
    {
        if (_rows.Length > 0) w.Property("rows", string.Join(",", _rows));
        if (_columns.Length > 0) w.Property("columns", string.Join(",", _columns));
        base.DescribeMarkup(w);
    }

    private void CheckPlacement(Widget child, int rowCount, int columnCount)
    {
        if (child.GridRow + child.GridRowSpan > rowCount || child.GridColumn + child.GridColumnSpan > columnCount)
        {
            throw new InvalidOperationException(
                $"Grid '{Name}': {child.GetType().Name} '{child.Name}' is placed at row {child.GridRow} (span {child.GridRowSpan}), column {child.GridColumn} (span {child.GridColumnSpan}), "
                + $"but the grid defines {rowCount} row(s) and {columnCount} column(s).");
        }
    }

    private static void InitFixed(GridLength[] tracks, float[] sizes)
    {
        for (int i = 0; i < tracks.Length; i++) sizes[i] = tracks[i].Unit == GridUnit.Fixed ? tracks[i].Value : 0;
    }

    private static bool SpanIsAutoSized(GridLength[] tracks, int start, int span, bool starAsAuto)
    {
        bool hasAuto = false;
        for (int i = start; i < start + span; i++)
        {
            switch (tracks[i].Unit)
            {
                case GridUnit.Star when !starAsAuto: return false;
                case GridUnit.Star:
                case GridUnit.Auto: hasAuto = true; break;
            }
        }

        return hasAuto;
    }

    private static bool SpanIsAllFixed(GridLength[] tracks, int start, int span)
    {
        for (int i = start; i < start + span; i++)
        {
            if (tracks[i].Unit != GridUnit.Fixed) return false;
        }

        return true;
    }

    /// <summary>Grow widens the last auto-sized track of a span until the span holds <paramref name="needed"/>.</summary>
    private static void Grow(GridLength[] tracks, float[] sizes, int start, int span, float needed, bool starAsAuto)
    {
        float missing = needed - Sum(sizes, start, span);
        if (missing <= 0) return;
        for (int i = start + span - 1; i >= start; i--)
        {
            if (tracks[i].Unit == GridUnit.Auto || (starAsAuto && tracks[i].Unit == GridUnit.Star))
            {
                sizes[i] += missing;
                return;
            }
        }
    }

    private static void DistributeStars(GridLength[] tracks, float[] sizes, float total)
    {
        float used = 0, weights = 0;
        for (int i = 0; i < tracks.Length; i++)
        {
            if (tracks[i].Unit == GridUnit.Star) weights += tracks[i].Value;
            else used += sizes[i];
        }

        if (weights == 0 || !float.IsFinite(total)) return;
        float rest = Math.Max(0, total - used);
        for (int i = 0; i < tracks.Length; i++)
        {
            if (tracks[i].Unit == GridUnit.Star) sizes[i] = rest * tracks[i].Value / weights;
        }
    }

    private static float Sum(float[] sizes, int start, int count)
    {
        float sum = 0;
        for (int i = start; i < start + count; i++) sum += sizes[i];
        return sum;
    }
}
