using Skia.Toolkit.Core;
using Skia.Toolkit.Input;
using Skia.Toolkit.Rendering;
using Skia.Toolkit.Theming;
using SkiaSharp;

namespace Skia.Toolkit.Widgets;

/// <summary>
/// SplitPanel shows two panes side by side (<see cref="Orientation.Horizontal"/>) or one above the other
/// (<see cref="Orientation.Vertical"/>) with a splitter between them that the user drags to share the space.
/// <see cref="SplitterPosition"/> is the first pane's size; it is kept so that each pane gets at least its
/// minimum size. When the two minimums together do not fit, the space is shared in proportion to them.
/// The splitter takes keyboard focus (by Tab, between the panes, or a click): the arrow keys along the split move it
/// by <see cref="KeyStep"/> (with Shift by <see cref="LargeKeyStep"/>), Home and End to the first and second pane's minimum.
/// </summary>
public sealed partial class SplitPanel : Widget
{
    /// <summary>SplitterThickness is the splitter's width across the split, in logical pixels: wide enough to grab, the line itself is 1 px.</summary>
    public const float SplitterThickness = 6;

    /// <summary>KeyStep is how far an arrow key moves the focused splitter, in logical pixels: the theme's default spacing, a visible but fine step.</summary>
    public const float KeyStep = 8;

    /// <summary>LargeKeyStep is how far Shift+arrow moves the focused splitter, in logical pixels (eight steps).</summary>
    public const float LargeKeyStep = 8 * KeyStep;

    private readonly Splitter _splitter;

    private Widget? _first;
    private Widget? _second;
    private Orientation _orientation = Orientation.Horizontal;
    private float _requested = float.NaN;
    private float _firstMin;
    private float _secondMin;
    private float _actual;
    private bool _splitterHovered;
    private float _dragOffset = float.NaN;

    /// <summary>SplitPanel creates a panel with no panes, split in half.</summary>
    public SplitPanel()
    {
        _splitter = new Splitter(this);
        AddChild(_splitter);
    }

    /// <summary>First is the left (or top) pane.</summary>
    public Widget? First
    {
        get => _first;
        set => SetPane(ref _first, value);
    }

    /// <summary>Second is the right (or bottom) pane.</summary>
    public Widget? Second
    {
        get => _second;
        set => SetPane(ref _second, value);
    }

    /// <summary>Orientation is Horizontal for panes side by side, Vertical for panes stacked.</summary>
    public Orientation Orientation
    {
        get => _orientation;
        set
        {
            if (_orientation == value) return;
            _orientation = value;
            InvalidateMeasure();
        }
    }

    /// <summary>SplitterPosition is the requested size of the first pane in logical pixels (NaN, the default, splits in half); the shown size is <see cref="FirstPaneSize"/>.</summary>
    public float SplitterPosition
    {
        get => _requested;
        set
        {
            if (float.IsInfinity(value) || value < 0) throw new ArgumentOutOfRangeException(nameof(value), value, "A splitter position is a finite size, or NaN for half.");
            if (_requested.Equals(value)) return;
            _requested = value;
            InvalidateMeasure();
        }
    }

    /// <summary>FirstMinSize is the smallest size the first pane is given (while the space allows).</summary>
    public float FirstMinSize
    {
        get => _firstMin;
        set
        {
            CheckMin(value);
            _firstMin = value;
            InvalidateMeasure();
        }
    }

    /// <summary>SecondMinSize is the smallest size the second pane is given (while the space allows).</summary>
    public float SecondMinSize
    {
        get => _secondMin;
        set
        {
            CheckMin(value);
            _secondMin = value;
            InvalidateMeasure();
        }
    }

    /// <summary>FirstPaneSize is the first pane's size after the last layout.</summary>
    public float FirstPaneSize => _actual;

    /// <summary>IsDragging tells whether the user is dragging the splitter.</summary>
    public bool IsDragging => !float.IsNaN(_dragOffset);

    /// <summary>IsSplitterFocused tells whether the splitter has keyboard focus (the arrow keys move it).</summary>
    public bool IsSplitterFocused => _splitter.IsFocused;

