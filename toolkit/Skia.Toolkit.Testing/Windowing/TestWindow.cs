using Skia.Toolkit.Core;
using Skia.Toolkit.Input;
using Skia.Toolkit.Platform;
using Skia.Toolkit.Rendering;
using Skia.Toolkit.Widgets;
using SkiaSharp;

namespace Skia.Toolkit.Testing;

/// <summary>
/// TestWindow is a headless window for tests: a fixed logical size and scale, text in the
/// toolkit's bundled fonts (widgets shape with FontSet.Default, the fonts embedded in
/// Skia.Toolkit, so goldens do not depend on the machine's fonts except for fallback glyphs
/// such as CJK), and input simulated the way a user would give it. Every input
/// method goes through <see cref="UiRoot"/>'s input router, exactly as a real window's events
/// do (stamped with <see cref="EventTime"/> or the window clock), and then renders a frame, so what a test sees afterwards is what a user would see.
/// </summary>
/// <example>
/// <code>
/// using var window = new TestWindow(new Stack { ... }, 200, 100);
/// window.Click(okButton);
/// window.Type("12.5");
/// RenderAssert.AssertRendersToImage(window);
/// </code>
/// </example>
public sealed class TestWindow : IDisposable
{
    /// <summary>DefaultWidth is the logical width used when a test does not choose one.</summary>
    public const int DefaultWidth = 320;

    /// <summary>DefaultHeight is the logical height used when a test does not choose one.</summary>
    public const int DefaultHeight = 240;

    // Pointer moves a Drag makes between its ends, so widgets see a motion, not a jump.
    private const int DragSteps = 4;

    private readonly HeadlessWindow _window;

    /// <summary>
    /// Creates a window of <paramref name="width"/> x <paramref name="height"/> logical pixels showing
    /// <paramref name="content"/> at <paramref name="scale"/> device pixels per logical pixel, and renders its first frame.
    /// </summary>
    public TestWindow(Widget content, int width = DefaultWidth, int height = DefaultHeight, float scale = 1)
    {
        _window = new HeadlessWindow(content, width, height, scale);
        LastFrame = _window.RenderFrame();
    }

    /// <summary>Window is the wrapped headless window, for what the test kit does not cover.</summary>
    public HeadlessWindow Window => _window;

    /// <summary>Root is the window's tree root: layout, focus, hit testing, markup.</summary>
    public UiRoot Root => _window.Root;

    /// <summary>Content is the widget the window shows.</summary>
    public Widget Content => _window.Root.Content;

    /// <summary>PixelSize is the back buffer's size in device pixels (logical size times scale).</summary>
    public SKSizeI PixelSize => _window.Root.PixelSize;

    /// <summary>PointerPosition is where the simulated pointer last was, in logical window coordinates.</summary>
    public SKPoint PointerPosition { get; private set; }

    /// <summary>
    /// EventTime, when set, is the time stamped on every simulated input event as the time the user acted
    /// (<see cref="PointerEventArgs.Timestamp"/>, <see cref="UiRoot.InputTimestamp"/>), the way a window on X11 stamps
    /// the X server's time: set it to have the UI thread handle input later than the user gave it (a double click
    /// 100 ms apart handled 700 ms apart). Null, the default, stamps the window clock's time at dispatch.
    /// </summary>
    public TimeSpan? EventTime { get; set; }

    private TimeSpan Stamp() => EventTime ?? Root.ClockNow();

    /// <summary>LastFrame holds the counters of the most recent frame rendered.</summary>
    public FrameStats LastFrame { get; private set; }

    /// <summary>RenderFrame lays out and repaints whatever is dirty, like one tick of a real window.</summary>
    public FrameStats RenderFrame()
    {
        LastFrame = _window.RenderFrame();
        return LastFrame;
    }

    /// <summary>Capture renders any pending change and returns a copy of the back buffer that the caller owns.</summary>
    public SKBitmap Capture()
    {
        RenderFrame();
        return _window.Backend.Snapshot();
    }

