using Skia.Toolkit.Hosting;

namespace Skia.Toolkit.Widgets;

// The display order of a live table: the filter and the incremental re-sort of rows that changed.
//
// Three arrays, reused between refreshes, hold it:
// - _sorted: every source index in sort order (source order when unsorted), filter or not;
// - _rank: its inverse (_rank[source] is the source's position in _sorted);
// - _order: the rows shown, the sources in _sorted that pass the filter, in the same order, so their ranks
//   rise along it and a row is found in it by binary search on its rank.
// A changed row is taken out of _sorted and put back where a binary search says it now belongs (the rows in
// between shift by one; rows of the same batch not moved yet are out of place, so the search steps over
// them); it leaves or enters _order the same way. 50,000 rows with 500 changes a second cost 0.15-0.19 ms of
// CPU a frame (perf/README.md, "Dashboard table"), where the full re-sort of Refresh took 5.9-8.2 ms.
public partial class Table<T>
{
    private Predicate<T>? _filter;
    private int[] _sorted = [];
    private int[] _rank = [];
    // How many items _sorted and _rank describe; RowsChanged on another count of items re-sorts in full.
    private int _sortedCount;
    // How many entries of _order are shown.
    private int _displayCount;
    // Per source index: _batch while a row of the current RowsChanged waits to move, -_batch once moved.
    private int[] _marks = [];
    private int _batch;
    // The sources the viewport showed before a RowsChanged, to repaint only rows that show something else after.
    private int[] _shownBefore = [];
    private int _shownRows;

    /// <summary>
    /// Filter, when set, shows only the items it accepts (in the current sort order), without rebuilding
    /// <see cref="Items"/>; null shows every item. Setting it, even to the same delegate, re-evaluates it for every
    /// item (no re-sort); <see cref="RowsChanged"/> re-evaluates it for the rows that changed. A selected row that
    /// the filter hides is deselected.
    /// </summary>
    public Predicate<T>? Filter
    {
        get => _filter;
        set
        {
            UiThreadCheck.Verify(this);
            _filter = value;
            if (_sortedCount != _items.Count)
            {
                Refresh();
                return;
            }
            var selectedSource = SelectedSourceIndex;
            FilterIntoOrder();
            ShowOrder(selectedSource, 0, int.MaxValue);
        }
    }

    /// <summary>DisplayCount is the number of rows shown: the items that pass <see cref="Filter"/> (all of them without one).</summary>
    public int DisplayCount => _displayCount;

    /// <summary>SourceIndexAt returns the index in <see cref="Items"/> of the item shown at a display row.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="displayIndex"/> is not 0..<see cref="DisplayCount"/> - 1.</exception>
    public int SourceIndexAt(int displayIndex)
    {
        if ((uint)displayIndex >= (uint)_displayCount) throw new ArgumentOutOfRangeException(nameof(displayIndex), displayIndex, $"The table shows {_displayCount} rows.");
        return _order[displayIndex];
    }

    /// <summary>DisplayIndexOf returns the display row showing <c>Items[sourceIndex]</c>, or -1 when the filter hides it (O(log n)).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sourceIndex"/> is not an index of the items the table last read.</exception>
    public int DisplayIndexOf(int sourceIndex)
    {
        if ((uint)sourceIndex >= (uint)_sortedCount) throw new ArgumentOutOfRangeException(nameof(sourceIndex), sourceIndex, $"The table holds {_sortedCount} items.");
        return IndexInOrder(_rank[sourceIndex]);
    }

