using Skia.Toolkit.Text;
using Skia.Toolkit.Theming;
using SkiaSharp;

namespace Skia.Toolkit.Widgets;

/// <summary>
/// TableColumn describes one column of a <see cref="Table{T}"/>: its header, width (fixed pixels or a star
/// share), how a cell shows an item (text, or an exact decimal drawn right-aligned with tabular figures),
/// an optional colour hook and the sort order.
/// </summary>
public sealed class TableColumn<T>
{
    private readonly Func<T, string>? _text;
    private readonly Func<T, decimal>? _number;
    private readonly TableCellWriter<T>? _writer;
    private GridLength _width = GridLength.Star();
    private FontSpec? _font;

    private TableColumn(string header, Func<T, string>? text, Func<T, decimal>? number, int decimals, TableCellWriter<T>? writer = null)
    {
        ArgumentNullException.ThrowIfNull(header);
        Header = header;
        _text = text;
        _number = number;
        _writer = writer;
        Decimals = decimals;
    }

    /// <summary>Text creates a left-aligned column showing a string per item, sorted ordinally by that string.</summary>
    public static TableColumn<T> Text(string header, Func<T, string> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new TableColumn<T>(header, text, null, 0);
    }

    /// <summary>
    /// Numeric creates a right-aligned column showing an exact decimal with a fixed number of decimals,
    /// drawn through the allocation-free numeric text path, sorted by value.
    /// </summary>
    public static TableColumn<T> Numeric(string header, Func<T, decimal> value, int decimals)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, 28);
        return new TableColumn<T>(header, null, value, decimals);
    }

    /// <summary>
    /// Written creates a left-aligned column whose text <paramref name="writer"/> writes into a buffer (an id, a
    /// time of day): digits and punctuation are drawn through the allocation-free numeric text path, anything
    /// else is shaped. Sorted ordinally by that text unless <see cref="Comparison"/> is set.
    /// </summary>
    public static TableColumn<T> Written(string header, TableCellWriter<T> writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        return new TableColumn<T>(header, null, null, 0, writer);
    }

    /// <summary>Header is the column title; setting it (a language change at run time) lays the table's header out again.</summary>
    public string Header
    {
        get;
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            if (field == value) return;
            field = value;
            Owner?.OnColumnsChanged();
        }
    }

    /// <summary>IsNumeric tells whether the column shows numbers (right-aligned, tabular figures).</summary>
    public bool IsNumeric => _number != null;

    /// <summary>Decimals is the number of digits after the point of a numeric column.</summary>
    public int Decimals { get; }

    /// <summary>Width is a fixed width in logical pixels or a star share of what fixed columns leave (Auto counts as one star).</summary>
    public GridLength Width
    {
        get => _width;
        set
        {
            _width = value;
            Owner?.OnColumnsChanged();
        }
    }

    /// <summary>MinWidth is the narrowest a column is drawn or can be dragged to, in logical pixels.</summary>
    public float MinWidth { get; set; } = 32;

    /// <summary>
    /// FlashesOnChange makes a numeric cell whose value rose since it was last shown (bound) show for one frame
    /// interval in the theme's positive colour (on a faint positive background), or in the negative colour when it
    /// fell, then go back to normal. Cells are told apart by row identity (see <see cref="Table{T}.IdentifyRowsBy"/>),
    /// so scrolling, sorting and row recycling never flash; a cell coming into view does not flash either.
    /// </summary>
    /// <exception cref="InvalidOperationException">set to true on a text column.</exception>
    public bool FlashesOnChange
    {
        get;
        set
        {
            if (value && !IsNumeric) throw new InvalidOperationException($"Column '{Header}' shows text; only numeric columns can flash on change.");
            field = value;
            Owner?.OnColumnsChanged();
        }
    }

    /// <summary>Font, when set, is the font of this column's cells (numeric and written cells use its tabular digit table); null keeps the table's.</summary>
    public FontSpec? Font
    {
        get => _font;
        set
        {
            _font = value;
            Owner?.OnColumnsChanged();
        }
    }

    /// <summary>CellColor, when set, picks a cell's text colour from its item and the theme (for example bids in Positive); null keeps the default.</summary>
    public Func<T, Theme, SKColor?>? CellColor { get; set; }

    /// <summary>Comparison orders items when the column is sorted; by default ordinal text or numeric value.</summary>
    public Comparison<T>? Comparison { get; set; }

    /// <summary>Owner is the table the column belongs to.</summary>
    internal Table<T>? Owner { get; set; }

    /// <summary>IsWritten tells whether the cell text comes from a <see cref="TableCellWriter{T}"/>.</summary>
    internal bool IsWritten => _writer != null;

    /// <summary>TextOf returns a text cell's string (for a written column a new string: used by sorting, not drawing).</summary>
    internal string TextOf(T item)
    {
        if (_text != null) return _text(item);
        Span<char> buffer = stackalloc char[NumericText.Capacity];
        return new string(buffer[..Write(item, buffer)]);
    }

    /// <summary>Write writes a written column's cell text into <paramref name="destination"/> and returns its length.</summary>
    internal int Write(T item, Span<char> destination)
    {
        var written = _writer!(item, destination);
        if ((uint)written > (uint)destination.Length) throw new InvalidOperationException($"The cell writer of column '{Header}' returned {written} for a {destination.Length}-character buffer.");
        return written;
    }

    /// <summary>NumberOf returns a numeric cell's value.</summary>
    internal decimal NumberOf(T item) => _number!(item);

    /// <summary>Compare orders two items by this column (only the sign counts); a written column compares its cell texts in stack buffers, allocating nothing.</summary>
    internal int Compare(T a, T b)
    {
        if (Comparison != null) return Comparison(a, b);
        if (_number != null) return _number(a).CompareTo(_number(b));
        if (_text != null) return string.CompareOrdinal(_text(a), _text(b));
        // Ordinal, like string.CompareOrdinal on the strings TextOf would make.
        Span<char> x = stackalloc char[NumericText.Capacity];
        Span<char> y = stackalloc char[NumericText.Capacity];
        return ((ReadOnlySpan<char>)x[..Write(a, x)]).SequenceCompareTo(y[..Write(b, y)]);
    }
}
