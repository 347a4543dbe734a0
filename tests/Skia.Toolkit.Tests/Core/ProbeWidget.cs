using Skia.Toolkit.Core;
using Skia.Toolkit.Input;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Core;

/// <summary>ProbeWidget is a real widget for tests: it wants a settable content size, fills itself, can hold children, and counts what layout, rendering and input did to it.</summary>
internal sealed class ProbeWidget : Widget
{
    private SKSize _content;
    private SKColor _color = SKColors.Gray;

    public ProbeWidget(float width = 0, float height = 0) => _content = new SKSize(width, height);

    public int MeasureCount { get; private set; }

    public int ArrangeCount { get; private set; }

    public int RenderCount { get; private set; }

    public List<string> Events { get; } = [];

    /// <summary>Timestamps are the times of the pointer presses and key presses it got, in order.</summary>
    public List<TimeSpan> Timestamps { get; } = [];

    public bool HandlePointer { get; set; }

    public bool HandleKeys { get; set; }

    public SKSize LastMeasureAvailable { get; private set; }

    public SKPoint LastPointerPosition { get; private set; }

    public SKSize ContentSize
    {
        get => _content;
        set
        {
            _content = value;
            InvalidateMeasure();
        }
    }

    public SKColor Color
    {
        get => _color;
        set
        {
            _color = value;
            InvalidatePaint();
        }
    }

    public void Add(Widget child) => AddChild(child);

    public void Remove(Widget child) => RemoveChild(child);

    protected override SKSize MeasureOverride(SKSize available)
    {
        MeasureCount++;
        LastMeasureAvailable = available;
        float w = _content.Width, h = _content.Height;
        foreach (var child in Children)
        {
            var d = child.Measure(available);
            w = Math.Max(w, d.Width);
            h = Math.Max(h, d.Height);
        }

        return new SKSize(w, h);
    }

    protected override void ArrangeOverride(SKSize finalSize)
    {
        ArrangeCount++;
        base.ArrangeOverride(finalSize);
    }

    protected override void OnRender(SKCanvas canvas)
    {
        RenderCount++;
        using var paint = new SKPaint { Color = _color };
        canvas.DrawRect(new SKRect(0, 0, Bounds.Width, Bounds.Height), paint);
    }

    protected override void OnPointerEnter(PointerEventArgs e) => Events.Add($"{Name}:enter");

    protected override void OnPointerLeave(PointerEventArgs e) => Events.Add($"{Name}:leave");

    protected override void OnPointerMove(PointerEventArgs e) => Record("move", e);

    protected override void OnPointerDown(PointerEventArgs e)
    {
        Timestamps.Add(e.Timestamp);
        Record("down", e);
    }

    protected override void OnPointerUp(PointerEventArgs e) => Record("up", e);

    protected override void OnPointerWheel(PointerEventArgs e) => Record("wheel", e);

    protected override void OnKeyDown(KeyEventArgs e)
    {
        Timestamps.Add(e.Timestamp);
        Events.Add($"{Name}:keydown:{e.Key}");
        e.Handled = HandleKeys;
    }

    protected override void OnKeyUp(KeyEventArgs e) => Events.Add($"{Name}:keyup:{e.Key}");

    protected override void OnTextInput(TextInputEventArgs e)
    {
        Events.Add($"{Name}:text:{e.Text}");
        e.Handled = HandleKeys;
    }

    protected override void OnGotFocus() => Events.Add($"{Name}:gotfocus");

    protected override void OnLostFocus() => Events.Add($"{Name}:lostfocus");

    protected override void DescribeMarkup(MarkupWriter w) => w.Property("color", _color);

    private void Record(string kind, PointerEventArgs e)
    {
        Events.Add($"{Name}:{kind}");
        LastPointerPosition = e.Position;
        e.Handled = HandlePointer;
    }
}
