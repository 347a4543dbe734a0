using Skia.Toolkit.Core;
using Skia.Toolkit.Input;
using Skia.Toolkit.Rendering;
using Skia.Toolkit.Text;
using SkiaSharp;

namespace Skia.Toolkit.Widgets;

/// <summary>
/// TabView shows one of several pages, chosen by the tabs in a strip along its top. A click on a tab selects it;
/// while the tab view has focus Left/Right/Home/End move between tabs, and Ctrl+Tab / Ctrl+Shift+Tab cycle from
/// anywhere inside it. Pages that are not selected stay in the tree, hidden, so they keep their state.
/// </summary>
public sealed class TabView : Control
{
    private readonly List<TabItem> _tabs = [];
    private float[] _tabRight = [];
    private int _selected = -1;
    private int _hoveredTab = -1;

    /// <summary>TabView creates an empty tab view.</summary>
    public TabView()
    {
        Focusable = true;
    }

    /// <summary>SelectionChanged is raised after <see cref="SelectedIndex"/> changes.</summary>
    public event EventHandler? SelectionChanged;

    /// <summary>Tabs are the pages, in tab order.</summary>
    public IReadOnlyList<TabItem> Tabs => _tabs;

    /// <summary>SelectedIndex is the shown page, or -1 when there are no pages.</summary>
    public int SelectedIndex
    {
        get => _selected;
        set
        {
            if (value < -1 || value >= _tabs.Count || (value == -1 && _tabs.Count > 0))
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, $"The tab view has {_tabs.Count} tabs.");
            }

