using Skia.Toolkit.Core;
using Skia.Toolkit.Input;
using Skia.Toolkit.Rendering;
using Skia.Toolkit.Text;
using SkiaSharp;

namespace Skia.Toolkit.Diagnostics;

/// <summary>
/// DiagnosticsOverlay is the in-app performance readout: a panel in the window's top-right corner
/// with frame time p50/p99/max over the last frames, frames shown and dropped, the last frame's dirty
/// pixels and widgets drawn and the text-cache hit rate, plus outlines of the dirty rectangles of the
/// last <see cref="TrailFrames"/> frames. The frame renderer draws it over the widget tree, so it is
/// always on top and never takes input. It repaints only its own panel (and erases outlines as they
/// age out) in frames that happen anyway: it never makes a frame of its own or dirties the window.
/// </summary>
/// <example>
/// <code>
/// var overlay = DiagnosticsOverlay.Install(window.Root); // F12 shows and hides it
/// </code>
/// </example>
public sealed class DiagnosticsOverlay : IDisposable
{
    /// <summary>TrailFrames is how many recent frames have their dirty rectangles outlined.</summary>
    public const int TrailFrames = 4;

    /// <summary>FrameWindow is how many recent frames the frame-time percentiles cover (4 s at 60 Hz: long enough to catch a periodic hitch such as a GC, short enough to follow a change).</summary>
    public const int FrameWindow = 240;

    // Logical-pixel geometry of the panel: eight 11 px lines fit a 15 px pitch; 196 px holds the
    // longest label plus a seven-digit value with its separators.
    private const float PanelWidth = 196;
    private const float PanelMargin = 8;
    private const float PanelPadding = 6;
    private const float LinePitch = 15;
    private const float FontSize = 11;

    private static readonly string[] LineLabels =
        ["frame p50 ms", "frame p99 ms", "frame max ms", "frames shown", "frames dropped", "dirty pixels", "widgets drawn", "text cache hits"];

    private readonly UiRoot _root;
    private readonly ShapedText[] _labels = new ShapedText[LineLabels.Length];
    private readonly NumericText[] _values = new NumericText[LineLabels.Length];
    private readonly FrameTimeWindow _frameTimes = new(FrameWindow);
    private readonly DirtyRectTrail _trail = new(TrailFrames);
    private readonly SKPaint _panelPaint = new() { Color = new SKColor(0x12, 0x14, 0x1C, 0xE0) };
    private readonly SKPaint _labelPaint = new() { Color = new SKColor(0xA8, 0xB0, 0xC0), IsAntialias = true };
    private readonly SKPaint _valuePaint = new() { Color = new SKColor(0xF2, 0xF4, 0xF8), IsAntialias = true };
    // Magenta: a colour no theme uses for content, so outlines read as annotations.
    private readonly SKPaint _outlinePaint = new() { Color = new SKColor(0xFF, 0x2D, 0xC8), Style = SKPaintStyle.Stroke };
    private HotkeyBinding? _hotkey;
    private bool _visible;
    private bool _skipTrail;
    private bool _disposed;
    private long _framesShown;
    private long _framesDropped;
    private long _pendingContentPixels = -1;
    private long _lastContentPixels;
    private int _lastWidgets;

    private DiagnosticsOverlay(UiRoot root)
    {
        _root = root;
        // Labels are shaped once with a private shaper, so the overlay never touches the text cache it reports on.
        var shaper = new TextShaper(FontSet.Default);
        var numeric = FontSet.Default.GetNumericFont(FontSpec.Mono(FontSize));
        for (int i = 0; i < LineLabels.Length; i++)
        {
            _labels[i] = shaper.Shape(LineLabels[i], FontSpec.Ui(FontSize));
            _values[i] = new NumericText(numeric);
        }
    }

    /// <summary>DefaultHotkey is F12, the key that shows and hides the overlay unless another is given.</summary>
    public static Hotkey DefaultHotkey => new(Key.F12);

    /// <summary>Install adds a hidden overlay to <paramref name="root"/> and binds F12 to show and hide it.</summary>
    /// <exception cref="InvalidOperationException">the root already has an overlay, or F12 is bound to something else.</exception>
    public static DiagnosticsOverlay Install(UiRoot root) => Install(root, DefaultHotkey);

