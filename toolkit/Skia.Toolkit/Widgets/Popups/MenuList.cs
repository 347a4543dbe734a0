using Skia.Toolkit.Core;
using Skia.Toolkit.Input;
using Skia.Toolkit.Rendering;
using Skia.Toolkit.Text;
using SkiaSharp;

namespace Skia.Toolkit.Widgets;

/// <summary>
/// MenuList is a vertical list of <see cref="MenuItem"/>s to choose from: the body of a <see cref="ContextMenu"/>
/// and of a <see cref="ComboBox"/>'s dropdown. The pointer highlights the row under it and a click chooses it;
/// Up/Down/Home/End move the highlight over enabled items, Enter or Space chooses, and typing jumps to the next
/// item starting with the typed text (type-ahead: letters typed in a row extend the prefix; a letter that
/// matches nothing starts a new search, so repeating one letter cycles through the items starting with it).
/// </summary>
public sealed class MenuList : Control
{
    private readonly MenuItem[] _items;
    private int _highlighted = -1;
    private string _typed = "";
    private bool _pressedOnRow;

    /// <summary>MenuList creates a list of <paramref name="items"/> (an empty list shows "No items").</summary>
    public MenuList(IEnumerable<MenuItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        _items = [.. items];
        foreach (var item in _items) ArgumentNullException.ThrowIfNull(item, nameof(items));
        Focusable = true;
    }

    /// <summary>ItemInvoked is raised with the item chosen by pointer or keyboard (after nothing else: the item's own Click is the caller's to raise).</summary>
    public event EventHandler<MenuItem>? ItemInvoked;

    /// <summary>Items are the entries, top to bottom.</summary>
    public IReadOnlyList<MenuItem> Items => _items;

    /// <summary>EmptyText is shown when there are no items.</summary>
    public string EmptyText { get; init; } = "No items";

    /// <summary>HighlightedIndex is the row Enter would choose, or -1; only enabled items can be highlighted.</summary>
    public int HighlightedIndex
    {
        get => _highlighted;
        set
        {
            if (value < -1 || value >= _items.Length) throw new ArgumentOutOfRangeException(nameof(value), value, $"The list has {_items.Length} items.");
            if (value >= 0 && !_items[value].IsEnabled) value = -1;
            if (_highlighted == value) return;
            _highlighted = value;
            InvalidatePaint();
        }
    }

    /// <summary>CheckedIndex marks the current choice with an accent bar (a ComboBox's selection), or -1.</summary>
    internal int CheckedIndex { get; set; } = -1;

    private float RowHeight => Theme.RowHeight;

    private float Pad => Theme.SpacingSmall;

    private FontSpec Font => FontSpec.Ui(Theme.FontSize);

    /// <summary>MeasureOverride asks for the widest item plus padding and one row per item (one row for the empty text).</summary>
    protected override SKSize MeasureOverride(SKSize available)
    {
        var t = Theme;
        float widest = _items.Length == 0 ? TextPainter.Width(EmptyText, Font) : 0;
        foreach (var item in _items) widest = Math.Max(widest, TextPainter.Width(item.Text, Font));
        var rows = Math.Max(1, _items.Length);
        return new SKSize(widest + (2 * t.SpacingLarge), (rows * RowHeight) + (2 * Pad));
    }

    /// <summary>OnRender draws the raised box, the highlighted row, the check bar and each item's text.</summary>
    protected override void OnRender(SKCanvas canvas)
    {
        var t = Theme;
        var rect = LocalRect;
        var r = t.CornerRadius;
        canvas.DrawRoundRect(rect, r, r, ScratchPaint.Fill(t.SurfaceRaised));
        var inner = rect;
        inner.Inflate(-t.BorderWidth / 2, -t.BorderWidth / 2);
        canvas.DrawRoundRect(inner, r, r, ScratchPaint.Stroke(t.Border, t.BorderWidth));
        if (_items.Length == 0)
        {
            TextPainter.Draw(canvas, EmptyText, Font, t.TextMuted, RowRect(0), 0.5f);
            return;
        }

        for (int i = 0; i < _items.Length; i++)
        {
            var row = RowRect(i);
            var item = _items[i];
            bool highlighted = i == _highlighted;
            if (highlighted) canvas.DrawRoundRect(row, r, r, ScratchPaint.Fill(t.Accent));
            if (i == CheckedIndex)
            {
                canvas.DrawRect(new SKRect(row.Left + 2, row.Top + 5, row.Left + 4, row.Bottom - 5), ScratchPaint.Fill(highlighted ? t.OnAccent : t.Accent));
            }

            var color = !item.IsEnabled ? t.TextDisabled : highlighted ? t.OnAccent : t.Text;
            TextPainter.Draw(canvas, item.Text, Font, color, new SKRect(row.Left + t.SpacingLarge - Pad, row.Top, row.Right, row.Bottom), 0);
        }
    }