    /// <summary>
    /// InvalidateAll marks every widget in the tree for measure and paint, so the next frame lays out
    /// and repaints everything from its retained state: a frame that then differs shows a caching bug.
    /// </summary>
    public void InvalidateAll() => Invalidate(Content);

    /// <summary>ToMarkup returns the widget tree as indented text, after any pending layout.</summary>
    public string ToMarkup()
    {
        Root.UpdateLayout();
        return Root.ToMarkup();
    }

    /// <summary>MoveTo moves the pointer to <paramref name="point"/> (logical window coordinates) with no button held.</summary>
    public void MoveTo(SKPoint point)
    {
        PointerPosition = point;
        Root.Input.PointerMove(point, PointerButton.None, KeyModifiers.None, Stamp());
        RenderFrame();
    }

    /// <summary>MoveTo moves the pointer to (<paramref name="x"/>, <paramref name="y"/>) with no button held.</summary>
    public void MoveTo(float x, float y) => MoveTo(new SKPoint(x, y));

    /// <summary>Down presses <paramref name="button"/> at <paramref name="point"/>.</summary>
    public void Down(SKPoint point, PointerButton button = PointerButton.Left, KeyModifiers modifiers = KeyModifiers.None)
    {
        PointerPosition = point;
        Root.Input.PointerDown(point, button, modifiers, Stamp());
        RenderFrame();
    }

    /// <summary>Up releases <paramref name="button"/> at <paramref name="point"/>.</summary>
    public void Up(SKPoint point, PointerButton button = PointerButton.Left, KeyModifiers modifiers = KeyModifiers.None)
    {
        PointerPosition = point;
        Root.Input.PointerUp(point, button, modifiers, Stamp());
        RenderFrame();
    }

    /// <summary>Click moves to <paramref name="point"/>, then presses and releases <paramref name="button"/> there.</summary>
    public void Click(SKPoint point, PointerButton button = PointerButton.Left, KeyModifiers modifiers = KeyModifiers.None)
    {
        MoveTo(point);
        Down(point, button, modifiers);
        Up(point, button, modifiers);
    }

    /// <summary>Click clicks the centre of <paramref name="widget"/>, which must be shown in this window.</summary>
    public void Click(Widget widget, PointerButton button = PointerButton.Left, KeyModifiers modifiers = KeyModifiers.None) =>
        Click(CentreOf(widget), button, modifiers);

    /// <summary>
    /// ClickHeader clicks the middle of a column's header in <paramref name="table"/>, which must be shown in this
    /// window, as a user sorting by that column would (a first click sorts ascending, a second descending).
    /// </summary>
    /// <exception cref="ArgumentException">the table is not shown here, or that header is scrolled or clipped out of view.</exception>
    public void ClickHeader<T>(Table<T> table, int column)
    {
        ArgumentNullException.ThrowIfNull(table);
        _ = CentreOf(table); // lays out and checks that the table is shown here
        var header = table.HeaderRect(column);
        var bounds = table.BoundsInWindow;
        var point = new SKPoint(bounds.Left + header.MidX, bounds.Top + header.MidY);
        if (header.Width <= 0 || !bounds.Contains(point))
        {
            throw new ArgumentException($"The header of column {column} ('{table.Columns[column].Header}') is at {header} in the table, outside the table's {bounds.Width}x{bounds.Height} on screen.", nameof(column));
        }
        Click(point);
    }

    /// <summary>
    /// Drag presses <paramref name="button"/> at <paramref name="from"/>, moves in a few steps to
    /// <paramref name="to"/> with it held, and releases it there.
    /// </summary>
    public void Drag(SKPoint from, SKPoint to, PointerButton button = PointerButton.Left, KeyModifiers modifiers = KeyModifiers.None)
    {
        MoveTo(from);
        Down(from, button, modifiers);
        for (var step = 1; step <= DragSteps; step++)
        {
            var t = step / (float)DragSteps;
            var point = new SKPoint(from.X + (to.X - from.X) * t, from.Y + (to.Y - from.Y) * t);
            PointerPosition = point;
            Root.Input.PointerMove(point, button, modifiers, Stamp());
            RenderFrame();
        }

        Up(to, button, modifiers);
    }