    /// <summary>Install adds a hidden overlay to <paramref name="root"/> and binds <paramref name="hotkey"/> to show and hide it.</summary>
    /// <exception cref="InvalidOperationException">the root already has an overlay, or the hotkey is bound to something else.</exception>
    public static DiagnosticsOverlay Install(UiRoot root, Hotkey hotkey)
    {
        ArgumentNullException.ThrowIfNull(root);
        if (root.DiagnosticsOverlay != null) throw new InvalidOperationException("This root already has a diagnostics overlay; dispose it first.");
        var overlay = new DiagnosticsOverlay(root);
        overlay._hotkey = root.Hotkeys.Register(hotkey, "Show or hide the diagnostics overlay", overlay.Toggle);
        root.DiagnosticsOverlay = overlay;
        return overlay;
    }

    /// <summary>Root is the tree the overlay is drawn over.</summary>
    public UiRoot Root => _root;

    /// <summary>Hotkey is the key combination that toggles the overlay.</summary>
    public Hotkey Hotkey => _hotkey?.Hotkey ?? DefaultHotkey;

    /// <summary>IsVisible says whether the overlay is drawn; changing it repaints only the panel and the outlined rectangles.</summary>
    public bool IsVisible
    {
        get => _visible;
        set
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (value == _visible) return;
            _visible = value;
            var region = _root.DirtyRegion;
            region.Add(PanelDeviceRect());
            if (value)
            {
                // The frame that shows the panel is dirty only because of it: nothing to outline.
                _skipTrail = true;
            }
            else
            {
                _trail.AddAllTo(region);
            }
        }
    }

    /// <summary>FrameInterval is the display's refresh interval: a frame longer than it counts as dropped, once per refresh it overran (as FrameClock counts).</summary>
    public TimeSpan FrameInterval
    {
        get;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(value, TimeSpan.Zero);
            field = value;
        }
    } = TimeSpan.FromSeconds(1.0 / 60);

    /// <summary>TextCache is the cache whose hit rate the panel shows: the UI thread's cache that widgets use, unless set.</summary>
    public TextMeasureCache TextCache
    {
        get;
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            field = value;
        }
    } = TextMeasureCache.ForCurrentThread;

    /// <summary>FramesShown counts the frames rendered since the overlay was installed.</summary>
    public long FramesShown => _framesShown;

    /// <summary>FramesDropped counts the display refreshes missed by frames longer than <see cref="FrameInterval"/>.</summary>
    public long FramesDropped => _framesDropped;

    /// <summary>PanelBounds is where the panel is drawn, in logical window coordinates.</summary>
    public SKRect PanelBounds
    {
        get
        {
            var size = _root.LogicalSize;
            float height = (2 * PanelPadding) + (LineLabels.Length * LinePitch);
            float left = MathF.Max(0, size.Width - PanelMargin - PanelWidth);
            return new SKRect(left, PanelMargin, left + PanelWidth, PanelMargin + height);
        }
    }

    /// <summary>FixedFrameTime replaces measured frame times, so goldens of the panel do not depend on the machine's speed.</summary>
    internal TimeSpan? FixedFrameTime { get; set; }

    /// <summary>Toggle shows the overlay when hidden and hides it when shown.</summary>
    public void Toggle() => IsVisible = !IsVisible;

    /// <summary>Dispose hides the overlay, unbinds its hotkey and removes it from the root.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        IsVisible = false;
        _disposed = true;
        _hotkey?.Dispose();
        if (ReferenceEquals(_root.DiagnosticsOverlay, this)) _root.DiagnosticsOverlay = null;
        _panelPaint.Dispose();
        _labelPaint.Dispose();
        _valuePaint.Dispose();
        _outlinePaint.Dispose();
    }

    /// <summary>
    /// BeginFrame runs after layout, before the frame clips to <paramref name="region"/>: it remembers the
    /// content's dirty rectangles for outlining, then adds its panel and the aged-out outlines to the region.
    /// </summary>
    internal void BeginFrame(DirtyRegion region)
    {
        if (!_visible || region.IsEmpty) return;
        _pendingContentPixels = _skipTrail ? 0 : region.Area;
        _trail.Push(_skipTrail ? [] : region.Rects, region);
        _skipTrail = false;
        region.Add(PanelDeviceRect());
        UpdateValues();
    }

    /// <summary>Draw draws the outlines and the panel over the tree, on the frame's canvas still clipped to its dirty region.</summary>
    internal void Draw(SKCanvas canvas)
    {
        if (!_visible) return;
        int saved = canvas.Save();
        canvas.ResetMatrix();
        float scale = _root.Scale;
        float stroke = MathF.Max(1, MathF.Round(scale));
        float inset = stroke / 2;
        _outlinePaint.StrokeWidth = stroke;
        for (int frame = 0; frame < _trail.Frames; frame++)
        {
            // Every remembered outline is drawn each frame; the clip keeps it to the pixels this frame repainted.
            foreach (var r in _trail.Slot(frame))
            {
                canvas.DrawRect(new SKRect(r.Left + inset, r.Top + inset, r.Right - inset, r.Bottom - inset), _outlinePaint);
            }
        }

        canvas.Scale(scale);
        var panel = PanelBounds;
        canvas.DrawRect(panel, _panelPaint);
        float valueRight = panel.Right - PanelPadding;
        for (int i = 0; i < _labels.Length; i++)
        {
            var label = _labels[i];
            float top = panel.Top + PanelPadding + (i * LinePitch);
            float baseline = top + ((LinePitch - label.LineHeight) / 2) + label.Ascent;
            label.Draw(canvas, panel.Left + PanelPadding, baseline, _labelPaint);
            var value = _values[i];
            value.Draw(canvas, valueRight - value.Width, baseline, _valuePaint);
        }
        canvas.RestoreToCount(saved);
    }

    /// <summary>EndFrame counts a rendered frame: its time, whether it overran the refresh interval, its dirty pixels and widgets drawn.</summary>
    internal void EndFrame(in FrameStats stats)
    {
        var time = FixedFrameTime ?? stats.Elapsed;
        _frameTimes.Add(time);
        _framesShown++;
        if (time > FrameInterval) _framesDropped += time.Ticks / FrameInterval.Ticks;
        _lastContentPixels = _pendingContentPixels >= 0 ? _pendingContentPixels : stats.PixelsRepainted;
        _pendingContentPixels = -1;
        _lastWidgets = stats.WidgetsRendered;
    }

    /// <summary>UpdateValues writes the statistics up to the previous frame into the panel's number buffers (no allocation).</summary>
    private void UpdateValues()
    {
        if (_frameTimes.TryGetPercentiles(out var p50, out var p99, out var max))
        {
            SetMilliseconds(_values[0], p50);
            SetMilliseconds(_values[1], p99);
            SetMilliseconds(_values[2], max);
        }
        else
        {
            _values[0].Set("-");
            _values[1].Set("-");
            _values[2].Set("-");
        }

        bool any = _framesShown > 0;
        SetCount(_values[3], _framesShown, any);
        SetCount(_values[4], _framesDropped, any);
        SetCount(_values[5], _lastContentPixels, any);
        SetCount(_values[6], _lastWidgets, any);

        var cache = TextCache;
        long hits = cache.Hits, lookups = hits + cache.Misses;
        if (lookups == 0)
        {
            _values[7].Set("-");
        }
        else
        {
            Span<char> text = stackalloc char[NumericText.Capacity];
            NumericText.FormatFixedPoint(hits * 1000 / lookups, 1, false, text, out int written);
            text[written++] = '%';
            _values[7].Set(text[..written]);
        }
    }

    private static void SetMilliseconds(NumericText value, TimeSpan time) =>
        value.SetNumber((time.Ticks + (TimeSpan.TicksPerMillisecond / 200)) / (TimeSpan.TicksPerMillisecond / 100), 2);

    private static void SetCount(NumericText value, long count, bool known)
    {
        if (known) value.SetNumber(count, 0, groupThousands: true);
        else value.Set("-");
    }

    /// <summary>PanelDeviceRect is the panel in device pixels, grown like widget invalidations.</summary>
    private SKRectI PanelDeviceRect() => _root.Damage.ToDeviceGrown(PanelBounds);
}
