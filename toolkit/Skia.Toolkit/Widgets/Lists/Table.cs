using Skia.Toolkit.Core;
using Skia.Toolkit.Hosting;
using Skia.Toolkit.Input;
using Skia.Toolkit.Rendering;
using Skia.Toolkit.Text;
using SkiaSharp;

namespace Skia.Toolkit.Widgets;

/// <summary>
/// Table (a data grid) shows items in columns under a header, on a <see cref="VirtualList"/> so only visible
/// rows exist. A header click sorts by that column (stable; a second click reverses; an arrow shows the
/// order); dragging a header's right edge resizes the column. Numeric columns are right-aligned with tabular
/// figures. When items change while sorted, call <see cref="Refresh"/> (or set <see cref="Items"/>): the order
/// is recomputed and the selected item stays selected wherever it moved. A live table tells it which rows
/// changed instead (<see cref="RowsChanged"/>: each moves to its sorted place, no full re-sort) and hides rows
/// with <see cref="Filter"/> without rebuilding <see cref="Items"/>.
/// </summary>
public partial class Table<T> : Control
{
    // Within this many logical pixels of a header's right edge the pointer grabs the edge for resizing.
    private const float ResizeGrip = 4;

    private readonly TableColumn<T>[] _columns;
    private readonly VirtualList _list;
    private IReadOnlyList<T> _items = [];
    private int[] _order = [];
    private float[] _lefts;
    private float[] _widths;
    private int _sortColumn = -1;
    private bool _sortDescending;
    private int _resizing = -1;
    private float _resizeStartX;
    private float _resizeStartWidth;
    private bool _restoringSelection;
    private bool _hasSelectedItem;
    // Row widgets made for the list, so the flash memory can see which items are on screen.
    private readonly List<TableRowView<T>> _rowViews = [];
    private TableFlashMemory<T> _flashes;
    // The flash memory is synced with the rows on screen before the first bind of each layout pass, or at once after a new memory.
    private bool _flashSyncPending;
    private long _flashSyncPass = -1;

    /// <summary>Table creates a table with columns; give it items with <see cref="Items"/>.</summary>
    public Table(IEnumerable<TableColumn<T>> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        _columns = columns.ToArray();
        if (_columns.Length == 0) throw new ArgumentException("A table needs at least one column.", nameof(columns));
        foreach (var column in _columns)
        {
            if (column.Owner != null) throw new ArgumentException($"Column '{column.Header}' already belongs to a table.", nameof(columns));
            column.Owner = this;
        }
        _lefts = new float[_columns.Length];
        _widths = new float[_columns.Length];
        _flashes = DefaultFlashMemory();
        _list = new VirtualList(CreateRow, BindRow);
        _list.SelectionChanged += OnListSelectionChanged;
        AddChild(_list);
    }

    /// <summary>SelectionChanged is raised when the selected item changes.</summary>
    public event EventHandler? SelectionChanged;

    /// <summary>Columns are the table's columns, left to right.</summary>
    public IReadOnlyList<TableColumn<T>> Columns => _columns;

