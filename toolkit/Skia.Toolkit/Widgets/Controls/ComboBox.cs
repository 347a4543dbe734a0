using Skia.Toolkit.Core;
using Skia.Toolkit.Input;
using Skia.Toolkit.Rendering;
using Skia.Toolkit.Text;
using SkiaSharp;

namespace Skia.Toolkit.Widgets;

/// <summary>
/// ComboBox picks one string from a list shown in a dropdown. A click, Space, Enter, F4 or Alt+Down opens the
/// dropdown (a <see cref="MenuList"/> in a light-dismiss <see cref="Popup"/> of the window's <see cref="PopupHost"/>);
/// while it is open, focus stays on the combo box, Up/Down/Home/End move the highlight, Enter chooses, Escape or a
/// click outside closes without a change. While closed, Up/Down/Home/End change the selection directly. Typing
/// jumps to the next item starting with the typed text, open or closed. With no items it never opens and keeps no selection.
/// </summary>
public sealed class ComboBox : Control
{
    // Width reserved at the right for the chevron, in logical pixels: the glyph plus its padding.
    private const float ChevronWidth = 24;

    private MenuItem[] _items = [];
    private int _selectedIndex = -1;
    private string _placeholder = "";
    private Popup? _popup;
    private MenuList? _list;

    /// <summary>ComboBox creates a combo box offering <paramref name="items"/>, with nothing selected.</summary>
    public ComboBox(IEnumerable<string>? items = null)
    {
        Focusable = true;
        ActivatesOnClick = true;
        if (items != null) Items = [.. items];
    }

    /// <summary>SelectionChanged is raised after <see cref="SelectedIndex"/> changes, by the user or by code.</summary>
    public event EventHandler? SelectionChanged;