            if (_selected == value) return;
            if (_selected >= 0) _tabs[_selected].Content.IsVisible = false;
            _selected = value;
            if (value >= 0) _tabs[value].Content.IsVisible = true;
            InvalidatePaint();
            SelectionChanged?.Invoke(this, EventArgs.Empty);
        }
    }

    /// <summary>SelectedTab is the shown page, or null.</summary>
    public TabItem? SelectedTab => _selected < 0 ? null : _tabs[_selected];

    /// <summary>AddTab appends a page; the first page added is selected.</summary>
    public TabItem AddTab(string header, Widget content)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(content);
        var tab = new TabItem(header, content) { Owner = this };
        content.IsVisible = _tabs.Count == 0;
        AddChild(content);
        _tabs.Add(tab);
        if (_tabs.Count == 1)
        {
            _selected = 0;
            SelectionChanged?.Invoke(this, EventArgs.Empty);
        }

        InvalidatePaint();
        return tab;
    }

    /// <summary>RemoveTab removes a page; when it was selected, the page before it (or the new first one) is selected.</summary>
    public bool RemoveTab(TabItem tab)
    {
        ArgumentNullException.ThrowIfNull(tab);
        int index = _tabs.IndexOf(tab);
        if (index < 0) return false;
        _tabs.RemoveAt(index);
        tab.Owner = null;
        RemoveChild(tab.Content);
        tab.Content.IsVisible = true;
        int old = _selected;
        if (index < _selected || (index == _selected && _selected == _tabs.Count)) _selected--;
        if (_selected >= 0) _tabs[_selected].Content.IsVisible = true;
        _hoveredTab = -1;
        InvalidatePaint();
        if (old != _selected || index == old) SelectionChanged?.Invoke(this, EventArgs.Empty);
        return true;
    }

    private float StripHeight => Theme.ControlHeight;

    private FontSpec Font => FontSpec.Ui(Theme.FontSize, SKFontStyleWeight.Medium);

    /// <summary>MeasureOverride measures the tab strip and every page below it; the widest page or strip decides the width.</summary>
    protected override SKSize MeasureOverride(SKSize available)
    {
        var t = Theme;
        if (_tabRight.Length != _tabs.Count) _tabRight = new float[_tabs.Count];
        float x = 0;
        for (int i = 0; i < _tabs.Count; i++)
        {
            x += TextPainter.Width(_tabs[i].Header, Font) + (2 * t.SpacingLarge);
            _tabRight[i] = x;
        }

        var page = new SKSize(available.Width, Math.Max(0, available.Height - StripHeight));
        float w = x, h = 0;
        if (_selected >= 0)
        {
            var d = _tabs[_selected].Content.Measure(page);
            w = Math.Max(w, d.Width);
            h = d.Height;
        }

        return new SKSize(w, StripHeight + h);
    }

    /// <summary>ArrangeOverride gives the selected page the area under the strip.</summary>
    protected override void ArrangeOverride(SKSize finalSize)
    {
        var rect = new SKRect(0, StripHeight, finalSize.Width, Math.Max(StripHeight, finalSize.Height));
        for (int i = 0; i < _tabs.Count; i++) _tabs[i].Content.Arrange(rect);
    }

    /// <summary>OnRender draws the strip: each tab (hovered ones lit, the selected one underlined in the accent) and the focus ring on the selected tab.</summary>
    protected override void OnRender(SKCanvas canvas)
    {
        var t = Theme;
        var enabled = IsEffectivelyEnabled;
        var strip = new SKRect(0, 0, Bounds.Width, StripHeight);
        canvas.DrawRect(strip, ScratchPaint.Fill(t.Surface));
        canvas.DrawRect(new SKRect(0, strip.Bottom - t.BorderWidth, strip.Right, strip.Bottom), ScratchPaint.Fill(t.Border));
        for (int i = 0; i < _tabs.Count && i < _tabRight.Length; i++)
        {
            var tab = TabRect(i);
            bool selected = i == _selected;
            if (i == _hoveredTab && enabled && !selected) canvas.DrawRect(tab, ScratchPaint.Fill(t.SurfaceHover));
            var color = !enabled ? t.TextDisabled : selected ? t.Text : t.TextMuted;
            TextPainter.Draw(canvas, _tabs[i].Header, Font, color, tab, 0.5f);
            if (selected)
            {
                canvas.DrawRect(new SKRect(tab.Left, tab.Bottom - 2, tab.Right, tab.Bottom), ScratchPaint.Fill(enabled ? t.Accent : t.TextDisabled));
                DrawFocusRing(canvas, tab, t.CornerRadius);
            }
        }
    }

    /// <summary>OnPointerMove lights the tab under the pointer.</summary>
    protected override void OnPointerMove(PointerEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        SetHovered(TabAt(e.Position));
    }

    /// <summary>OnPointerEnter does nothing: the tab under the pointer is lit by <see cref="OnPointerMove"/>.</summary>
    protected override void OnPointerEnter(PointerEventArgs e)
    {
    }

    /// <summary>OnPointerLeave unlights the hovered tab.</summary>
    protected override void OnPointerLeave(PointerEventArgs e) => SetHovered(-1);

    /// <summary>OnGotFocus repaints the strip to show the focus ring.</summary>
    protected override void OnGotFocus() => InvalidateStrip();

    /// <summary>OnLostFocus repaints the strip to hide the focus ring.</summary>
    protected override void OnLostFocus() => InvalidateStrip();

    /// <summary>OnPointerDown selects the tab pressed.</summary>
    protected override void OnPointerDown(PointerEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Button != PointerButton.Left) return;
        int tab = TabAt(e.Position);
        if (tab < 0) return;
        SelectedIndex = tab;
        e.Handled = true;
    }

    /// <summary>OnKeyDown moves between tabs: arrows and Home/End while focused, Ctrl+Tab from inside.</summary>
    protected override void OnKeyDown(KeyEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (_tabs.Count == 0) return;
        int target = -1;
        if (e.Key == Key.Tab && (e.Modifiers & ~KeyModifiers.Shift) == KeyModifiers.Control)
        {
            int step = (e.Modifiers & KeyModifiers.Shift) != 0 ? -1 : 1;
            target = (_selected + step + _tabs.Count) % _tabs.Count;
        }
        else if (IsFocused && e.Modifiers == KeyModifiers.None)
        {
            target = e.Key switch
            {
                Key.Left => Math.Max(0, _selected - 1),
                Key.Right => Math.Min(_tabs.Count - 1, _selected + 1),
                Key.Home => 0,
                Key.End => _tabs.Count - 1,
                _ => -1,
            };
        }

        if (target < 0) return;
        SelectedIndex = target;
        e.Handled = true;
    }

    /// <summary>DescribeMarkup writes the headers and the selected tab.</summary>
    protected override void DescribeMarkup(MarkupWriter w)
    {
        base.DescribeMarkup(w);
        w.Property("tabs", string.Join('|', _tabs.ConvertAll(tab => tab.Header)));
        w.Property("selected", _selected);
    }

    private SKRect TabRect(int i) => new(i == 0 ? 0 : _tabRight[i - 1], 0, _tabRight[i], StripHeight);

    private int TabAt(SKPoint p)
    {
        if (p.Y < 0 || p.Y >= StripHeight || p.X < 0) return -1;
        for (int i = 0; i < _tabRight.Length && i < _tabs.Count; i++)
        {
            if (p.X < _tabRight[i]) return i;
        }

        return -1;
    }

    private void SetHovered(int tab)
    {
        if (_hoveredTab == tab) return;
        _hoveredTab = tab;
        InvalidateStrip();
    }

    /// <summary>InvalidateStrip repaints only the tab strip: hover and focus changes leave the page's pixels alone.</summary>
    private void InvalidateStrip()
    {
        var b = BoundsInWindow;
        Root?.Damage.Invalidate(ClipToAncestors(new SKRect(b.Left, b.Top, b.Right, Math.Min(b.Bottom, b.Top + StripHeight))));
    }
}
