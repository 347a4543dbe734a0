using Skia.Toolkit.Input;
using Skia.Toolkit.Rendering;
using Skia.Toolkit.Rendering.Damage;
using SkiaSharp;

namespace Skia.Toolkit.Core;

/// <summary>
/// UiRoot is the front of one window's widget tree: its size and scale, and the services the tree's widgets
/// use: the <see cref="LayoutQueue"/> of dirty layout boundaries, the <see cref="Damage"/> tracker (dirty
/// region, pixel moves, timed repaints), input dispatch and focus, theme, hotkeys and clipboard.
/// </summary>
/// <remarks>One thread (the UI thread) owns a root and its tree; nothing here is thread-safe.</remarks>
public sealed partial class UiRoot
{
    private readonly LayoutQueue _layout = new();

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
        Damage = new DamageTracker(pixelSize, scale);
        Input = new InputRouter(this);
        Content = content;
        Widget.ResetLayoutState(content);
        if (Widget.FindPlacementError(content) is { } misplaced) throw new InvalidOperationException(misplaced);
        content.SetRoot(this);
        ScheduleLayout(content);
        Damage.InvalidateAll();
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
            Damage.InvalidateAll();
        }
    } = Theming.Theme.Dark.Background;

    /// <summary>Damage is what the next frame must repaint and when: the dirty region, pending pixel moves and repaints asked for at a time, with the window's clock.</summary>
    public DamageTracker Damage { get; }

    /// <summary>DiagnosticsOverlay is the overlay installed with <see cref="Diagnostics.DiagnosticsOverlay.Install(UiRoot)"/>, or null.</summary>
    public Diagnostics.DiagnosticsOverlay? DiagnosticsOverlay { get; internal set; }

    /// <summary>DirtyRegion is the part of the window, in device pixels, that the next frame must repaint (<see cref="Damage"/>'s region).</summary>
    public DirtyRegion DirtyRegion => Damage.Region;

    /// <summary>IsLayoutPending tells whether a layout pass has work to do.</summary>
    public bool IsLayoutPending => _layout.IsPending;

    /// <summary>NeedsFrame tells whether the next frame would draw anything: layout pending, dirty pixels or a timed repaint come due.</summary>
    public bool NeedsFrame => _layout.IsPending || !Damage.Region.IsEmpty || Damage.IsRepaintDue;

    /// <summary>LayoutPasses counts the layout passes that had work (a widget tells one pass from the next with it).</summary>
    internal long LayoutPasses => _layout.Passes;

    /// <summary>Resize changes the window's pixel size and scale; the whole window is repainted.</summary>
    public void Resize(SKSizeI pixelSize, float scale)
    {
        CheckSize(pixelSize, scale);
        if (pixelSize == PixelSize && scale == Scale) return;
        bool scaleChanged = scale != Scale;
        PixelSize = pixelSize;
        Scale = scale;
        Damage.Resize(pixelSize, scale);
        if (scaleChanged)
        {
            // Bounds are snapped to device pixels, so a new scale means every widget must be placed again.
            Widget.ResetLayoutState(Content);
        }

        Content.InvalidateMeasure();
        ScheduleLayout(Content);
        Damage.InvalidateAll();
    }

    /// <summary>UpdateLayout measures and arranges every dirty layout boundary, shallowest first; widgets outside them are not touched.</summary>
    public void UpdateLayout() => _layout.Run(this);

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

    /// <summary>ScheduleLayout queues a dirty layout boundary for the next layout pass.</summary>
    internal void ScheduleLayout(Widget widget) => _layout.Schedule(widget);

    /// <summary>
    /// Owner is the dispatcher of the window showing this root (set by <see cref="Hosting.UiThreadCheck.Register"/>), or null
    /// for a root no window shows; widget invalidations check it so that a change from another thread throws.
    /// </summary>
    internal Threading.UiDispatcher? Owner
    {
        get => _owner;
        set
        {
            _owner = value;
            OwnerThreadId = value?.UiThreadId ?? 0;
        }
    }

    /// <summary>OwnerThreadId is <see cref="Owner"/>'s UI thread's managed id, 0 while no window shows this root (a field, for the per-invalidation check).</summary>
    internal int OwnerThreadId { get; private set; }

    private Threading.UiDispatcher? _owner;

    /// <summary>ReloadAll drops every widget's cached layout, re-measures the whole tree and repaints the whole window (a hot reload of code).</summary>
    internal void ReloadAll()
    {
        InvalidateMeasureDeep(Content);
        Damage.InvalidateAll();
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