    /// <summary>Items are the rows' items in source order; setting them re-sorts and keeps the selected item selected if it is still there.</summary>
    public IReadOnlyList<T> Items
    {
        get => _items;
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            _items = value;
            Refresh();
        }
    }

    /// <summary>SelectedItem is the selected row's item, or default when none is selected.</summary>
    public T? SelectedItem { get; private set; }

    /// <summary>SelectedIndex is the selected row in display (sorted) order, or -1.</summary>
    public int SelectedIndex
    {
        get => _list.SelectedIndex;
        set => _list.SelectedIndex = value;
    }

    /// <summary>SortColumn is the index of the column sorted by, or -1 for source order.</summary>
    public int SortColumn => _sortColumn;

    /// <summary>SortDescending tells whether the sort is descending.</summary>
    public bool SortDescending => _sortDescending;

    /// <summary>RealizedRowCount is the number of row widgets in existence (only the visible ones).</summary>
    public int RealizedRowCount => _list.RealizedRowCount;

    /// <summary>List is the virtualised row list (scrolling, row height, keyboard selection).</summary>
    public VirtualList List => _list;

    /// <summary>HeaderHeight is the height of the header band.</summary>
    public float HeaderHeight => Theme.RowHeight + Theme.SpacingSmall;

    /// <summary>ItemAt returns the item shown at a display row.</summary>
    public T ItemAt(int displayIndex) => _items[_order[displayIndex]];

    /// <summary>SortBy sorts by a column (stable: equal items keep their source order), or restores source order with -1.</summary>
    public void SortBy(int column, bool descending = false)
    {
        if (column < -1 || column >= _columns.Length) throw new ArgumentOutOfRangeException(nameof(column), column, $"The table has {_columns.Length} columns.");
        _sortColumn = column;
        _sortDescending = descending;
        Refresh();
    }

    /// <summary>Refresh re-reads the items (count, values, order): re-sorts, re-applies the <see cref="Filter"/>, keeps the selected item selected and repaints the visible rows.</summary>
    public void Refresh()
    {
        UiThreadCheck.Verify(this);
        var count = RebuildOrder();

        _restoringSelection = true;
        try
        {
            _list.ItemCount = count;
            var selected = -1;
            if (_hasSelectedItem && SelectedItem is { } item)
            {
                var comparer = EqualityComparer<T>.Default;
                for (var i = 0; i < count; i++)
                {
                    if (comparer.Equals(_items[_order[i]], item))
                    {
                        selected = i;
                        break;
                    }
                }
            }
            _list.SelectedIndex = selected;
        }
        finally
        {
            _restoringSelection = false;
        }
        if (_list.SelectedIndex < 0 && _hasSelectedItem)
        {
            _hasSelectedItem = false;
            SelectedItem = default;
            SelectionChanged?.Invoke(this, EventArgs.Empty);
        }
        _list.Refresh();
        InvalidatePaint();
    }

    /// <summary>
    /// ItemsInsertedAtStart tells the table that <paramref name="count"/> items were inserted at the start of
    /// <see cref="Items"/> (a live history, newest first) and nothing else changed. In source order the rows already
    /// shown move down with their pixels and only the new rows repaint (see <see cref="VirtualList.ItemsInsertedAtStart"/>);
    /// a sorted table re-sorts as <see cref="Refresh"/> does.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative or more than the items hold.</exception>
    public void ItemsInsertedAtStart(int count)
    {
        var total = _items.Count;
        if (count < 0 || count > total) throw new ArgumentOutOfRangeException(nameof(count), count, $"count must be 0..{total} (the items now held).");
        if (count == 0) return;
        if (_sortColumn >= 0 || _filter != null || total != _list.ItemCount + count)
        {
            Refresh();
            return;
        }
        ExtendSourceOrder(total);
        _restoringSelection = true;
        try
        {
            _list.ItemsInsertedAtStart(count);
        }
        finally
        {
            _restoringSelection = false;
        }
    }

    private void OnListSelectionChanged(object? sender, EventArgs e)
    {
        if (_restoringSelection) return;
        _hasSelectedItem = _list.SelectedIndex >= 0;
        SelectedItem = _hasSelectedItem ? ItemAt(_list.SelectedIndex) : default;
        SelectionChanged?.Invoke(this, EventArgs.Empty);
    }

    private TableRowView<T> CreateRow()
    {
        var row = new TableRowView<T>(this);
        _rowViews.Add(row);
        return row;
    }

    private void BindRow(Widget row, int displayIndex)
    {
        var view = (TableRowView<T>)row;
        var item = _items[_order[displayIndex]];
        view.Bind(item);
        ObserveFlashes(view, item);
    }

    /// <summary>
    /// ObserveFlashes compares a freshly bound row's flashing cells with what the same rows showed before: a cell
    /// that rose or fell flashes from the first frame that shows it for one frame interval, and the row asks the
    /// damage tracker to repaint it when the flash ends. Runs while binding (layout), never while painting.
    /// </summary>
    private void ObserveFlashes(TableRowView<T> view, T item)
    {
        if (Root?.Damage is not { } damage || !HasFlashingColumns) return;
        // The memory forgets rows that left the view once per layout pass, before that pass's first bind: the rows
        // still hold what the previous pass showed.
        var pass = Root.LayoutPasses;
        if (_flashSyncPending || pass != _flashSyncPass)
        {
            _flashSyncPending = false;
            _flashSyncPass = pass;
            _flashes.Sync(_rowViews, _columns);
        }
        var until = damage.NextFrameTime + damage.Ticks(damage.FrameInterval);
        var flashed = false;
        for (var c = 0; c < _columns.Length; c++)
        {
            var column = _columns[c];
            if (column.FlashesOnChange && _flashes.Observe(item, c, column.NumberOf(item), until) != 0) flashed = true;
        }
        if (flashed) view.InvalidatePaintAt(until);
    }

    /// <summary>
    /// IdentifyRowsBy tells the table what makes two items the same row (a symbol, an order id), so that a
    /// flashing column (<see cref="TableColumn{T}.FlashesOnChange"/>) compares a cell with the same row's
    /// previous value even when items are replaced by new objects. Without it a row is its item: the same
    /// reference for classes, equal values for structs.
    /// </summary>
    public void IdentifyRowsBy<TKey>(Func<T, TKey> key, IEqualityComparer<TKey>? comparer = null)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(key);
        _flashes = new KeyedTableFlashMemory<T, TKey>(key, comparer);
        _flashSyncPending = true;
        _list.Refresh();
    }

    private static TableFlashMemory<T> DefaultFlashMemory()
    {
        // A class item is its own identity by reference: a record replaced by an equal-valued copy is another row.
        IEqualityComparer<T>? comparer = typeof(T).IsValueType ? null : (IEqualityComparer<T>)(object)ReferenceEqualityComparer.Instance;
        // T may be a nullable type; the memory skips rows whose key is null, so the notnull constraint holds where it matters.
#pragma warning disable CS8714
        return new KeyedTableFlashMemory<T, T>(static item => item, comparer);
#pragma warning restore CS8714
    }

    /// <summary>HasFlashingColumns tells whether any column flashes on change.</summary>
    internal bool HasFlashingColumns
    {
        get
        {
            foreach (var c in _columns)
            {
                if (c.FlashesOnChange) return true;
            }
            return false;
        }
    }

    /// <summary>FlashOf is the flash a cell shows in the frame being drawn (+1 rose, -1 fell, 0 none); it only reads the flash memory.</summary>
    internal int FlashOf(T item, int column) => Root?.Damage is { } damage ? _flashes.FlashAt(item, column, damage.FrameTime) : 0;

    /// <summary>CellFont is the font of text cells.</summary>
    internal FontSpec CellFont => FontSpec.Ui(Theme.FontSize);

    /// <summary>NumericFont is the tabular digit table of numeric cells.</summary>
    internal NumericFont NumericFont => FontSet.Default.GetNumericFont(FontSpec.Ui(Theme.FontSize));

    /// <summary>ColumnLeft is a column's left edge in the table's coordinates, as of the last layout.</summary>
    public float ColumnLeft(int column) => _lefts[column];

    /// <summary>ColumnWidth is a column's laid-out width, as of the last layout.</summary>
    public float ColumnWidth(int column) => _widths[column];

    /// <summary>OnColumnsChanged lays the columns out again after a width change.</summary>
    internal void OnColumnsChanged()
    {
        InvalidateArrange();
        InvalidatePaint();
    }

    /// <summary>IsLayoutBoundary is true: the table takes the space it is given, whatever its rows.</summary>
    public override bool IsLayoutBoundary => true;

    /// <summary>ClipToBounds is true.</summary>
    public override bool ClipToBounds => true;

    /// <summary>MeasureOverride takes the space offered; the row list below the header throws on infinite height.</summary>
    protected override SKSize MeasureOverride(SKSize available)
    {
        _list.Measure(new SKSize(available.Width, Math.Max(0, available.Height - HeaderHeight)));
        return new SKSize(float.IsInfinity(available.Width) ? 0 : available.Width, available.Height);
    }

    /// <summary>ArrangeOverride lays out the column widths (fixed first, then star shares) and places the row list under the header.</summary>
    protected override void ArrangeOverride(SKSize finalSize)
    {
        LayoutColumns(finalSize.Width);
        _list.Arrange(new SKRect(0, HeaderHeight, finalSize.Width, Math.Max(HeaderHeight, finalSize.Height)));
    }

    private void LayoutColumns(float width)
    {
        float fixedTotal = 0, stars = 0;
        foreach (var c in _columns)
        {
            if (c.Width.Unit == GridUnit.Fixed) fixedTotal += Math.Max(c.MinWidth, c.Width.Value);
            else stars += c.Width.Unit == GridUnit.Star ? c.Width.Value : 1;
        }
        var remaining = Math.Max(0, width - fixedTotal - VirtualList.ScrollBarWidth);
        float x = 0;
        for (var i = 0; i < _columns.Length; i++)
        {
            var c = _columns[i];
            var w = c.Width.Unit switch
            {
                GridUnit.Fixed => c.Width.Value,
                GridUnit.Star => stars > 0 ? remaining * c.Width.Value / stars : 0,
                _ => stars > 0 ? remaining / stars : 0,
            };
            w = MathF.Round(Math.Max(c.MinWidth, w));
            _lefts[i] = x;
            _widths[i] = w;
            x += w;
        }
    }

    /// <summary>OnRender draws the header band: titles (numeric ones right-aligned), the sort arrow and column separators.</summary>
    protected override void OnRender(SKCanvas canvas)
    {
        var t = Theme;
        var header = new SKRect(0, 0, Bounds.Width, HeaderHeight);
        canvas.DrawRect(LocalRect, ScratchPaint.Fill(t.Surface));
        canvas.DrawRect(header, ScratchPaint.Fill(t.SurfaceRaised));
        var font = FontSpec.Ui(t.FontSizeSmall, SKFontStyleWeight.SemiBold);
        var pad = t.Spacing;
        for (var i = 0; i < _columns.Length; i++)
        {
            var c = _columns[i];
            var left = _lefts[i];
            var right = left + _widths[i];
            var sorted = i == _sortColumn;
            // The arrow takes 10 px beside the title: 8 px wide triangle plus a 2 px gap.
            var arrowRoom = sorted ? 10f : 0f;
            var cell = new SKRect(left + pad, 0, right - pad, header.Bottom);
            canvas.Save();
            canvas.ClipRect(new SKRect(left, 0, right, header.Bottom));
            var titleWidth = TextPainter.Width(c.Header, font);
            var titleLeft = c.IsNumeric ? cell.Right - titleWidth : cell.Left;
            if (c.IsNumeric) titleLeft -= arrowRoom;
            TextPainter.Draw(canvas, c.Header, font, sorted ? t.Text : t.TextMuted, new SKRect(titleLeft, 0, titleLeft + titleWidth, header.Bottom), 0);
            if (sorted) DrawSortArrow(canvas, titleLeft + titleWidth + 3, header.MidY, _sortDescending, t.Text);
            canvas.Restore();
            if (i < _columns.Length - 1) canvas.DrawLine(right - 0.5f, 4, right - 0.5f, header.Bottom - 4, ScratchPaint.Stroke(t.Border, 1));
        }
        canvas.DrawLine(0, header.Bottom - 0.5f, Bounds.Width, header.Bottom - 0.5f, ScratchPaint.Stroke(t.Border, 1));
    }

    /// <summary>DrawSortArrow draws a small filled triangle pointing up (ascending) or down (descending), as lines so nothing is allocated.</summary>
    private static void DrawSortArrow(SKCanvas canvas, float x, float midY, bool descending, SKColor color)
    {
        var paint = ScratchPaint.Stroke(color, 1);
        // Four shrinking horizontal lines make a 7x4 px triangle without a path object.
        for (var k = 0; k < 4; k++)
        {
            var y = descending ? midY - 2 + k : midY + 2 - k;
            canvas.DrawLine(x + k, y + 0.5f, x + 7 - k, y + 0.5f, paint);
        }
    }

    private int EdgeAt(float x)
    {
        for (var i = 0; i < _columns.Length; i++)
        {
            if (Math.Abs(x - (_lefts[i] + _widths[i])) <= ResizeGrip) return i;
        }
        return -1;
    }

    private int ColumnAt(float x)
    {
        for (var i = 0; i < _columns.Length; i++)
        {
            if (x >= _lefts[i] && x < _lefts[i] + _widths[i]) return i;
        }
        return -1;
    }

    /// <summary>OnPointerDown in the header starts a column resize at an edge, or sorts by the column clicked.</summary>
    protected override void OnPointerDown(PointerEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Button != PointerButton.Left || e.Position.Y >= HeaderHeight) return;
        e.Handled = true;
        var edge = EdgeAt(e.Position.X);
        if (edge >= 0)
        {
            _resizing = edge;
            _resizeStartX = e.Position.X;
            _resizeStartWidth = _widths[edge];
            CapturePointer();
            return;
        }
        var column = ColumnAt(e.Position.X);
        if (column < 0) return;
        SortBy(column, column == _sortColumn && !_sortDescending);
    }

    /// <summary>OnPointerMove resizes the grabbed column (it becomes fixed width).</summary>
    protected override void OnPointerMove(PointerEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (_resizing < 0) return;
        var column = _columns[_resizing];
        column.Width = GridLength.Fixed(MathF.Round(Math.Max(column.MinWidth, _resizeStartWidth + (e.Position.X - _resizeStartX))));
        e.Handled = true;
    }

    /// <summary>OnPointerUp ends a resize.</summary>
    protected override void OnPointerUp(PointerEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (_resizing < 0) return;
        _resizing = -1;
        e.Handled = true;
    }

    /// <summary>OnPointerEnter does not repaint the whole table (rows track their own hover).</summary>
    protected override void OnPointerEnter(PointerEventArgs e)
    {
    }

    /// <summary>OnPointerLeave does not repaint the whole table.</summary>
    protected override void OnPointerLeave(PointerEventArgs e)
    {
    }

    /// <summary>DescribeMarkup adds the column headers (with the sort marker) and the item count.</summary>
    protected override void DescribeMarkup(MarkupWriter w)
    {
        base.DescribeMarkup(w);
        var headers = new string[_columns.Length];
        for (var i = 0; i < _columns.Length; i++)
        {
            headers[i] = _columns[i].Header + (i == _sortColumn ? (_sortDescending ? "(desc)" : "(asc)") : "");
        }
        w.Property("columns", string.Join("|", headers));
        w.Property("items", _items.Count);
        if (_filter != null) w.Property("shown", _displayCount);
    }
}