    /// <summary>
    /// Scroll turns the wheel at <paramref name="point"/> by <paramref name="delta"/> notches
    /// (positive Y scrolls towards the start, as <see cref="UiRoot.DispatchWheel"/> defines).
    /// </summary>
    public void Scroll(SKPoint point, SKPoint delta, KeyModifiers modifiers = KeyModifiers.None)
    {
        PointerPosition = point;
        Root.Input.Wheel(point, delta, modifiers, Stamp());
        RenderFrame();
    }

    /// <summary>Scroll turns the vertical wheel at <paramref name="point"/> by <paramref name="notches"/>.</summary>
    public void Scroll(SKPoint point, float notches) => Scroll(point, new SKPoint(0, notches));

    /// <summary>KeyPress presses and releases <paramref name="key"/> with <paramref name="modifiers"/> held, at the focused widget.</summary>
    public void KeyPress(Key key, KeyModifiers modifiers = KeyModifiers.None)
    {
        Root.Input.KeyDown(key, modifiers, Stamp());
        Root.Input.KeyUp(key, modifiers, Stamp());
        RenderFrame();
    }

    /// <summary>
    /// KeyHold holds <paramref name="key"/> down with <paramref name="modifiers"/>, as a person leaning on it: the press,
    /// then <paramref name="repeats"/> auto-repeats (a window's GLFW_REPEAT, <see cref="KeyEventArgs.IsRepeat"/>) each
    /// <paramref name="repeatInterval"/> later than the one before by the user's clock (the event times; the window clock
    /// does not move), then the release; a frame is rendered after each.
    /// </summary>
    public void KeyHold(Key key, KeyModifiers modifiers, int repeats, TimeSpan repeatInterval)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(repeats);
        var pressed = Stamp();
        Root.Input.KeyDown(key, modifiers, pressed);
        RenderFrame();
        for (var i = 1; i <= repeats; i++)
        {
            Root.Input.KeyDown(key, modifiers, pressed + (repeatInterval * i), isRepeat: true);
            RenderFrame();
        }

        Root.Input.KeyUp(key, modifiers, pressed + (repeatInterval * (repeats + 1)));
        RenderFrame();
    }

    /// <summary>
    /// Type sends <paramref name="text"/> as text input, one character (Unicode scalar) at a time as a
    /// keyboard would, at the focused widget.
    /// </summary>
    public void Type(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var rune in text.EnumerateRunes())
        {
            Root.DispatchTextInput(rune.ToString());
            RenderFrame();
        }
    }

    /// <summary>Dispose frees the window's renderer and back buffer.</summary>
    public void Dispose() => _window.Dispose();

    private SKPoint CentreOf(Widget widget)
    {
        ArgumentNullException.ThrowIfNull(widget);
        Root.UpdateLayout();
        if (!ReferenceEquals(widget.Root, Root))
        {
            throw new ArgumentException($"{Describe(widget)} is not in this window's tree.", nameof(widget));
        }

        var bounds = widget.BoundsInWindow;
        if (!widget.IsEffectivelyVisible || bounds.Width <= 0 || bounds.Height <= 0)
        {
            throw new ArgumentException($"{Describe(widget)} is not shown (bounds {bounds}), so it cannot be clicked.", nameof(widget));
        }

        return new SKPoint(bounds.MidX, bounds.MidY);
    }

    private static string Describe(Widget widget) =>
        widget.Name is { } name ? $"{widget.GetType().Name} '{name}'" : widget.GetType().Name;

    private static void Invalidate(Widget widget)
    {
        widget.InvalidateMeasure();
        widget.InvalidatePaint();
        var children = widget.Children;
        for (var i = 0; i < children.Count; i++) Invalidate(children[i]);
    }
}
