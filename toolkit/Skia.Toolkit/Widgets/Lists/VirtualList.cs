using Skia.Toolkit.Core;
using Skia.Toolkit.Hosting;
using Skia.Toolkit.Input;
using Skia.Toolkit.Rendering;
using SkiaSharp;

namespace Skia.Toolkit.Widgets;

/// <summary>
/// VirtualList shows <see cref="ItemCount"/> rows but realises only the rows that fit in its height: row widgets
/// come from a factory, are recycled as the list scrolls, and are bound to an item index by a callback. A million
/// items cost as much as the visible twenty. Rows share one <see cref="RowHeight"/> (the fast path: positions are
/// arithmetic) unless <see cref="ItemHeight"/> gives each item its own height (positions come from a Fenwick tree:
/// O(log n) per lookup and per changed height). The list needs a bounded height: measuring it with infinite height
/// (inside a vertical stack or scroll container) throws.
/// </summary>
public class VirtualList : Control
{
    private readonly Func<Widget> _createRow;
    private readonly Action<Widget, int> _bindRow;
    private readonly List<VirtualListRow> _rows = [];
    private readonly VirtualListScrollBar _scrollBar = new();
    private int _itemCount;
    private float _rowHeight = float.NaN;
    private Func<int, float>? _itemHeight;
    // Row tops when ItemHeight is set; null on the fixed-height path.
    private RowOffsets? _offsets;
    // Offsets are kept in double: a million 22 px rows is 22 million pixels, beyond float's exact integers.
    private double _offset;
    private int _selectedIndex = -1;
    private int _visibleRows;
    private bool _draggingThumb;
    private float _dragStartY;
    private double _dragStartOffset;

    /// <summary>WheelRows is how far one wheel notch scrolls, in rows (three, the common desktop default).</summary>
    public const int WheelRows = 3;

    /// <summary>ScrollBarWidth is the width of the scroll bar drawn over the right edge, in logical pixels.</summary>
    public const float ScrollBarWidth = 8;

    /// <summary>VirtualList creates a list; <paramref name="createRow"/> makes a row widget, <paramref name="bindRow"/> shows item i in it.</summary>
    public VirtualList(Func<Widget> createRow, Action<Widget, int> bindRow)
    {
        ArgumentNullException.ThrowIfNull(createRow);
        ArgumentNullException.ThrowIfNull(bindRow);
        _createRow = createRow;
        _bindRow = bindRow;
        Focusable = true;
        AddChild(_scrollBar);
    }

    /// <summary>SelectionChanged is raised after <see cref="SelectedIndex"/> changes.</summary>
    public event EventHandler? SelectionChanged;

