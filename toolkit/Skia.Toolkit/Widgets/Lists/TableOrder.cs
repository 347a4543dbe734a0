namespace Skia.Toolkit.Widgets;

/// <summary>
/// TableOrder computes a table's display order: a stable sort of row indices by a column. Built-in columns
/// sort on extracted keys (one delegate call per row, then a key sort without delegates), which sorts a
/// million rows in well under a second where a comparison delegate per compare took many seconds.
/// </summary>
internal static class TableOrder
{
    /// <summary>
    /// Sort fills the first <c>items.Count</c> entries of <paramref name="order"/> (which may be longer: a reused
    /// buffer) with the display order of <paramref name="items"/> by <paramref name="column"/> (or source order for null).
    /// </summary>
    public static void Sort<T>(IReadOnlyList<T> items, TableColumn<T>? column, bool descending, int[] order)
    {
        var count = items.Count;
        for (var i = 0; i < count; i++) order[i] = i;
        if (column == null || count < 2) return;
        if (column.Comparison != null)
        {
            SortByComparison(items, column.Comparison, descending, order, count);
            return;
        }
        if (column.IsNumeric)
        {
            if (TrySortByScaledKeys(items, column, descending, order)) return;
            var keys = new NumericKey[count];
            for (var i = 0; i < count; i++)
            {
                var v = column.NumberOf(items[i]);
                keys[i] = new NumericKey(descending ? -v : v, i); // negation is exact in decimal
            }
            Array.Sort(keys);
            for (var i = 0; i < count; i++) order[i] = keys[i].Index;
        }
        else
        {
            var keys = new TextKey[count];
            for (var i = 0; i < count; i++) keys[i] = new TextKey(column.TextOf(items[i]), i, descending);
            Array.Sort(keys);
            for (var i = 0; i < count; i++) order[i] = keys[i].Index;
        }
    }

    // A method of its own: the lambda's captured parameters would otherwise make every Sort call allocate
    // their closure on entry, even the unsorted refresh of every frame.
    private static void SortByComparison<T>(IReadOnlyList<T> items, Comparison<T> comparison, bool descending, int[] order, int count)
    {
        Array.Sort(order, 0, count, Comparer<int>.Create((a, b) =>
        {
            var c = comparison(items[a], items[b]);
            // The sign, not a negation, reverses: -int.MinValue is int.MinValue. Ties by source index: stable.
            if (c != 0) return descending ? (c > 0 ? -1 : 1) : c;
            return a.CompareTo(b);
        }));
    }

    /// <summary>
    /// Compare orders two rows, by source index, exactly as <see cref="Sort"/> places them: by the column's order
    /// (reversed when descending), ties (and no column) by source index. The incremental re-sort of
    /// <see cref="Table{T}.RowsChanged"/> relies on this agreeing with <see cref="Sort"/>.
    /// </summary>
    public static int Compare<T>(IReadOnlyList<T> items, TableColumn<T>? column, bool descending, int a, int b)
    {
        if (column != null)
        {
            var c = column.Compare(items[a], items[b]);
            if (c != 0) return descending ? (c > 0 ? -1 : 1) : c;
        }
        return a.CompareTo(b);
    }

    /// <summary>
    /// TrySortByScaledKeys sorts by the column's values scaled to whole numbers of its last shown decimal
    /// (e.g. 27123.45 with 2 decimals -> 2712345) as plain longs, which sort about twice as fast as decimal
    /// keys (perf/README.md, "Feed, order book, table": 302–334 ms for a million decimal keys against a
    /// 150 ms target). It gives up, leaving the exact decimal path to run, when any value has more
    /// decimals than the column shows or does not fit a long, so the order is always the exact one.
    /// </summary>
    private static bool TrySortByScaledKeys<T>(IReadOnlyList<T> items, TableColumn<T> column, bool descending, int[] order)
    {
        if (column.Decimals > 18) return false;
        decimal scale = 1;
        for (var i = 0; i < column.Decimals; i++) scale *= 10;
        var count = items.Count;
        var keys = new long[count];
        for (var i = 0; i < count; i++)
        {
            var scaled = column.NumberOf(items[i]) * scale;
            // Bounds exclude long.MinValue so that negation for descending order is exact.
            if (scaled != decimal.Truncate(scaled) || scaled > long.MaxValue || scaled <= long.MinValue) return false;
            var key = (long)scaled;
            keys[i] = descending ? -key : key;
        }

        // Array.Sort(keys, items) is not stable: afterwards each run of equal keys is put back in source order.
        Array.Sort(keys, order);
        for (var start = 0; start < count;)
        {
            var end = start + 1;
            while (end < count && keys[end] == keys[start]) end++;
            if (end - start > 1) Array.Sort(order, start, end - start);
            start = end;
        }

        return true;
    }

    private readonly record struct NumericKey(decimal Value, int Index) : IComparable<NumericKey>
    {
        public int CompareTo(NumericKey other)
        {
            var c = Value.CompareTo(other.Value);
            return c != 0 ? c : Index.CompareTo(other.Index);
        }
    }

    private readonly record struct TextKey(string Value, int Index, bool Descending) : IComparable<TextKey>
    {
        public int CompareTo(TextKey other)
        {
            var c = string.CompareOrdinal(Value, other.Value);
            if (Descending) c = -c;
            return c != 0 ? c : Index.CompareTo(other.Index);
        }
    }
}
