namespace Skia.Toolkit.Widgets;

/// <summary>
/// TableOrder computes a table's display order: a stable sort of row indices by a column. Built-in columns
/// sort on extracted keys (one delegate call per row, then a key sort without delegates), which sorts a
/// million rows in well under a second where a comparison delegate per compare took many seconds.
/// </summary>
internal static class TableOrder
{
    /// <summary>Sort fills <paramref name="order"/> with the display order of <paramref name="items"/> by <paramref name="column"/> (or source order for null).</summary>
    public static void Sort<T>(IReadOnlyList<T> items, TableColumn<T>? column, bool descending, int[] order)
    {
        var count = items.Count;
        for (var i = 0; i < count; i++) order[i] = i;
        if (column == null || count < 2) return;
        if (column.Comparison != null)
        {
            var sign = descending ? -1 : 1;
            Array.Sort(order, (a, b) =>
            {
                var c = column.Comparison(items[a], items[b]) * sign;
                return c != 0 ? c : a.CompareTo(b); // ties by source index: stable
            });
            return;
        }
        if (column.IsNumeric)
        {
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
