namespace Skia.Toolkit.Rendering.Damage;

/// <summary>
/// ScrollInk says where a scrolled area drawn as rows of one height can hold anything but a plain background, so a
/// raster back buffer moves only those pixels (<see cref="DamageTracker.Scroll(Core.Widget, float, ScrollInk)"/>):
/// from <see cref="RowOrigin"/> down the area is rows of <see cref="RowPitch"/>, and in every row only the band from
/// <see cref="InkTop"/> to <see cref="InkBottom"/> (from the row's top), and inside it only the columns given (none:
/// the whole width), may differ from the background. Every other pixel of a row moved by whole rows lands on a pixel
/// of the same background, so it need not move. Coordinates are logical, relative to the widget's top-left. The
/// default value describes nothing: the whole area moves.
/// </summary>
/// <remarks>
/// The widget promises this for the pixels on screen when it asks for the move (every row of the area, including a
/// partial row at its bottom), and everything above <see cref="RowOrigin"/> moves as usual. A promise that cannot be
/// kept in device pixels (a row origin or pitch off the device pixel grid, a move that is not a whole number of rows)
/// is dropped and the whole area moves.
/// </remarks>
public readonly struct ScrollInk : IEquatable<ScrollInk>
{
    /// <summary>MaxColumns is the most ink columns one ScrollInk holds.</summary>
    public const int MaxColumns = 4;

    private readonly float _left0, _right0, _left1, _right1, _left2, _right2, _left3, _right3;

    /// <summary>ScrollInk describes rows of <paramref name="rowPitch"/> from <paramref name="rowOrigin"/> down, each holding ink only between <paramref name="inkTop"/> and <paramref name="inkBottom"/> (from the row's top), over the whole width until columns are added.</summary>
    /// <exception cref="ArgumentOutOfRangeException">a value is not finite, the pitch is not positive, or the band is not inside the row (0 &lt;= top &lt;= bottom &lt;= pitch).</exception>
    public ScrollInk(float rowOrigin, float rowPitch, float inkTop, float inkBottom)
    {
        if (!float.IsFinite(rowOrigin)) throw new ArgumentOutOfRangeException(nameof(rowOrigin), rowOrigin, "The row origin must be finite.");
        if (!float.IsFinite(rowPitch) || rowPitch <= 0) throw new ArgumentOutOfRangeException(nameof(rowPitch), rowPitch, "The row pitch must be positive.");
        if (!float.IsFinite(inkTop) || !float.IsFinite(inkBottom) || inkTop < 0 || inkBottom < inkTop || inkBottom > rowPitch)
            throw new ArgumentOutOfRangeException(nameof(inkTop), inkTop, $"The ink band {inkTop}..{inkBottom} must lie inside the row (0..{rowPitch}).");
        RowOrigin = rowOrigin;
        RowPitch = rowPitch;
        InkTop = inkTop;
        InkBottom = inkBottom;
    }

    private ScrollInk(ScrollInk rows, int count, float l0, float r0, float l1, float r1, float l2, float r2, float l3, float r3)
    {
        RowOrigin = rows.RowOrigin;
        RowPitch = rows.RowPitch;
        InkTop = rows.InkTop;
        InkBottom = rows.InkBottom;
        ColumnCount = count;
        (_left0, _right0, _left1, _right1, _left2, _right2, _left3, _right3) = (l0, r0, l1, r1, l2, r2, l3, r3);
    }

    /// <summary>IsEmpty is true for the default value: no promise, the whole area moves.</summary>
    public bool IsEmpty => RowPitch <= 0;

    /// <summary>RowOrigin is where the first row starts, from the widget's top; everything above it moves.</summary>
    public float RowOrigin { get; }

    /// <summary>RowPitch is the height of one row.</summary>
    public float RowPitch { get; }

    /// <summary>InkTop is where a row's ink may begin, from the row's top.</summary>
    public float InkTop { get; }

    /// <summary>InkBottom is where a row's ink ends, from the row's top.</summary>
    public float InkBottom { get; }

    /// <summary>ColumnCount is the number of ink columns (0: the whole width).</summary>
    public int ColumnCount { get; }

    /// <summary>WithColumn returns a copy that also has ink between <paramref name="left"/> and <paramref name="right"/> (from the widget's left); ink outside every column is background.</summary>
    /// <exception cref="ArgumentOutOfRangeException">left or right is not finite, or right is less than left.</exception>
    /// <exception cref="InvalidOperationException">this value is empty or already holds <see cref="MaxColumns"/> columns.</exception>
    public ScrollInk WithColumn(float left, float right)
    {
        if (!float.IsFinite(left) || !float.IsFinite(right) || right < left)
            throw new ArgumentOutOfRangeException(nameof(right), right, $"A column {left}..{right} must be finite and not reversed.");
        if (IsEmpty) throw new InvalidOperationException("An empty ScrollInk has no rows to add columns to.");
        return ColumnCount switch
        {
            0 => new ScrollInk(this, 1, left, right, 0, 0, 0, 0, 0, 0),
            1 => new ScrollInk(this, 2, _left0, _right0, left, right, 0, 0, 0, 0),
            2 => new ScrollInk(this, 3, _left0, _right0, _left1, _right1, left, right, 0, 0),
            3 => new ScrollInk(this, 4, _left0, _right0, _left1, _right1, _left2, _right2, left, right),
            _ => throw new InvalidOperationException($"A ScrollInk holds at most {MaxColumns} columns."),
        };
    }

    /// <summary>Column returns the left and right edges of ink column <paramref name="index"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">index is not below <see cref="ColumnCount"/>.</exception>
    public (float Left, float Right) Column(int index)
    {
        if ((uint)index >= (uint)ColumnCount) throw new ArgumentOutOfRangeException(nameof(index), index, $"There are {ColumnCount} columns.");
        return index switch
        {
            0 => (_left0, _right0),
            1 => (_left1, _right1),
            2 => (_left2, _right2),
            _ => (_left3, _right3),
        };
    }

    /// <summary>Equals tells whether both describe the same rows and columns.</summary>
    public bool Equals(ScrollInk other) =>
        RowOrigin == other.RowOrigin && RowPitch == other.RowPitch && InkTop == other.InkTop && InkBottom == other.InkBottom
        && ColumnCount == other.ColumnCount
        && _left0 == other._left0 && _right0 == other._right0 && _left1 == other._left1 && _right1 == other._right1
        && _left2 == other._left2 && _right2 == other._right2 && _left3 == other._left3 && _right3 == other._right3;

    /// <summary>Equals tells whether <paramref name="obj"/> is a ScrollInk describing the same rows and columns.</summary>
    public override bool Equals(object? obj) => obj is ScrollInk other && Equals(other);

    /// <summary>GetHashCode combines the rows and the column count.</summary>
    public override int GetHashCode() => HashCode.Combine(RowOrigin, RowPitch, InkTop, InkBottom, ColumnCount, _left0, _right0);

    /// <summary>The == operator compares with <see cref="Equals(ScrollInk)"/>.</summary>
    public static bool operator ==(ScrollInk left, ScrollInk right) => left.Equals(right);

    /// <summary>The != operator is the negation of ==.</summary>
    public static bool operator !=(ScrollInk left, ScrollInk right) => !left.Equals(right);
}