    /// <summary>
    /// RowsChanged tells the table that the items at these source indices (indices into <see cref="Items"/>) changed
    /// their values in place, or were replaced by other items, and nothing else changed. Each one moves to its sorted
    /// place and is shown or hidden by <see cref="Filter"/>; every other row keeps its place (no full re-sort), and
    /// only rows whose content changed repaint. The selection follows its row. When rows were added or removed call
    /// <see cref="Refresh"/> instead (this falls back to it when the count of items changed). Allocates nothing.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">an index is not an index of <see cref="Items"/>; nothing changes then.</exception>
    public void RowsChanged(params ReadOnlySpan<int> sourceIndices)
    {
        UiThreadCheck.Verify(this);
        var count = _items.Count;
        foreach (var index in sourceIndices)
        {
            if ((uint)index >= (uint)count) throw new ArgumentOutOfRangeException(nameof(sourceIndices), index, $"A changed row must be an index of Items, 0..{count - 1}.");
        }
        if (count != _sortedCount)
        {
            Refresh();
            return;
        }
        if (sourceIndices.IsEmpty) return;

        var selectedSource = SelectedSourceIndex;
        var first = RememberShownRows();
        // Mark the batch first: a row not moved yet is out of place, so the others' searches step over it.
        if (_batch == int.MaxValue)
        {
            Array.Clear(_marks);
            _batch = 0;
        }
        _batch++;
        Reserve(ref _marks, count);
        foreach (var source in sourceIndices) _marks[source] = _batch;
        var column = _sortColumn >= 0 ? _columns[_sortColumn] : null;
        foreach (var source in sourceIndices)
        {
            if (_marks[source] != _batch) continue; // listed twice: moved already
            _marks[source] = -_batch;
            MoveRow(source, column);
        }
        var (low, high) = ChangedShownRows(first);
        ShowOrder(selectedSource, low, high);
    }

    // The source index of the selected row, read while _order still matches the list.
    private int SelectedSourceIndex => _list.SelectedIndex >= 0 ? _order[_list.SelectedIndex] : -1;

    /// <summary>RebuildOrder sorts every item afresh and applies the filter; returns the number of rows shown.</summary>
    private int RebuildOrder()
    {
        var count = _items.Count;
        Reserve(ref _sorted, count);
        Reserve(ref _rank, count);
        Reserve(ref _order, count);
        if (_sortColumn < 0)
        {
            // Source order needs no sort; the buffers grow geometrically and are reused, so a live list that grows
            // by a row at a time (an order history) allocates nothing per change.
            for (var i = 0; i < count; i++) _sorted[i] = i;
        }
        else
        {
            TableOrder.Sort(_items, _columns[_sortColumn], _sortDescending, _sorted);
        }
        for (var k = 0; k < count; k++) _rank[_sorted[k]] = k;
        _sortedCount = count;
        return FilterIntoOrder();
    }

    /// <summary>ExtendSourceOrder extends an unsorted, unfiltered order to <paramref name="total"/> rows (items were inserted, all shown in source order).</summary>
    private void ExtendSourceOrder(int total)
    {
        if (_order.Length < total)
        {
            var capacity = Math.Max(total, _order.Length * 2);
            Array.Resize(ref _sorted, capacity);
            Array.Resize(ref _rank, capacity);
            Array.Resize(ref _order, capacity);
        }
        for (var i = _sortedCount; i < total; i++)
        {
            _sorted[i] = i;
            _rank[i] = i;
            _order[i] = i;
        }
        _sortedCount = total;
        _displayCount = total;
    }

    private static void Reserve(ref int[] buffer, int count)
    {
        if (buffer.Length < count) buffer = new int[Math.Max(count, buffer.Length * 2)];
    }

    /// <summary>FilterIntoOrder fills _order with the sorted rows the filter accepts; returns how many.</summary>
    private int FilterIntoOrder()
    {
        var filter = _filter;
        var shown = 0;
        for (var k = 0; k < _sortedCount; k++)
        {
            var source = _sorted[k];
            if (filter == null || filter(_items[source])) _order[shown++] = source;
        }
        _displayCount = shown;
        return shown;
    }

    /// <summary>MoveRow puts one changed row where it now belongs in _sorted and, if the filter accepts it, in _order.</summary>
    private void MoveRow(int source, TableColumn<T>? column)
    {
        var from = _rank[source];
        var shownAt = IndexInOrder(from);
        var to = column == null ? from : SortedPlace(source, from, column);
        // Shift the rows between the old and the new place by one, keeping _rank their inverse.
        if (to < from)
        {
            for (var k = from; k > to; k--)
            {
                var moved = _sorted[k - 1];
                _sorted[k] = moved;
                _rank[moved] = k;
            }
        }
        else
        {
            for (var k = from; k < to; k++)
            {
                var moved = _sorted[k + 1];
                _sorted[k] = moved;
                _rank[moved] = k;
            }
        }
        _sorted[to] = source;
        _rank[source] = to;

        var shown = _displayCount;
        if (shownAt >= 0)
        {
            Array.Copy(_order, shownAt + 1, _order, shownAt, shown - shownAt - 1);
            shown--;
        }
        if (_filter == null || _filter(_items[source]))
        {
            var showAt = FirstInOrderAfter(to, shown);
            Array.Copy(_order, showAt, _order, showAt + 1, shown - showAt);
            _order[showAt] = source;
            shown++;
        }
        _displayCount = shown;
    }