    /// <summary>FocusSplitter gives the splitter keyboard focus; false when it cannot take it (hidden, disabled, not in a window).</summary>
    public bool FocusSplitter() => _splitter.Focus();

    /// <summary>MeasureOverride splits the available space and measures each pane in its share.</summary>
    protected override SKSize MeasureOverride(SKSize available)
    {
        bool horizontal = _orientation == Orientation.Horizontal;
        float along = horizontal ? available.Width : available.Height;
        float across = horizontal ? available.Height : available.Width;
        SKSize d1, d2;
        _splitter.Measure(horizontal ? new SKSize(SplitterThickness, across) : new SKSize(across, SplitterThickness));
        if (float.IsInfinity(along))
        {
            d1 = MeasurePane(_first, float.PositiveInfinity, across, horizontal);
            d2 = MeasurePane(_second, float.PositiveInfinity, across, horizontal);
        }
        else
        {
            float first = Split(along);
            d1 = MeasurePane(_first, first, across, horizontal);
            d2 = MeasurePane(_second, Math.Max(0, along - SplitterThickness - first), across, horizontal);
        }

        return horizontal
            ? new SKSize(Math.Min(available.Width, d1.Width + SplitterThickness + d2.Width), Math.Max(d1.Height, d2.Height))
            : new SKSize(Math.Max(d1.Width, d2.Width), Math.Min(available.Height, d1.Height + SplitterThickness + d2.Height));
    }

    /// <summary>ArrangeOverride places the panes on either side of the splitter.</summary>
    protected override void ArrangeOverride(SKSize finalSize)
    {
        bool horizontal = _orientation == Orientation.Horizontal;
        float along = horizontal ? finalSize.Width : finalSize.Height;
        var before = _actual;
        _actual = Split(along);
        if (before != _actual)
        {
            // The splitter moved: repaint where it was and where it is.
            InvalidateSplitter(before);
            InvalidateSplitter(_actual);
        }

        float secondStart = Math.Min(along, _actual + SplitterThickness);
        _splitter.Arrange(horizontal
            ? new SKRect(_actual, 0, secondStart, finalSize.Height)
            : new SKRect(0, _actual, finalSize.Width, secondStart));
        if (horizontal)
        {
            _first?.Arrange(new SKRect(0, 0, _actual, finalSize.Height));
            _second?.Arrange(new SKRect(secondStart, 0, Math.Max(secondStart, along), finalSize.Height));
        }
        else
        {
            _first?.Arrange(new SKRect(0, 0, finalSize.Width, _actual));
            _second?.Arrange(new SKRect(0, secondStart, finalSize.Width, Math.Max(secondStart, along)));
        }
    }

    /// <summary>OnRender draws the splitter line, in the accent colour while hovered or dragged.</summary>
    protected override void OnRender(SKCanvas canvas)
    {
        var t = Root?.Theme ?? Theme.Dark;
        var s = SplitterRect;
        bool lit = _splitterHovered || IsDragging;
        float line = lit ? 2 : t.BorderWidth;
        var color = lit ? t.Accent : t.Border;
        var bar = _orientation == Orientation.Horizontal
            ? new SKRect(s.MidX - (line / 2), s.Top, s.MidX + (line / 2), s.Bottom)
            : new SKRect(s.Left, s.MidY - (line / 2), s.Right, s.MidY + (line / 2));
        canvas.DrawRect(bar, ScratchPaint.Fill(color));
    }

    /// <summary>OnPointerMove drags the splitter while captured, and otherwise lights it when the pointer is over it.</summary>
    protected override void OnPointerMove(PointerEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (IsDragging)
        {
            float along = _orientation == Orientation.Horizontal ? e.Position.X : e.Position.Y;
            MoveSplitterTo(along - _dragOffset);
            e.Handled = true;
            return;
        }

        SetSplitterHovered(SplitterRect.Contains(e.Position));
    }

    /// <summary>OnPointerLeave unlights the splitter.</summary>
    protected override void OnPointerLeave(PointerEventArgs e) => SetSplitterHovered(false);

