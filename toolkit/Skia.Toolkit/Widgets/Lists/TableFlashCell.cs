namespace Skia.Toolkit.Widgets;

/// <summary>TableFlashCell is what a <see cref="KeyedTableFlashMemory{T, TKey}"/> remembers of one visible flashing cell.</summary>
internal struct TableFlashCell
{
    /// <summary>Value is the value the cell last showed.</summary>
    public decimal Value;

    /// <summary>Sync is the visibility pass that last saw the cell on screen.</summary>
    public long Sync;

    /// <summary>Direction is +1 after a rise, -1 after a fall, 0 when the cell never flashed.</summary>
    public int Direction;

    /// <summary>Until is the timestamp (the window's clock) before which frames show the flash.</summary>
    public long Until;
}