    /// <summary>OnPointerMove highlights the enabled row under the pointer.</summary>
    protected override void OnPointerMove(PointerEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var row = RowAt(e.Position);
        if (row >= 0 && _items[row].IsEnabled) HighlightedIndex = row;
    }

    /// <summary>OnPointerDown starts a click on a row (the press is the list's, so it does not dismiss anything).</summary>
    protected override void OnPointerDown(PointerEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        e.Handled = true;
        _pressedOnRow = e.Button == PointerButton.Left && RowAt(e.Position) >= 0;
        if (_pressedOnRow) CapturePointer();
    }

    /// <summary>OnPointerUp chooses the enabled row the click ends on.</summary>
    protected override void OnPointerUp(PointerEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (!_pressedOnRow || e.Button != PointerButton.Left) return;
        _pressedOnRow = false;
        e.Handled = true;
        var row = RowAt(e.Position);
        if (row >= 0 && _items[row].IsEnabled) Invoke(row);
    }

    /// <summary>OnKeyDown moves the highlight and chooses with Enter or Space.</summary>
    protected override void OnKeyDown(KeyEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (HandleKey(e)) e.Handled = true;
    }

    /// <summary>OnTextInput jumps to the next item starting with the typed text.</summary>
    protected override void OnTextInput(TextInputEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        TypeAhead(e.Text);
        e.Handled = true;
    }

    /// <summary>HandleKey does what a navigation or choice key does to the list (also for a ComboBox forwarding its keys); returns whether it was one.</summary>
    internal bool HandleKey(KeyEventArgs e)
    {
        if (e.Modifiers != KeyModifiers.None) return false;
        switch (e.Key)
        {
            case Key.Up: Step(_highlighted < 0 ? _items.Length : _highlighted, -1); break;
            case Key.Down: Step(_highlighted, +1); break;
            case Key.Home: Step(-1, +1); break;
            case Key.End: Step(_items.Length, -1); break;
            case Key.Enter or Key.NumPadEnter or Key.Space:
                if (_highlighted >= 0) Invoke(_highlighted);
                break;
            default: return false;
        }

        if (e.Key is not (Key.Enter or Key.NumPadEnter or Key.Space)) _typed = "";
        return true;
    }

    /// <summary>TypeAhead highlights the next enabled item whose text starts with the typed text (see the class remarks).</summary>
    internal void TypeAhead(string text)
    {
        if (text.Length == 0 || _items.Length == 0) return;
        var extended = _typed + text;
        int found = FindPrefix(extended, Math.Max(0, _highlighted));
        if (found >= 0)
        {
            _typed = extended;
        }
        else
        {
            _typed = text;
            found = FindPrefix(text, _highlighted + 1);
        }

        if (found >= 0) HighlightedIndex = found;
    }

    /// <summary>FindPrefix returns the first enabled item at or after <paramref name="start"/> (wrapping) whose text starts with <paramref name="prefix"/>, ignoring case; -1 when none.</summary>
    internal static int FindPrefix(IReadOnlyList<MenuItem> items, string prefix, int start)
    {
        for (int n = 0; n < items.Count; n++)
        {
            int i = (start + n) % items.Count;
            if (items[i].IsEnabled && items[i].Text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return i;
        }

        return -1;
    }

    /// <summary>DescribeMarkup writes the items (disabled ones marked) and the highlighted row.</summary>
    protected override void DescribeMarkup(MarkupWriter w)
    {
        base.DescribeMarkup(w);
        w.Property("items", string.Join('|', Array.ConvertAll(_items, i => i.IsEnabled ? i.Text : "~" + i.Text)));
        if (_highlighted >= 0) w.Property("highlighted", _highlighted);
    }

    private int FindPrefix(string prefix, int start) => FindPrefix(_items, prefix, start);

    private void Step(int from, int direction)
    {
        for (int i = from + direction; i >= 0 && i < _items.Length; i += direction)
        {
            if (_items[i].IsEnabled)
            {
                HighlightedIndex = i;
                return;
            }
        }
    }

    private void Invoke(int index)
    {
        _typed = "";
        ItemInvoked?.Invoke(this, _items[index]);
    }

    private SKRect RowRect(int index)
    {
        var top = Pad + (index * RowHeight);
        return new SKRect(Pad, top, Bounds.Width - Pad, top + RowHeight);
    }

    private int RowAt(SKPoint p)
    {
        if (p.X < 0 || p.X > Bounds.Width || p.Y < Pad) return -1;
        int row = (int)((p.Y - Pad) / RowHeight);
        return row < _items.Length ? row : -1;
    }
}
