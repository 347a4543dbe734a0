using Skia.Toolkit.Core;
using Skia.Toolkit.Input;
using Skia.Toolkit.Rendering;
using Skia.Toolkit.Text;
using SkiaSharp;

namespace Skia.Toolkit.Widgets;

/// <summary>
/// SegmentedControl is a row of equal-width segments of which exactly one is selected, such as BUY | SELL
/// or LIMIT | MARKET. Each segment may have its own <see cref="ButtonStyle"/> for its selected fill
/// (Positive for BUY, Negative for SELL). One focus stop: Left/Right move the selection.
/// </summary>
public class SegmentedControl : Control
{
    private string[] _items;
    private ButtonStyle[] _styles;
    private int _selectedIndex;

    /// <summary>SegmentedControl creates segments with the first one selected.</summary>
    public SegmentedControl(IEnumerable<string> items)
    {
        _items = ChoiceList.Copy(items, nameof(SegmentedControl));
        if (_items.Length == 0) throw new ArgumentException("A segmented control needs at least one segment.", nameof(items));
        _styles = new ButtonStyle[_items.Length];
        Array.Fill(_styles, ButtonStyle.Primary);
        Focusable = true;
        HasOptions = true;
    }

    /// <summary>SelectionChanged is raised after <see cref="SelectedIndex"/> changes.</summary>
    public event EventHandler? SelectionChanged;

    /// <summary>
    /// SegmentPressed is raised when the pointer presses a segment, after it is selected (also when it already was); the
    /// control has the focus then. Left/Right/Home/End never raise it: an app can give the keyboard back after a click
    /// (so a stray arrow key does not move the choice) and keep the arrows for a user who tabbed to the control.
    /// </summary>
    public event EventHandler? SegmentPressed;

    /// <summary>Items are the segment captions, left to right.</summary>
    public IReadOnlyList<string> Items => _items;

    /// <summary>SelectedIndex is the selected segment.</summary>
    public int SelectedIndex
    {
        get => _selectedIndex;
        set
        {
            if (value < 0 || value >= _items.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, $"SegmentedControl has {_items.Length} segments; SelectedIndex must be 0..{_items.Length - 1}.");
            }
            if (_selectedIndex == value) return;
            _selectedIndex = value;
            InvalidatePaint();
            SelectionChanged?.Invoke(this, EventArgs.Empty);
        }
    }

    /// <summary>SelectedItem is the caption of the selected segment.</summary>
    public string SelectedItem => _items[_selectedIndex];

    /// <summary>SetSegmentStyle sets the fill a segment shows when selected (Primary by default).</summary>
    public void SetSegmentStyle(int index, ButtonStyle style)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _items.Length);
        if (_styles[index] == style) return;
        _styles[index] = style;
        InvalidatePaint();
    }

    /// <summary>SetItem changes the caption of segment <paramref name="index"/> (a language change at run time); the selection stays.</summary>
    public void SetItem(int index, string text)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _items.Length);
        ArgumentNullException.ThrowIfNull(text);
        if (_items[index] == text) return;
        _items[index] = text;
        InvalidateMeasure();
        InvalidatePaint();
    }

    /// <summary>GetSegmentStyle returns the fill a segment shows when selected.</summary>
    public ButtonStyle GetSegmentStyle(int index) => _styles[index];

    private FontSpec CaptionFont => FontSpec.Ui(Theme.FontSize, SKFontStyleWeight.SemiBold);

    /// <summary>MeasureOverride gives every segment the width of the widest caption plus padding.</summary>
    protected override SKSize MeasureOverride(SKSize available)
    {
        var t = Theme;
        float widest = 0;
        foreach (var item in _items) widest = Math.Max(widest, TextPainter.Width(item, CaptionFont));
        return new SKSize(_items.Length * (widest + (2 * t.SpacingLarge)), t.ControlHeight);
    }

    /// <summary>OnRender draws the track, the selected segment in its style, the captions and the focus ring.</summary>
    protected override void OnRender(SKCanvas canvas)
    {
        var t = Theme;
        var enabled = IsEffectivelyEnabled;
        var rect = LocalRect;
        var r = t.CornerRadius;
        canvas.DrawRoundRect(rect, r, r, ScratchPaint.Fill(t.Surface));
        var segment = rect.Width / _items.Length;
        for (var i = 0; i < _items.Length; i++)
        {
            var seg = new SKRect(i * segment, 0, (i + 1) * segment, rect.Height);
            var selected = i == _selectedIndex;
            var hovered = enabled && IsPointerOver && i == HoveredOption;
            SKColor text;
            if (selected)
            {
                var palette = ButtonPalette.For(t, _styles[i], enabled, hovered, hovered && IsPressed);
                var inset = seg;
                inset.Inflate(-2, -2); // a 2 px track margin keeps the selected pill visibly inside the control
                canvas.DrawRoundRect(inset, r, r, ScratchPaint.Fill(palette.Fill));
                text = palette.Text;
            }
            else
            {
                if (hovered)
                {
                    var inset = seg;
                    inset.Inflate(-2, -2);
                    canvas.DrawRoundRect(inset, r, r, ScratchPaint.Fill(t.SurfaceHover));
                }
                text = enabled ? t.TextMuted : t.TextDisabled;
            }
            TextPainter.Draw(canvas, _items[i], CaptionFont, text, seg, 0.5f);
        }
        var outline = rect;
        outline.Inflate(-t.BorderWidth / 2, -t.BorderWidth / 2);
        canvas.DrawRoundRect(outline, r, r, ScratchPaint.Stroke(t.Border, t.BorderWidth));
        DrawFocusRing(canvas, rect, r);
    }

    /// <summary>OptionAt returns the option at a point, or -1.</summary>
    private protected override int OptionAt(SKPoint p)
    {
        if (p.X < 0 || p.Y < 0 || p.X >= Bounds.Width || p.Y > Bounds.Height || Bounds.Width <= 0) return -1;
        return Math.Min(_items.Length - 1, (int)(p.X / (Bounds.Width / _items.Length)));
    }

    /// <summary>OnOptionPressed selects the option pressed, then raises <see cref="SegmentPressed"/>.</summary>
    private protected override void OnOptionPressed(int index)
    {
        SelectedIndex = index;
        SegmentPressed?.Invoke(this, EventArgs.Empty);
    }

    /// <summary>OnKeyDown moves the selection with Left/Right and Home/End.</summary>
    protected override void OnKeyDown(KeyEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Modifiers != KeyModifiers.None) return;
        int? next = e.Key switch
        {
            Key.Right => Math.Min(_items.Length - 1, _selectedIndex + 1),
            Key.Left => Math.Max(0, _selectedIndex - 1),
            Key.Home => 0,
            Key.End => _items.Length - 1,
            _ => null,
        };
        if (next is not { } index) return;
        SelectedIndex = index;
        e.Handled = true;
    }

    /// <summary>DescribeMarkup adds the segments and the selection.</summary>
    protected override void DescribeMarkup(MarkupWriter w)
    {
        base.DescribeMarkup(w);
        w.Property("items", string.Join("|", _items));
        w.Property("selected", _selectedIndex);
    }
}