    /// <summary>Items are the choices. Replacing them keeps the selection when its index still exists, else clears it.</summary>
    public IReadOnlyList<string> Items
    {
        get => Array.ConvertAll(_items, i => i.Text);
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            CloseDropDown();
            var items = new MenuItem[value.Count];
            for (int i = 0; i < items.Length; i++) items[i] = new MenuItem(value[i] ?? throw new ArgumentException($"Item {i} is null.", nameof(value)));
            _items = items;
            InvalidateMeasure();
            InvalidatePaint();
            if (_selectedIndex >= _items.Length) SelectedIndex = -1;
        }
    }

    /// <summary>SelectedIndex is the index of the chosen item, or -1 for none.</summary>
    public int SelectedIndex
    {
        get => _selectedIndex;
        set
        {
            if (value < -1 || value >= _items.Length) throw new ArgumentOutOfRangeException(nameof(value), value, $"The combo box has {_items.Length} items.");
            if (_selectedIndex == value) return;
            _selectedIndex = value;
            InvalidatePaint();
            SelectionChanged?.Invoke(this, EventArgs.Empty);
        }
    }

    /// <summary>SelectedItem is the chosen item's text, or null.</summary>
    public string? SelectedItem => _selectedIndex < 0 ? null : _items[_selectedIndex].Text;

    /// <summary>Placeholder is shown, muted, while nothing is selected.</summary>
    public string Placeholder
    {
        get => _placeholder;
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            if (_placeholder == value) return;
            _placeholder = value;
            InvalidatePaint();
        }
    }

    /// <summary>
    /// DropDownClosed is raised when the dropdown closes, however (an item chosen, Escape, a click outside, the combo box
    /// losing focus); a chosen item is already selected (<see cref="SelectionChanged"/> came first).
    /// </summary>
    public event EventHandler? DropDownClosed;

    /// <summary>IsDropDownOpen tells whether the dropdown is shown.</summary>
    public bool IsDropDownOpen => _popup?.IsOpen == true;

    /// <summary>DropDown is the list shown while the dropdown is open, or null.</summary>
    public MenuList? DropDown => IsDropDownOpen ? _list : null;

    /// <summary>OpenDropDown shows the dropdown below the combo box; false when it has no items, is disabled or already open.</summary>
    /// <summary>PlacementError refuses a combo box joining a window's tree with no <see cref="PopupHost"/> above it: its dropdown could never open.</summary>
    internal override string? PlacementError() => PopupHost.Find(this) is null
        ? $"A ComboBox ('{Name}') needs a PopupHost above it to show its dropdown: make a PopupHost the window's content (new UiRoot(new PopupHost(page), ...))."
        : null;

    /// <exception cref="InvalidOperationException">the combo box is not inside a <see cref="PopupHost"/>.</exception>
    public bool OpenDropDown()
    {
        if (IsDropDownOpen || _items.Length == 0 || !IsEffectivelyEnabled || Root == null) return false;
        var host = PopupHost.Find(this) ?? throw new InvalidOperationException("A ComboBox needs a PopupHost above it to show its dropdown: make a PopupHost the window's content.");
        // The list must not take focus: focus stays on the combo box, which forwards keys, and losing it closes the dropdown.
        var list = new MenuList(_items) { MinWidth = Bounds.Width, HighlightedIndex = _selectedIndex, CheckedIndex = _selectedIndex, Focusable = false };
        var popup = new Popup(list) { Anchor = BoundsInWindow };
        list.ItemInvoked += (_, item) => Choose(Array.IndexOf(_items, item));
        popup.Closed += (_, _) =>
        {
            if (ReferenceEquals(_popup, popup)) _popup = null;
            InvalidatePaint();
            DropDownClosed?.Invoke(this, EventArgs.Empty);
        };
        _list = list;
        _popup = popup;
        host.Open(popup, this, focusContent: false);
        InvalidatePaint();
        return true;
    }

    /// <summary>CloseDropDown hides the dropdown without changing the selection.</summary>
    public void CloseDropDown() => _popup?.Close();

    private FontSpec Font => FontSpec.Ui(Theme.FontSize);

    /// <summary>MeasureOverride asks for the widest item (or the placeholder) plus padding and the chevron, at control height.</summary>
    protected override SKSize MeasureOverride(SKSize available)
    {
        var t = Theme;
        float widest = TextPainter.Width(_placeholder, Font);
        foreach (var item in _items) widest = Math.Max(widest, TextPainter.Width(item.Text, Font));
        return new SKSize(widest + t.Spacing + ChevronWidth, t.ControlHeight);
    }

    /// <summary>OnRender draws the field, the selected text or placeholder, the chevron, and the outline for the state.</summary>
    protected override void OnRender(SKCanvas canvas)
    {
        var t = Theme;
        var enabled = IsEffectivelyEnabled;
        var rect = LocalRect;
        var r = t.CornerRadius;
        var fill = !enabled ? t.Background : IsPressed ? t.SurfacePressed : IsPointerOver ? t.SurfaceHover : t.Surface;
        canvas.DrawRoundRect(rect, r, r, ScratchPaint.Fill(fill));

        var textRect = new SKRect(t.Spacing, 0, rect.Width - ChevronWidth, rect.Height);
        canvas.Save();
        canvas.ClipRect(textRect);
        if (SelectedItem is { } selected) TextPainter.Draw(canvas, selected, Font, enabled ? t.Text : t.TextDisabled, textRect, 0);
        else TextPainter.Draw(canvas, _placeholder, Font, enabled ? t.TextMuted : t.TextDisabled, textRect, 0);
        canvas.Restore();

        // The chevron: a small V (or ^ while open) drawn as two strokes, so it needs no glyph from the font.
        var cx = rect.Width - (ChevronWidth / 2);
        var cy = rect.Height / 2;
        var dy = IsDropDownOpen ? -2f : 2f;
        var pen = ScratchPaint.Stroke(enabled ? t.TextMuted : t.TextDisabled, 1.5f);
        canvas.DrawLine(cx - 4, cy - dy, cx, cy + dy, pen);
        canvas.DrawLine(cx, cy + dy, cx + 4, cy - dy, pen);

        var outline = IsFocused ? t.FocusRing : IsDropDownOpen ? t.Accent : IsPointerOver && enabled ? t.TextMuted : t.Border;
        var width = IsFocused ? t.FocusRingWidth : t.BorderWidth;
        var ring = rect;
        ring.Inflate(-width / 2, -width / 2);
        canvas.DrawRoundRect(ring, r, r, ScratchPaint.Stroke(outline, width));
    }

    /// <summary>OnActivated opens the dropdown when a click ends on the combo box.</summary>
    private protected override void OnActivated() => OpenDropDown();

    /// <summary>OnKeyDown opens, navigates, chooses and closes as the class describes.</summary>
    protected override void OnKeyDown(KeyEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        bool alt = e.Modifiers == KeyModifiers.Alt;
        if (IsDropDownOpen && _list != null)
        {
            if (e.Modifiers == KeyModifiers.None && e.Key == Key.Escape || alt && e.Key == Key.Up || e.Modifiers == KeyModifiers.None && e.Key == Key.F4)
            {
                CloseDropDown();
                e.Handled = true;
            }
            else if (e.Key == Key.Tab)
            {
                // Leaving by Tab keeps the highlighted item, as most desktop toolkits do; the Tab itself moves focus on.
                if (_list.HighlightedIndex >= 0) Choose(_list.HighlightedIndex);
                else CloseDropDown();
            }
            else if (_list.HandleKey(e))
            {
                e.Handled = true;
            }

            return;
        }

        if (alt && e.Key == Key.Down || e.Modifiers == KeyModifiers.None && e.Key == Key.F4 || IsActivationKey(e))
        {
            OpenDropDown();
            e.Handled = true;
            return;
        }

        if (e.Modifiers != KeyModifiers.None || _items.Length == 0) return;
        int target = e.Key switch
        {
            Key.Up => Step(_selectedIndex < 0 ? _items.Length : _selectedIndex, -1),
            Key.Down => Step(_selectedIndex, +1),
            Key.Home => Step(-1, +1),
            Key.End => Step(_items.Length, -1),
            _ => -2,
        };
        if (target == -2) return;
        if (target >= 0) SelectedIndex = target;
        e.Handled = true;
    }

    /// <summary>OnTextInput jumps to the next item starting with the typed text (in the dropdown when open, else in the selection).</summary>
    protected override void OnTextInput(TextInputEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        e.Handled = true;
        if (IsDropDownOpen && _list != null)
        {
            _list.TypeAhead(e.Text);
            return;
        }

        int found = MenuList.FindPrefix(_items, e.Text, _selectedIndex + 1);
        if (found >= 0) SelectedIndex = found;
    }

    /// <summary>OnLostFocus closes the dropdown: it belongs to the focused combo box.</summary>
    protected override void OnLostFocus()
    {
        base.OnLostFocus();
        CloseDropDown();
    }

    /// <summary>DescribeMarkup writes the item count, the selection and whether the dropdown is open.</summary>
    protected override void DescribeMarkup(MarkupWriter w)
    {
        base.DescribeMarkup(w);
        w.Property("items", _items.Length);
        w.Property("selected", _selectedIndex);
        if (SelectedItem is { } text) w.Property("text", text);
        if (IsDropDownOpen) w.Property("open", true);
    }

    private void Choose(int index)
    {
        if (index >= 0) SelectedIndex = index; // selected before the dropdown closes, so DropDownClosed sees the choice
        CloseDropDown();
    }

    private int Step(int from, int direction)
    {
        int i = from + direction;
        return i >= 0 && i < _items.Length ? i : -1;
    }
}