    /// <summary>ItemCount is the number of items; shrinking it clamps the scroll position and drops a selection past the end.</summary>
    public int ItemCount
    {
        get => _itemCount;
        set
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            UiThreadCheck.Verify(this);
            if (_itemCount == value) return;
            // Appended items are measured one by one (O(log n) each); removed ones are just forgotten. First, so a
            // bad height leaves the list as it was.
            _offsets?.Resize(value, _itemHeight!);
            _itemCount = value;
            if (_selectedIndex >= value) SelectedIndex = -1;
            _offset = Math.Clamp(_offset, 0, MaxOffset);
            RebindAll();
        }
    }

    /// <summary>RowHeight is the height of every row in logical pixels (the theme's row height until set); with <see cref="ItemHeight"/> set it is only the step of the wheel and page keys.</summary>
    public float RowHeight
    {
        get => float.IsNaN(_rowHeight) ? Theme.RowHeight : _rowHeight;
        set
        {
            if (!float.IsFinite(value) || value <= 0) throw new ArgumentOutOfRangeException(nameof(value), value, "RowHeight must be finite and positive.");
            _rowHeight = value;
            InvalidateArrange();
        }
    }

    /// <summary>
    /// ItemHeight gives each item its own row height in logical pixels (finite, not negative); null, the default, gives
    /// every row <see cref="RowHeight"/>. Setting it asks every item once (O(n)); afterwards <see cref="RefreshRow"/>
    /// asks one item again (O(log n)), <see cref="Refresh"/> all of them, and appended items are asked as they come.
    /// </summary>
    /// <exception cref="InvalidOperationException">the callback returns a height that is not finite or is negative.</exception>
    public Func<int, float>? ItemHeight
    {
        get => _itemHeight;
        set
        {
            if (ReferenceEquals(_itemHeight, value)) return;
            RowOffsets? offsets = null;
            if (value != null)
            {
                offsets = new RowOffsets();
                offsets.Reset(_itemCount, value);
            }

            _itemHeight = value;
            _offsets = offsets;

            _offset = Math.Clamp(_offset, 0, MaxOffset);
            InvalidateArrange();
            InvalidatePaint();
        }
    }

    /// <summary>ScrollOffset is the vertical scroll position in logical pixels (0 shows the first row at the top).</summary>
    public double ScrollOffset
    {
        get => _offset;
        set
        {
            var clamped = Math.Clamp(double.IsFinite(value) ? value : 0, 0, MaxOffset);
            if (clamped == _offset) return;
            _offset = clamped;
            InvalidateArrange();
            InvalidatePaint();
        }
    }

    /// <summary>MaxOffset is the largest scroll offset: the last row at the bottom.</summary>
    public double MaxOffset => Math.Max(0, TotalHeight - Bounds.Height);

    /// <summary>FirstVisibleIndex is the item at the top of the viewport.</summary>
    public int FirstVisibleIndex => IndexAtOffset(_offset);

    /// <summary>RealizedRowCount is the number of row widgets showing items now (the test of virtualisation).</summary>
    public int RealizedRowCount
    {
        get
        {
            var n = 0;
            foreach (var row in _rows)
            {
                if (row.Index >= 0) n++;
            }
            return n;
        }
    }

    /// <summary>SelectedIndex is the selected item, or -1.</summary>
    public int SelectedIndex
    {
        get => _selectedIndex;
        set
        {
            if (value < -1 || value >= _itemCount) throw new ArgumentOutOfRangeException(nameof(value), value, $"SelectedIndex must be -1 or 0..{_itemCount - 1}.");
            if (_selectedIndex == value) return;
            _selectedIndex = value;
            foreach (var row in _rows) row.IsSelected = row.Index >= 0 && row.Index == value;
            SelectionChanged?.Invoke(this, EventArgs.Empty);
        }
    }

    /// <summary>HoveredIndex is the item under the pointer, or -1.</summary>
    internal int HoveredIndex { get; private set; } = -1;

    /// <summary>RowFor returns the row widget showing an item, or null when that item is not realised.</summary>
    public Widget? RowFor(int index)
    {
        foreach (var row in _rows)
        {
            if (row.Index == index && index >= 0) return row.Content;
        }
        return null;
    }

    /// <summary>ScrollToIndex scrolls the least needed to show an item entirely.</summary>
    public void ScrollToIndex(int index)
    {
        if (_itemCount == 0) return;
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _itemCount);
        var top = RowTop(index);
        var bottom = top + RowHeightOf(index);
        if (top < _offset) ScrollOffset = top;
        else if (bottom > _offset + Bounds.Height) ScrollOffset = bottom - Bounds.Height;
    }

    /// <summary>Refresh re-binds every realised row, after the items changed; with <see cref="ItemHeight"/> it asks every item's height again (O(n)).</summary>
    public void Refresh()
    {
        UiThreadCheck.Verify(this);
        if (_offsets != null)
        {
            _offsets.Reset(_itemCount, _itemHeight!);
            _offset = Math.Clamp(_offset, 0, MaxOffset);
        }

        RebindAll();
    }

    /// <summary>
    /// ItemsInsertedAtStart tells the list that <paramref name="count"/> items were inserted before the first one,
    /// as in a live history shown newest first; every item index moves up by count and a selection follows its item.
    /// With fixed row heights, the view at the top and no selection, hover or drag, the rows already shown move down
    /// with their pixels (<see cref="Widget.InvalidateScrolled(float)"/>) and only the new rows and the scroll bar's thumb
    /// repaint; otherwise every row re-binds and repaints, as after setting <see cref="ItemCount"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public void ItemsInsertedAtStart(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (count == 0) return;
        bool move = _offsets == null && _offset == 0 && _selectedIndex < 0 && HoveredIndex < 0 && !_draggingThumb
            && Root != null && count < _visibleRows;
        if (!move)
        {
            int selected = _selectedIndex;
            ItemCount = _itemCount + count;
            if (_offsets != null) Refresh(); // every item's height moved to another index
            if (selected >= 0) SelectedIndex = selected + count;
            return;
        }

        bool hadThumb = TryGetThumb(out var thumbBefore);
        var rowHeight = RowHeight;
        _itemCount += count;
        // Rows still in view go at once to where their pixels moved, without a repaint of either place (the scroll
        // scope tells layout they follow their pixels), so that anything invalidating them before the frame (a
        // selection, a re-bind) hits their new place; rows pushed out of view are recycled at the next arrange.
        var root = Root!;
        var last = _visibleRows;
        var width = Bounds.Width;
        using (root.Damage.BeginScroll(this, count * rowHeight))
        {
            foreach (var row in _rows)
            {
                if (row.Index < 0) continue;
                row.Index += count;
                if (row.Index >= last) continue; // the arrange recycles it
                var top = (float)RowTop(row.Index);
                row.Arrange(new SKRect(0, top, width, top + rowHeight));
            }
        }
        InvalidateArrange();

        // The thumb is drawn over the rows, so its old pixels moved down with them: repaint where they landed and
        // where the thumb is now (a thin strip, not the rows under the whole track).
        var strip = TryGetThumb(out var thumbNow) ? thumbNow : SKRect.Empty;
        if (hadThumb)
        {
            thumbBefore.Offset(0, count * rowHeight);
            strip = strip.IsEmpty ? thumbBefore : SKRect.Union(strip, thumbBefore);
        }
        if (!strip.IsEmpty)
        {
            var origin = BoundsInWindow.Location;
            strip.Offset(origin.X, origin.Y);
            root.Damage.Invalidate(ClipToAncestors(strip));
        }
    }

    /// <summary>
    /// RefreshRow re-binds the row of one item if it is realised (one changed item repaints one row); with
    /// <see cref="ItemHeight"/> it asks that item's height again (O(log n)) and moves the rows below when it changed.
    /// </summary>
    public void RefreshRow(int index)
    {
        UiThreadCheck.Verify(this);
        if (_offsets != null && index >= 0 && index < _itemCount)
        {
            var before = _offsets.HeightOf(index);
            _offsets.Set(index, _itemHeight!(index));
            if (_offsets.HeightOf(index) != before)
            {
                _offset = Math.Clamp(_offset, 0, MaxOffset);
                InvalidateArrange();
                InvalidatePaint();
            }
        }

        foreach (var row in _rows)
        {
            if (row.Index != index || index < 0) continue;
            _bindRow(row.Content, index);
            row.InvalidatePaint();
        }
    }

    /// <summary>
    /// ItemsChanged tells the list that it now has <paramref name="count"/> items and that only the items
    /// <paramref name="low"/>..<paramref name="high"/> (inclusive; none when high &lt; low) show something else: those
    /// realised rows re-bind and repaint, the others keep their binding and pixels, and when the count changed only
    /// the scroll thumb's strip repaints with them. Used by <see cref="Table{T}.RowsChanged"/>. Falls back to a full
    /// re-bind when the rows would move (the scroll position is clamped) or with <see cref="ItemHeight"/>.
    /// </summary>
    internal void ItemsChanged(int count, int low, int high)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (_offsets != null)
        {
            ItemCount = count;
            Refresh();
            return;
        }
        if (count != _itemCount)
        {
            var hadThumb = TryGetThumb(out var thumbBefore);
            _itemCount = count;
            if (_selectedIndex >= count) SelectedIndex = -1;
            var offset = Math.Clamp(_offset, 0, MaxOffset);
            if (offset != _offset)
            {
                _offset = offset;
                RebindAll();
                return;
            }
            // Rows past the new end are recycled (hidden, which repaints their area) by the next arrange, which
            // also realises rows for items that came into a list shorter than its viewport.
            foreach (var row in _rows)
            {
                if (row.Index >= count) row.Index = -1;
            }
            InvalidateArrange();
            var strip = TryGetThumb(out var thumbNow) ? thumbNow : SKRect.Empty;
            if (hadThumb) strip = strip.IsEmpty ? thumbBefore : SKRect.Union(strip, thumbBefore);
            if (!strip.IsEmpty && Root is { } root)
            {
                var origin = BoundsInWindow.Location;
                strip.Offset(origin.X, origin.Y);
                root.Damage.Invalidate(ClipToAncestors(strip));
            }
        }
        foreach (var row in _rows)
        {
            if (row.Index < 0 || row.Index < low || row.Index > high) continue;
            _bindRow(row.Content, row.Index);
            row.InvalidatePaint();
        }
    }

    private void RebindAll()
    {
        foreach (var row in _rows) row.Index = -1; // forces a re-bind at the next arrange
        InvalidateArrange();
        InvalidatePaint();
    }

    // Row geometry: arithmetic on the fixed-height path, the Fenwick tree with ItemHeight.
    private double TotalHeight => _offsets?.Total ?? (double)_itemCount * RowHeight;

    private double RowTop(int index) => _offsets?.TopOf(index) ?? (double)index * RowHeight;

    private float RowHeightOf(int index) => _offsets?.HeightOf(index) ?? RowHeight;

    // The item a content offset falls in, clamped to 0..ItemCount (ItemCount: past the last row).
    private int IndexAtOffset(double offset)
    {
        if (_offsets != null) return _offsets.IndexAt(offset);
        return (int)Math.Min(_itemCount, Math.Max(0, offset / RowHeight));
    }

    /// <summary>IsLayoutBoundary is true: the list's size never depends on its rows.</summary>
    public override bool IsLayoutBoundary => true;

    /// <summary>ClipToBounds is true: rows partly scrolled out are clipped.</summary>
    public override bool ClipToBounds => true;

    /// <summary>MeasureOverride takes the space offered; an infinite height is an error, not a silent full realisation.</summary>
    protected override SKSize MeasureOverride(SKSize available)
    {
        if (float.IsInfinity(available.Height))
        {
            throw new InvalidOperationException(
                $"{GetType().Name} '{Name}' was measured with infinite height, so it cannot know which rows are visible. "
                + "Give it a bounded height: set Height, or place it in a Grid row or Dock fill instead of a vertical Stack or ScrollContainer.");
        }
        return new SKSize(float.IsInfinity(available.Width) ? 0 : available.Width, available.Height);
    }

    /// <summary>ArrangeOverride realises the visible rows from the pool (growing it only when the viewport grows), binds rows whose item changed and places them.</summary>
    protected override void ArrangeOverride(SKSize finalSize)
    {
        var rowHeight = RowHeight;
        _offset = Math.Clamp(_offset, 0, Math.Max(0, TotalHeight - finalSize.Height));
        var first = IndexAtOffset(_offset);
        _visibleRows = VisibleRowCount(first, finalSize.Height, rowHeight);
        while (_rows.Count < _visibleRows)
        {
            var row = new VirtualListRow(_createRow());
            _rows.Add(row);
            InsertChild(_rows.Count - 1, row); // rows stay below the scroll bar, the last child
        }

        // Keep rows that still show a visible item where they are (no re-bind), recycle the others.
        var last = first + _visibleRows;
        Span<bool> covered = _visibleRows <= 512 ? stackalloc bool[_visibleRows] : new bool[_visibleRows];
        foreach (var row in _rows)
        {
            if (row.Index >= first && row.Index < last) covered[row.Index - first] = true;
            else row.Index = -1;
        }
        var next = 0;
        foreach (var row in _rows)
        {
            if (row.Index >= 0) continue;
            while (next < _visibleRows && covered[next]) next++;
            if (next >= _visibleRows)
            {
                row.IsVisible = false;
                continue;
            }
            row.Index = first + next;
            covered[next] = true;
            row.IsVisible = true;
            _bindRow(row.Content, row.Index);
            row.InvalidatePaint();
        }

        var contentWidth = finalSize.Width;
        foreach (var row in _rows)
        {
            if (row.Index < 0) continue;
            row.IsSelected = row.Index == _selectedIndex;
            var top = (float)(RowTop(row.Index) - _offset);
            var height = _offsets?.HeightOf(row.Index) ?? rowHeight;
            row.Measure(new SKSize(contentWidth, height));
            row.Arrange(new SKRect(0, top, contentWidth, top + height));
        }
        _scrollBar.Measure(finalSize);
        _scrollBar.Arrange(new SKRect(0, 0, finalSize.Width, finalSize.Height));
    }

    // How many rows from the first visible one reach the bottom of the viewport.
    private int VisibleRowCount(int first, float viewport, float rowHeight)
    {
        if (_offsets == null)
        {
            // Rows partly visible at both ends need one more than the viewport holds.
            return Math.Max(0, Math.Min(_itemCount - first, (int)Math.Ceiling(viewport / rowHeight) + 1));
        }

        double bottom = _offset + viewport;
        double top = _offsets.TopOf(first);
        int count = 0;
        for (int i = first; i < _itemCount && top < bottom; i++, count++) top += _offsets.HeightOf(i);
        return count;
    }

    /// <summary>OnRender draws the list background; rows draw themselves.</summary>
    protected override void OnRender(SKCanvas canvas)
    {
        canvas.DrawRect(LocalRect, ScratchPaint.Fill(Theme.Surface));
    }

    /// <summary>DrawScrollBar draws the scroll thumb; the overlay child calls it so it lands on top of the rows.</summary>
    internal void DrawScrollBar(SKCanvas canvas)
    {
        if (!TryGetThumb(out var thumb)) return;
        var t = Theme;
        canvas.DrawRoundRect(thumb, ScrollBarWidth / 2, ScrollBarWidth / 2, ScratchPaint.Fill(ColorMath.Fade(t.TextMuted, _draggingThumb ? 0.8f : 0.5f)));
    }

    private bool TryGetThumb(out SKRect thumb)
    {
        thumb = SKRect.Empty;
        var height = Bounds.Height;
        var total = TotalHeight;
        if (total <= height || height <= 0) return false;
        // A minimum thumb of 24 px stays grabbable even for a million rows.
        var thumbHeight = (float)Math.Max(24, height * height / total);
        var top = (float)(_offset / MaxOffset * (height - thumbHeight));
        thumb = new SKRect(Bounds.Width - ScrollBarWidth - 2, top, Bounds.Width - 2, top + thumbHeight);
        return true;
    }

    private int IndexAt(SKPoint local)
    {
        if (local.X < 0 || local.X > Bounds.Width || local.Y < 0 || local.Y > Bounds.Height) return -1;
        var index = IndexAtOffset(_offset + local.Y);
        return index < _itemCount ? index : -1;
    }

    /// <summary>OnPointerWheel scrolls by <see cref="WheelRows"/> rows per notch.</summary>
    protected override void OnPointerWheel(PointerEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.WheelDelta.Y == 0) return;
        var before = _offset;
        ScrollOffset = _offset - (e.WheelDelta.Y * WheelRows * RowHeight);
        e.Handled = _offset != before;
        UpdateHover(e.Position);
    }

    /// <summary>OnPointerDown selects the row under the pointer, or starts dragging the scroll thumb.</summary>
    protected override void OnPointerDown(PointerEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Button != PointerButton.Left) return;
        e.Handled = true;
        if (TryGetThumb(out var thumb) && e.Position.X >= thumb.Left - 2)
        {
            if (thumb.Contains(e.Position))
            {
                _draggingThumb = true;
                _dragStartY = e.Position.Y;
                _dragStartOffset = _offset;
                CapturePointer();
            }
            else
            {
                // A click on the track pages towards the click.
                ScrollOffset = _offset + (e.Position.Y < thumb.Top ? -Bounds.Height : Bounds.Height);
            }
            return;
        }
        var index = IndexAt(e.Position);
        if (index >= 0) SelectedIndex = index;
    }

    /// <summary>OnPointerMove drags the thumb or tracks the hovered row.</summary>
    protected override void OnPointerMove(PointerEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (_draggingThumb && TryGetThumb(out var thumb))
        {
            var track = Bounds.Height - thumb.Height;
            if (track > 0) ScrollOffset = _dragStartOffset + ((e.Position.Y - _dragStartY) / track * MaxOffset);
            e.Handled = true;
            return;
        }
        UpdateHover(e.Position);
    }

    /// <summary>OnPointerUp ends a thumb drag.</summary>
    protected override void OnPointerUp(PointerEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (!_draggingThumb) return;
        _draggingThumb = false;
        InvalidatePaint();
        e.Handled = true;
    }

    /// <summary>OnPointerEnter starts tracking the hovered row; only that row repaints, not the whole list.</summary>
    protected override void OnPointerEnter(PointerEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        UpdateHover(WindowToLocal(e.WindowPosition));
    }

    /// <summary>OnPointerLeave clears the hovered row.</summary>
    protected override void OnPointerLeave(PointerEventArgs e) => SetHovered(-1);

    private void UpdateHover(SKPoint local) => SetHovered(IndexAt(local));

    private void SetHovered(int index)
    {
        if (index == HoveredIndex) return;
        foreach (var row in _rows)
        {
            if (row.Index >= 0 && (row.Index == index || row.Index == HoveredIndex)) row.InvalidatePaint();
        }
        HoveredIndex = index;
    }

    /// <summary>OnKeyDown moves the selection with Up/Down, PageUp/PageDown, Home/End and scrolls it into view.</summary>
    protected override void OnKeyDown(KeyEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (_itemCount == 0 || e.Modifiers != KeyModifiers.None) return;
        var page = Math.Max(1, (int)(Bounds.Height / RowHeight) - 1);
        var current = _selectedIndex;
        int? next = e.Key switch
        {
            Key.Down => current + 1,
            Key.Up => current < 0 ? 0 : current - 1,
            Key.PageDown => current + page,
            Key.PageUp => current - page,
            Key.Home => 0,
            Key.End => _itemCount - 1,
            _ => null,
        };
        if (next is not { } index) return;
        index = Math.Clamp(index, 0, _itemCount - 1);
        SelectedIndex = index;
        ScrollToIndex(index);
        e.Handled = true;
    }

    /// <summary>DescribeMarkup adds the item count, the first visible item and the selection.</summary>
    protected override void DescribeMarkup(MarkupWriter w)
    {
        base.DescribeMarkup(w);
        w.Property("items", _itemCount);
        w.Property("first", FirstVisibleIndex);
        if (_selectedIndex >= 0) w.Property("selected", _selectedIndex);
    }
}
