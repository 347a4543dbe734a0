namespace Skia.Toolkit.Widgets;

/// <summary>TableFlashMemory is the key-type-independent face of <see cref="KeyedTableFlashMemory{T, TKey}"/> that a <see cref="Table{T}"/> holds.</summary>
/// <typeparam name="T">The table's item type.</typeparam>
internal abstract class TableFlashMemory<T>
{
    /// <summary>Sync makes the memory hold the cells of the rows now showing an item: new ones take their value without flashing, gone ones are forgotten.</summary>
    public abstract void Sync(IReadOnlyList<TableRowView<T>> rows, IReadOnlyList<TableColumn<T>> columns);

    /// <summary>Observe records that a cell is being drawn with <paramref name="value"/>: +1 when it rose since it was last drawn, -1 when it fell, 0 otherwise.</summary>
    public abstract int Observe(T item, int column, decimal value);
}
