using System.Runtime.InteropServices;

namespace Skia.Toolkit.Widgets;

/// <summary>
/// KeyedTableFlashMemory remembers, for each row on screen and each flashing column of a <see cref="Table{T}"/>,
/// the value last bound (shown) and the flash that change started, keyed by the row's identity rather than by its row widget: rows are recycled as the
/// table scrolls and sorts, so a row widget's previous value belongs to another item. A cell that comes into
/// view takes its value silently; only a change while it stays in view flashes. Cells that leave the view are
/// forgotten, so the memory holds about one screen of cells however many items the table has.
/// </summary>
/// <typeparam name="T">The table's item type.</typeparam>
/// <typeparam name="TKey">The row identity (a symbol, an order id, or the item itself).</typeparam>
internal sealed class KeyedTableFlashMemory<T, TKey> : TableFlashMemory<T>
    where TKey : notnull
{
    private readonly Func<T, TKey> _key;
    private readonly IEqualityComparer<TKey> _comparer;
    private Dictionary<TKey, TableFlashCell>?[] _cells = [];
    private long _sync;

    public KeyedTableFlashMemory(Func<T, TKey> key, IEqualityComparer<TKey>? comparer)
    {
        _key = key;
        _comparer = comparer ?? EqualityComparer<TKey>.Default;
    }

    public override void Sync(IReadOnlyList<TableRowView<T>> rows, IReadOnlyList<TableColumn<T>> columns)
    {
        if (_cells.Length != columns.Count) _cells = new Dictionary<TKey, TableFlashCell>?[columns.Count];
        _sync++;
        for (var c = 0; c < columns.Count; c++)
        {
            var column = columns[c];
            if (!column.FlashesOnChange)
            {
                _cells[c] = null;
                continue;
            }
            var cells = _cells[c] ??= new Dictionary<TKey, TableFlashCell>(_comparer);
            // Indexed loops: foreach over the interface would box an enumerator every frame.
            for (var r = 0; r < rows.Count; r++)
            {
                var row = rows[r];
                if (!row.IsShowingItem) continue;
                var item = row.Item!;
                var key = _key(item);
                if (key is null) continue;
                ref var cell = ref CollectionsMarshal.GetValueRefOrAddDefault(cells, key, out var known);
                if (!known) cell.Value = column.NumberOf(item);
                cell.Sync = _sync;
            }
            // Dictionary allows Remove while enumerating; cells that left the view are forgotten.
            foreach (var pair in cells)
            {
                if (pair.Value.Sync != _sync) cells.Remove(pair.Key);
            }
        }
    }

    public override int Observe(T item, int column, decimal value, long until)
    {
        if (column >= _cells.Length || _cells[column] is not { } cells) return 0;
        var key = _key(item);
        if (key is null) return 0;
        ref var cell = ref CollectionsMarshal.GetValueRefOrAddDefault(cells, key, out var known);
        if (!known)
        {
            cell.Value = value;
            cell.Sync = _sync;
            return 0;
        }
        if (cell.Value == value) return 0;
        var direction = value > cell.Value ? 1 : -1;
        cell.Value = value;
        cell.Direction = direction;
        cell.Until = until;
        return direction;
    }

    public override int FlashAt(T item, int column, long frameTime)
    {
        if (column >= _cells.Length || _cells[column] is not { } cells) return 0;
        var key = _key(item);
        if (key is null) return 0;
        ref var cell = ref CollectionsMarshal.GetValueRefOrNullRef(cells, key);
        if (System.Runtime.CompilerServices.Unsafe.IsNullRef(ref cell)) return 0;
        return frameTime < cell.Until ? cell.Direction : 0;
    }
}
