namespace Skia.Toolkit.Widgets;

/// <summary>TableFlashMemory is the key-type-independent face of <see cref="KeyedTableFlashMemory{T, TKey}"/> that a <see cref="Table{T}"/> holds.</summary>
/// <typeparam name="T">The table's item type.</typeparam>
internal abstract class TableFlashMemory<T>
{
    /// <summary>Sync makes the memory hold the cells of the rows now showing an item: new ones take their value without flashing, gone ones are forgotten.</summary>
    public abstract void Sync(IReadOnlyList<TableRowView<T>> rows, IReadOnlyList<TableColumn<T>> columns);

    /// <summary>
    /// Observe records that a cell is bound with <paramref name="value"/>: when it rose (+1) or fell (-1) since it was
    /// last bound, the cell flashes until <paramref name="until"/> and the direction is returned; otherwise 0 and a
    /// flash in progress goes on. A cell not seen before takes its value silently.
    /// </summary>
    public abstract int Observe(T item, int column, decimal value, long until);

    /// <summary>FlashAt is the flash a cell shows in a frame that began at <paramref name="frameTime"/>: +1, -1, or 0. It changes nothing.</summary>
    public abstract int FlashAt(T item, int column, long frameTime);
}