    /// <summary>
    /// SortedPlace finds by binary search where <paramref name="source"/> belongs among the other sorted rows (those
    /// of _sorted without position <paramref name="from"/>), stepping over rows of this batch not moved yet: they
    /// are out of place until their turn, and where the row lands among them does not matter.
    /// </summary>
    private int SortedPlace(int source, int from, TableColumn<T> column)
    {
        int lo = 0, hi = _sortedCount - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            var probe = mid;
            while (probe < hi && _marks[_sorted[probe < from ? probe : probe + 1]] == _batch) probe++;
            if (probe == hi)
            {
                hi = mid; // mid..hi-1 are all rows still to move
                continue;
            }
            var other = _sorted[probe < from ? probe : probe + 1];
            if (TableOrder.Compare(_items, column, _sortDescending, other, source) < 0) lo = probe + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>RememberShownRows copies the sources shown in the viewport to _shownBefore; returns the first display row.</summary>
    private int RememberShownRows()
    {
        var list = _list;
        // Rows partly visible at both ends: one more than the viewport holds (as VirtualList realises them).
        var rows = list.ItemHeight == null ? (int)Math.Ceiling(list.Bounds.Height / list.RowHeight) + 1 : 0;
        Reserve(ref _shownBefore, rows);
        _shownRows = rows;
        var first = list.FirstVisibleIndex;
        for (var k = 0; k < rows; k++) _shownBefore[k] = first + k < _displayCount ? _order[first + k] : -1;
        return first;
    }

    /// <summary>ChangedShownRows returns the span of viewport rows that show another row or a changed one (high &lt; low: none).</summary>
    private (int Low, int High) ChangedShownRows(int first)
    {
        if (_list.ItemHeight != null) return (0, int.MaxValue);
        int low = int.MaxValue, high = -1;
        for (var k = 0; k < _shownRows; k++)
        {
            var now = first + k < _displayCount ? _order[first + k] : -1;
            if (now == _shownBefore[k] && (now < 0 || _marks[now] != -_batch)) continue;
            low = Math.Min(low, first + k);
            high = first + k;
        }
        return (low, high);
    }

    /// <summary>IndexInOrder returns the display row of the row at sorted position <paramref name="rank"/>, or -1 when it is not shown.</summary>
    private int IndexInOrder(int rank)
    {
        int lo = 0, hi = _displayCount - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var r = _rank[_order[mid]];
            if (r == rank) return mid;
            if (r < rank) lo = mid + 1;
            else hi = mid - 1;
        }
        return -1;
    }

    /// <summary>FirstInOrderAfter returns the first of the <paramref name="shown"/> display rows whose sorted position is after <paramref name="rank"/>.</summary>
    private int FirstInOrderAfter(int rank, int shown)
    {
        int lo = 0, hi = shown;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_rank[_order[mid]] < rank) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>
    /// ShowOrder hands the new order to the list: its row count, the selection (following the row at
    /// <paramref name="selectedSource"/>, dropped when hidden) and a repaint of display rows low..high only.
    /// </summary>
    private void ShowOrder(int selectedSource, int low, int high)
    {
        var selected = -1;
        _restoringSelection = true;
        try
        {
            _list.ItemsChanged(_displayCount, low, high);
            if (selectedSource >= 0) selected = IndexInOrder(_rank[selectedSource]);
            _list.SelectedIndex = selected;
        }
        finally
        {
            _restoringSelection = false;
        }
        if (!_hasSelectedItem) return;
        if (selected < 0)
        {
            _hasSelectedItem = false;
            SelectedItem = default;
            SelectionChanged?.Invoke(this, EventArgs.Empty);
        }
        else
        {
            // The same row; its item may have been replaced by a new object with the new values.
            SelectedItem = _items[selectedSource];
        }
    }
}
