using System.Text;
using Skia.Toolkit.Rendering;
using SkiaSharp;

namespace Skia.Toolkit.Core;

/// <summary>
/// UiRoot owns a widget tree for one window: its size and scale, the layout queue of dirty layout
/// boundaries, the <see cref="Rendering.DirtyRegion"/>, hit testing, focus and input dispatch.
/// </summary>
/// <remarks>One thread (the UI thread) owns a root and its tree; nothing here is thread-safe.</remarks>
public sealed partial class UiRoot
{
    // Guards against a widget that keeps invalidating itself during layout (a layout cycle).
    private const int MaxLayoutStepsPerPass = 1_000_000;

    // Dirty layout boundaries with their depth; kept sorted deepest first (so the shallowest pops off the
    // end) and re-sorted only after new entries arrive, so a pass over n boundaries costs O(n log n).
    private readonly List<(int Depth, Widget Widget)> _layoutQueue = [];
    private bool _layoutQueueSorted = true;

    /// <summary>UiRoot creates a root for <paramref name="content"/> in a window of <paramref name="pixelSize"/> device pixels at <paramref name="scale"/> device pixels per logical pixel.</summary>
    public UiRoot(Widget content, SKSizeI pixelSize, float scale = 1)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Parent != null || content.Root != null)
        {
            throw new ArgumentException($"{content.GetType().Name} '{content.Name}' already belongs to a tree.", nameof(content));
        }

        CheckSize(pixelSize, scale);
        PixelSize = pixelSize;
        Scale = scale;
        DirtyRegion = new DirtyRegion(pixelSize);
        Content = content;
        Widget.ResetLayoutState(content);
        content.SetRoot(this);
        ScheduleLayout(content);
        DirtyRegion.AddAll();
    }

    /// <summary>Content is the widget filling the window.</summary>
    public Widget Content { get; }

    /// <summary>PixelSize is the window size in device pixels.</summary>
    public SKSizeI PixelSize { get; private set; }

    /// <summary>Scale is the number of device pixels per logical pixel (2 on a typical HiDPI screen).</summary>
    public float Scale { get; private set; }

    /// <summary>LogicalSize is the window size in logical pixels (PixelSize divided by Scale).</summary>
    public SKSize LogicalSize => new(PixelSize.Width / Scale, PixelSize.Height / Scale);

    /// <summary>Background is the colour the window is cleared to under the widgets: the theme's background (<see cref="Theming.Theme.Dark"/> until a theme is set), until set otherwise; setting <see cref="Theme"/> replaces it.</summary>
    public SKColor Background
    {
        get;
        set
        {
            if (field == value) return;
            field = value;
            DirtyRegion.AddAll();
        }
    } = Theming.Theme.Dark.Background;

    // Widgets that asked, while a frame was rendering, to be repainted by the next frame (the renderer clears
    // the dirty region after drawing, so an invalidation made during render would otherwise be lost).
    private readonly List<Widget> _repaintNextFrame = [];

    /// <summary>InvalidatePaintNextFrame asks for <paramref name="widget"/> to be repainted by the frame after the one being rendered.</summary>
    internal void InvalidatePaintNextFrame(Widget widget)
    {
        if (!_repaintNextFrame.Contains(widget)) _repaintNextFrame.Add(widget);
    }

    /// <summary>ApplyNextFrameInvalidations turns the deferred requests into dirty rectangles; the renderer calls it after clearing the region.</summary>
    internal void ApplyNextFrameInvalidations()
    {
        for (int i = 0; i < _repaintNextFrame.Count; i++)
        {
            var w = _repaintNextFrame[i];
            if (ReferenceEquals(w.Root, this)) w.InvalidatePaint();
        }
        _repaintNextFrame.Clear();
    }

    /// <summary>DirtyRegion is the part of the window, in device pixels, that the next frame must repaint.</summary>
    public DirtyRegion DirtyRegion { get; }

    /// <summary>IsLayoutPending tells whether a layout pass has work to do.</summary>
    public bool IsLayoutPending => _layoutQueue.Count > 0;

    /// <summary>NeedsFrame tells whether the next frame would draw anything (layout pending or dirty pixels).</summary>
    public bool NeedsFrame => _layoutQueue.Count > 0 || !DirtyRegion.IsEmpty;

    /// <summary>Resize changes the window's pixel size and scale; the whole window is repainted.</summary>
    public void Resize(SKSizeI pixelSize, float scale)
    {
        CheckSize(pixelSize, scale);
        if (pixelSize == PixelSize && scale == Scale) return;
        bool scaleChanged = scale != Scale;
        PixelSize = pixelSize;
        Scale = scale;
        DirtyRegion.Resize(pixelSize);
        if (scaleChanged)
        {
            // Bounds are snapped to device pixels, so a new scale means every widget must be placed again.
            Widget.ResetLayoutState(Content);
        }

        Content.InvalidateMeasure();
        ScheduleLayout(Content);
        DirtyRegion.AddAll();
    }

    /// <summary>UpdateLayout measures and arranges every dirty layout boundary, shallowest first; widgets outside them are not touched.</summary>
    public void UpdateLayout()
    {
        int steps = 0;
        while (_layoutQueue.Count > 0)
        {
            if (++steps > MaxLayoutStepsPerPass)
            {
                throw new InvalidOperationException("Layout did not settle: a widget keeps invalidating layout while being laid out.");
            }

            var w = TakeShallowest();
            if (!ReferenceEquals(w.Root, this) || (w.Flags & (WidgetFlags.MeasureDirty | WidgetFlags.ArrangeDirty)) == 0) continue;

            if (ReferenceEquals(w, Content))
            {
                var logical = LogicalSize;
                Content.Measure(logical);
                Content.Arrange(new SKRect(0, 0, logical.Width, logical.Height));
                continue;
            }

            if (!w.IsEffectivelyVisible)
            {
                // A hidden ancestor will lay this subtree out when it is shown (showing resets its layout state).
                continue;
            }

            if ((w.Flags & WidgetFlags.HasArranged) == 0)
            {
                // Never placed: only its parent knows where it goes.
                w.Parent!.InvalidateMeasure();
                continue;
            }

            if (w.IsMeasureDirty)
            {
                var before = w.DesiredSize;
                w.Measure(w.LastAvailableSize);
                if (w.DesiredSize != before)
                {
                    // The boundary's size changed after all (a custom IsLayoutBoundary that was wrong): escalate.
                    w.Parent!.InvalidateMeasure();
                    continue;
                }
            }

            w.Arrange(w.LastFinalRect);
        }
    }

    /// <summary>ToMarkup writes the tree as indented text: one line per widget with its type, #name, bounds (parent coordinates; left out inside hidden subtrees), hidden/disabled marks and the properties it describes.</summary>
    public string ToMarkup()
    {
        var writer = new MarkupWriter();
        WriteMarkup(writer, Content, 0);
        return writer.ToString();
    }

    private static void WriteMarkup(MarkupWriter writer, Widget widget, int depth)
    {
        writer.BeginLine(depth, widget);
        widget.WriteMarkup(writer);
        writer.EndLine();
        var children = widget.ChildList;
        for (int i = 0; i < children.Count; i++)
        {
            WriteMarkup(writer, children[i], depth + 1);
        }
    }

    internal void ScheduleLayout(Widget widget)
    {
        if ((widget.Flags & WidgetFlags.InLayoutQueue) != 0) return;
        widget.Flags |= WidgetFlags.InLayoutQueue;
        _layoutQueue.Add((widget.Depth, widget));
        _layoutQueueSorted = false;
    }

    private Widget TakeShallowest()
    {
        if (!_layoutQueueSorted)
        {
            _layoutQueue.Sort(static (a, b) => b.Depth.CompareTo(a.Depth));
            _layoutQueueSorted = true;
        }

        var w = _layoutQueue[^1].Widget;
        _layoutQueue.RemoveAt(_layoutQueue.Count - 1);
        w.Flags &= ~WidgetFlags.InLayoutQueue;
        return w;
    }

    /// <summary>InvalidateWindowRect adds a logical window rectangle to the dirty region, snapped outward to device pixels and grown by 1 px for anti-aliased edges.</summary>
    internal void InvalidateWindowRect(SKRect logical)
    {
        if (logical.IsEmpty) return;
        float s = Scale;
        DirtyRegion.Add(new SKRectI(
            (int)MathF.Floor(logical.Left * s) - 1,
            (int)MathF.Floor(logical.Top * s) - 1,
            (int)MathF.Ceiling(logical.Right * s) + 1,
            (int)MathF.Ceiling(logical.Bottom * s) + 1));
    }

    private static void CheckSize(SKSizeI pixelSize, float scale)
    {
        if (pixelSize.Width <= 0 || pixelSize.Height <= 0)
        {
            throw new ArgumentException($"A window needs a positive pixel size, got {pixelSize.Width}x{pixelSize.Height}.", nameof(pixelSize));
        }

        if (!float.IsFinite(scale) || scale <= 0)
        {
            throw new ArgumentException($"Scale must be finite and positive, got {scale}.", nameof(scale));
        }
    }
}
