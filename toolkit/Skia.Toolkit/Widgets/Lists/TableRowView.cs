using Skia.Toolkit.Core;
using Skia.Toolkit.Rendering;
using Skia.Toolkit.Text;
using SkiaSharp;

namespace Skia.Toolkit.Widgets;

/// <summary>
/// TableRowView draws one row of a <see cref="Table{T}"/>: every cell is drawn directly (no widget per cell),
/// numeric cells through reusable <see cref="NumericText"/> buffers so a changing price costs no shaping and no allocation.
/// </summary>
internal sealed class TableRowView<T> : Widget
{
    private readonly Table<T> _table;
    private NumericText?[] _numbers = [];
    private T? _item;
    private bool _hasItem;

    public TableRowView(Table<T> table) => _table = table;

    /// <summary>Item is the item shown.</summary>
    public T? Item => _item;

    /// <summary>
    /// IsShowingItem tells whether the row is on screen with an item (not parked in the list's pool). A row the list
    /// is about to re-bind still counts with the item it shows until then, so the flash memory, synced before a
    /// layout pass's first bind, still knows that item.
    /// </summary>
    public bool IsShowingItem => _hasItem && Parent is VirtualListRow { IsVisible: true };

    public void Bind(T item)
    {
        _item = item;
        _hasItem = true;
        InvalidatePaint();
    }

    protected override void OnRender(SKCanvas canvas)
    {
        if (!_hasItem) return;
        var item = _item!;
        var theme = Root?.Theme ?? Theming.Theme.Dark;
        var columns = _table.Columns;
        if (_numbers.Length != columns.Count) _numbers = new NumericText?[columns.Count];
        var height = Bounds.Height;
        var pad = theme.Spacing;
        var tableFont = _table.CellFont;
        Span<char> written = stackalloc char[NumericText.Capacity];
        // A cell draws only inside its own column (clipped to it): one the frame does not repaint (a neighbour's 1 px
        // margin reaches only the first column, a dirty thumb only the last) is left alone.
        var damage = Root?.Damage;
        SKRect window = BoundsInWindow;
        for (var c = 0; c < columns.Count; c++)
        {
            var column = columns[c];
            var left = _table.ColumnLeft(c);
            var width = _table.ColumnWidth(c);
            if (width <= 2 * pad) continue;
            if (damage is not null && !damage.IsRepainted(new SKRect(window.Left + left, window.Top, window.Left + left + width, window.Top + height))) continue;
            var color = column.CellColor?.Invoke(item, theme) ?? theme.Text;
            canvas.Save();
            canvas.ClipRect(new SKRect(left, 0, left + width, height));
            var length = column.IsWritten ? column.Write(item, written) : 0;
            if (column.IsNumeric || (column.IsWritten && NumericFont.IsNumeric(written[..length])))
            {
                var numericFont = column.Font is { } font ? FontSet.Default.GetNumericFont(font) : _table.NumericFont;
                var number = _numbers[c] ??= new NumericText(numericFont);
                number.Font = numericFont;
                if (column.IsNumeric)
                {
                    var value = column.NumberOf(item);
                    number.SetNumber(value, column.Decimals);
                    // The flash was decided when the row was bound (Table.ObserveFlashes); painting only reads it.
                    var flash = column.FlashesOnChange ? _table.FlashOf(item, c) : 0;
                    if (flash != 0)
                    {
                        color = flash > 0 ? theme.Positive : theme.Negative;
                        // A faint wash of the same colour makes a one-frame change catch the eye without hiding the digits.
                        canvas.DrawRect(new SKRect(left, 0, left + width, height - 1), ScratchPaint.Fill(color.WithAlpha(0x30)));
                    }
                }
                else
                {
                    number.Set(written[..length]);
                }
                var baseline = (height / 2) + ((numericFont.Ascent - numericFont.Descent) / 2);
                var x = column.IsNumeric ? left + width - pad - number.Width : left + pad;
                number.Draw(canvas, x, baseline, ScratchPaint.Fill(color));
            }
            else
            {
                // A written cell with characters the digit table lacks is shaped (and allocates its string).
                var text = column.IsWritten ? new string(written[..length]) : column.TextOf(item);
                TextPainter.Draw(canvas, text, column.Font ?? tableFont, color, new SKRect(left + pad, 0, left + width - pad, height), 0);
            }
            canvas.Restore();
        }
        canvas.DrawLine(0, height - 0.5f, Bounds.Width, height - 0.5f, ScratchPaint.Stroke(theme.GridLine, 1));
    }

    /// <summary>DescribeMarkup writes the cells as they read on screen ("BTCUSDT|BUY|NEW"), so scripts and tests can read a row without pixels.</summary>
    protected override void DescribeMarkup(MarkupWriter w)
    {
        base.DescribeMarkup(w);
        if (!_hasItem) return;
        var item = _item!;
        var columns = _table.Columns;
        var cells = new string[columns.Count];
        for (var c = 0; c < columns.Count; c++)
        {
            var column = columns[c];
            cells[c] = column.IsNumeric
                ? column.NumberOf(item).ToString("F" + column.Decimals.ToString(System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture)
                : column.TextOf(item);
        }
        w.Property("cells", string.Join("|", cells));
    }
}