    /// <summary>OnPointerDown starts a drag when the splitter is pressed.</summary>
    protected override void OnPointerDown(PointerEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Button != PointerButton.Left || !SplitterRect.Contains(e.Position)) return;
        _dragOffset = (_orientation == Orientation.Horizontal ? e.Position.X : e.Position.Y) - _actual;
        CapturePointer();
        InvalidateSplitter();
        e.Handled = true;
    }

    /// <summary>OnPointerUp ends a drag.</summary>
    protected override void OnPointerUp(PointerEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (!IsDragging) return;
        _dragOffset = float.NaN;
        ReleasePointer();
        InvalidateSplitter();
        SetSplitterHovered(SplitterRect.Contains(e.Position));
        e.Handled = true;
        SplitterMoved?.Invoke(this, EventArgs.Empty);
    }

    /// <summary>DescribeMarkup writes the orientation, the first pane's size and the minimums when set.</summary>
    protected override void DescribeMarkup(MarkupWriter w)
    {
        ArgumentNullException.ThrowIfNull(w);
        w.Property("orientation", _orientation.ToString());
        w.Property("firstPane", _actual);
        if (_firstMin > 0) w.Property("firstMin", _firstMin);
        if (_secondMin > 0) w.Property("secondMin", _secondMin);
    }

    /// <summary>MoveSplitterBy moves the split by <paramref name="delta"/> logical pixels (an infinity goes to the minimum or maximum), within the minimums.</summary>
    internal void MoveSplitterBy(float delta) => MoveSplitterTo(_actual + delta);

    // The request is clamped now (not just at layout), so a later resize starts from where the user left it.
    private void MoveSplitterTo(float position)
    {
        float size = _orientation == Orientation.Horizontal ? Bounds.Width : Bounds.Height;
        _requested = Math.Clamp(position, 0, float.MaxValue);
        _requested = Split(size);
        if (_requested == _actual) return;
        InvalidateSplitter();
        InvalidateMeasure();
        if (!IsDragging) SplitterMoved?.Invoke(this, EventArgs.Empty);
    }

    /// <summary>Split returns the first pane's size for a total size along the split, honouring the minimums (see the class remarks).</summary>
    internal float Split(float along)
    {
        float space = Math.Max(0, along - SplitterThickness);
        float mins = _firstMin + _secondMin;
        if (mins > space) return mins == 0 ? 0 : MathF.Round(space * _firstMin / mins);
        float wanted = float.IsNaN(_requested) ? MathF.Round(space * (float.IsNaN(_ratio) ? 0.5f : _ratio)) : _requested;
        return Math.Clamp(wanted, _firstMin, space - _secondMin);
    }

    private SKRect SplitterRect => SplitterRectAt(_actual);

    private SKRect SplitterRectAt(float position) => _orientation == Orientation.Horizontal
        ? new SKRect(position, 0, position + SplitterThickness, Bounds.Height)
        : new SKRect(0, position, Bounds.Width, position + SplitterThickness);

    private static SKSize MeasurePane(Widget? pane, float along, float across, bool horizontal)
        => pane?.Measure(horizontal ? new SKSize(along, across) : new SKSize(across, along)) ?? SKSize.Empty;

    private static void CheckMin(float value)
    {
        if (!float.IsFinite(value) || value < 0) throw new ArgumentOutOfRangeException(nameof(value), value, "A minimum pane size is finite and not negative.");
    }

    // Children stay in the order first pane, splitter, second pane, which is also the Tab order.
    private void SetPane(ref Widget? pane, Widget? value)
    {
        if (ReferenceEquals(pane, value)) return;
        if (pane != null) RemoveChild(pane);
        pane = value;
        if (value == null) return;
        if (ReferenceEquals(pane, _first)) InsertChild(0, value);
        else AddChild(value);
    }

    private void SetSplitterHovered(bool hovered)
    {
        if (_splitterHovered == hovered) return;
        _splitterHovered = hovered;
        InvalidateSplitter();
    }

    /// <summary>InvalidateSplitter repaints the splitter strip only, not the panes beside it.</summary>
    private void InvalidateSplitter() => InvalidateSplitter(_actual);

    private void InvalidateSplitter(float position)
    {
        var s = SplitterRectAt(position);
        var o = BoundsInWindow.Location;
        s.Offset(o.X, o.Y);
        Root?.Damage.Invalidate(ClipToAncestors(s));
    }
}
