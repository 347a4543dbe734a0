using Skia.Toolkit.Core;
using Skia.Toolkit.Input;
using Skia.Toolkit.Rendering;
using Skia.Toolkit.Text;
using SkiaSharp;

namespace Skia.Toolkit.Widgets;

/// <summary>
/// RadioGroup shows a list of mutually exclusive options, one per row. It is one focus stop: Tab enters it,
/// the arrow keys move the selection, a click selects the option under the pointer.
/// </summary>
public class RadioGroup : Control
{
    // The circle is 16 logical pixels across, matching CheckBox's box.
    private const float CircleSize = 16;

    private string[] _items;
    private int _selectedIndex = -1;

    /// <summary>RadioGroup creates a group of options with none selected.</summary>
    public RadioGroup(IEnumerable<string> items)
    {
        _items = ChoiceList.Copy(items, nameof(RadioGroup));
        Focusable = true;
        HasOptions = true;
    }

    /// <summary>SelectionChanged is raised after <see cref="SelectedIndex"/> changes.</summary>
    public event EventHandler? SelectionChanged;

    /// <summary>Items are the option labels, top to bottom.</summary>
    public IReadOnlyList<string> Items => _items;

    /// <summary>SelectedIndex is the selected option, or -1 when none is.</summary>
    public int SelectedIndex
    {
        get => _selectedIndex;
        set
        {
            ChoiceList.CheckIndex(value, _items.Length, nameof(RadioGroup));
            if (_selectedIndex == value) return;
            _selectedIndex = value;
            InvalidatePaint();
            SelectionChanged?.Invoke(this, EventArgs.Empty);
        }
    }

    /// <summary>SetItems replaces the options; the selection is cleared.</summary>
    public void SetItems(IEnumerable<string> items)
    {
        _items = ChoiceList.Copy(items, nameof(RadioGroup));
        ForgetHoveredOption();
        InvalidateMeasure();
        InvalidatePaint();
        SelectedIndex = -1;
    }

    private FontSpec LabelFont => FontSpec.Ui(Theme.FontSize);

    private float RowHeight => Theme.ControlHeight;

    /// <summary>MeasureOverride asks for one control-height row per option, as wide as the widest label.</summary>
    protected override SKSize MeasureOverride(SKSize available)
    {
        var t = Theme;
        float widest = 0;
        foreach (var item in _items) widest = Math.Max(widest, TextPainter.Width(item, LabelFont));
        return new SKSize(CircleSize + t.Spacing + widest + (2 * t.SpacingSmall), RowHeight * _items.Length);
    }

    /// <summary>OnRender draws each option's circle (filled dot when selected) and label, and the focus ring.</summary>
    protected override void OnRender(SKCanvas canvas)
    {
        var t = Theme;
        var enabled = IsEffectivelyEnabled;
        var rowHeight = RowHeight;
        for (var i = 0; i < _items.Length; i++)
        {
            var top = i * rowHeight;
            var center = new SKPoint(t.SpacingSmall + (CircleSize / 2), top + (rowHeight / 2));
            var hovered = enabled && i == HoveredOption && IsPointerOver;
            var fill = !enabled ? t.Surface : hovered ? t.SurfaceHover : t.Surface;
            canvas.DrawCircle(center, CircleSize / 2, ScratchPaint.Fill(fill));
            var ringColor = i == _selectedIndex ? (enabled ? t.Accent : ColorMath.Fade(t.Accent, 0.35f)) : enabled ? t.TextMuted : t.Border;
            canvas.DrawCircle(center, (CircleSize / 2) - 0.75f, ScratchPaint.Stroke(ringColor, 1.5f));
            if (i == _selectedIndex) canvas.DrawCircle(center, CircleSize / 4, ScratchPaint.Fill(ringColor));
            var labelRect = new SKRect(t.SpacingSmall + CircleSize + t.Spacing, top, Bounds.Width, top + rowHeight);
            TextPainter.Draw(canvas, _items[i], LabelFont, enabled ? t.Text : t.TextDisabled, labelRect, 0);
        }
        DrawFocusRing(canvas, LocalRect, t.CornerRadius);
    }

    /// <summary>OptionAt returns the option at a point, or -1.</summary>
    private protected override int OptionAt(SKPoint p)
    {
        if (p.X < 0 || p.X > Bounds.Width || p.Y < 0) return -1;
        var i = (int)(p.Y / RowHeight);
        return i < _items.Length ? i : -1;
    }

    /// <summary>OnOptionPressed selects the option pressed.</summary>
    private protected override void OnOptionPressed(int index) => SelectedIndex = index;

    /// <summary>OnKeyDown moves the selection with the arrow keys (Home/End jump to the ends).</summary>
    protected override void OnKeyDown(KeyEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (_items.Length == 0 || e.Modifiers != KeyModifiers.None) return;
        var last = _items.Length - 1;
        int? next = e.Key switch
        {
            Key.Down or Key.Right => _selectedIndex < 0 ? 0 : Math.Min(last, _selectedIndex + 1),
            Key.Up or Key.Left => _selectedIndex < 0 ? last : Math.Max(0, _selectedIndex - 1),
            Key.Home => 0,
            Key.End => last,
            _ => null,
        };
        if (next is not { } index) return;
        SelectedIndex = index;
        e.Handled = true;
    }

    /// <summary>DescribeMarkup adds the options and the selection.</summary>
    protected override void DescribeMarkup(MarkupWriter w)
    {
        base.DescribeMarkup(w);
        w.Property("items", string.Join("|", _items));
        w.Property("selected", _selectedIndex);
    }
}
