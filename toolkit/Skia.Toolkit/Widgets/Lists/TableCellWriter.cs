namespace Skia.Toolkit.Widgets;

/// <summary>
/// TableCellWriter writes a cell's text for <paramref name="item"/> into <paramref name="destination"/>
/// (at least <see cref="Text.NumericText.Capacity"/> characters) and returns how many characters it wrote,
/// so a cell whose text changes with every item (an id, a time of day) needs no string per row.
/// </summary>
public delegate int TableCellWriter<in T>(T item, Span<char> destination);
