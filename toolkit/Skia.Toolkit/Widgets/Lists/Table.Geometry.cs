using SkiaSharp;

namespace Skia.Toolkit.Widgets;

// The public geometry of the header band, so an app or a test finds a column without summing widths.
public partial class Table<T>
{
    /// <summary>
    /// HeaderRect is the header cell of a column in the table's coordinates, as of the last layout: from
    /// <see cref="ColumnLeft"/> across <see cref="ColumnWidth"/>, <see cref="HeaderHeight"/> tall. Add
    /// <see cref="Core.Widget.BoundsInWindow"/>'s location for window coordinates.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="column"/> is not a column index.</exception>
    public SKRect HeaderRect(int column)
    {
        if ((uint)column >= (uint)_columns.Length) throw new ArgumentOutOfRangeException(nameof(column), column, $"The table has {_columns.Length} columns.");
        var left = _lefts[column];
        return new SKRect(left, 0, left + _widths[column], HeaderHeight);
    }

    /// <summary>
    /// HeaderAt returns the column whose header a click at <paramref name="point"/> (table coordinates) sorts by, or
    /// -1 when the point is outside the header band, past the last column, or on a column's right edge (where a
    /// press starts a resize instead).
    /// </summary>
    public int HeaderAt(SKPoint point)
    {
        if (point.Y < 0 || point.Y >= HeaderHeight || EdgeAt(point.X) >= 0) return -1;
        return ColumnAt(point.X);
    }
}
