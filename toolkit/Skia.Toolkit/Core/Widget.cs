using SkiaSharp;

namespace Skia.Toolkit.Core;

/// <summary>
/// Widget is the base of every element in a retained tree: it has a parent, children, Bounds in its
/// parent's coordinates and three dirty bits (measure, arrange, paint). Subclasses measure and arrange
/// their children in <see cref="MeasureOverride"/> and <see cref="ArrangeOverride"/> and draw their own
/// content in <see cref="OnRender"/>; the renderer draws children itself.
/// </summary>
/// <remarks>
/// Drawing contract: OnRender draws inside the widget's own bounds (anti-aliased edges may spill by less
/// than one device pixel). Partial repaint relies on it: invalidations cover a widget's bounds grown by 1 px.
/// </remarks>
public abstract partial class Widget
{
    private readonly List<Widget> _children = [];
    private WidgetFlags _flags = WidgetFlags.MeasureDirty | WidgetFlags.ArrangeDirty | WidgetFlags.PaintDirty;
    private bool _isVisible = true;
    private bool _isEnabled = true;

    /// <summary>Name identifies the widget in markup snapshots and error messages; it has no effect on layout.</summary>
    public string? Name { get; set; }

    /// <summary>Parent is the widget that holds this one, or null for a root's content and detached widgets.</summary>
    public Widget? Parent { get; private set; }

    /// <summary>Children are the widgets this one holds, in drawing order (later ones on top).</summary>
    public IReadOnlyList<Widget> Children => _children;

    /// <summary>Root is the UiRoot this widget is attached to, or null while detached.</summary>
    public UiRoot? Root { get; private set; }

    /// <summary>ChildList gives the renderer and layout allocation-free indexed access to the children.</summary>
    internal List<Widget> ChildList => _children;

    internal WidgetFlags Flags
    {
        get => _flags;
        set => _flags = value;
    }

    /// <summary>IsMeasureDirty tells whether the desired size must be recomputed at the next layout pass.</summary>
    public bool IsMeasureDirty => (_flags & WidgetFlags.MeasureDirty) != 0;

    /// <summary>IsArrangeDirty tells whether the children must be placed again at the next layout pass.</summary>
    public bool IsArrangeDirty => (_flags & WidgetFlags.ArrangeDirty) != 0;

    /// <summary>IsPaintDirty tells whether the widget's pixels are stale and will be redrawn at the next frame.</summary>
    public bool IsPaintDirty => (_flags & WidgetFlags.PaintDirty) != 0;

    /// <summary>IsVisible hides the widget when false: it takes no space, is not drawn and gets no input.</summary>
    public bool IsVisible
    {
        get => _isVisible;
        set
        {
            if (_isVisible == value) return;
            if (!value)
            {
                InvalidateSubtreeArea();
                Root?.OnSubtreeHidden(this);
            }

            _isVisible = value;
            if (value)
            {
                ResetLayoutState(this);
            }

            InvalidateOwnSize();
        }
    }

    /// <summary>IsEnabled, when false, stops this widget and its descendants from receiving input.</summary>
    public bool IsEnabled
    {
        get => _isEnabled;
        set
        {
            if (_isEnabled == value) return;
            _isEnabled = value;
            if (!value) Root?.OnSubtreeHidden(this);
            InvalidatePaint();
        }
    }

    /// <summary>IsEffectivelyEnabled is true when this widget and every ancestor are enabled.</summary>
    public bool IsEffectivelyEnabled
    {
        get
        {
            for (var w = this; w != null; w = w.Parent)
            {
                if (!w._isEnabled) return false;
            }

            return true;
        }
    }

    /// <summary>IsEffectivelyVisible is true when this widget and every ancestor are visible and it is attached to a root.</summary>
    public bool IsEffectivelyVisible
    {
        get
        {
            if (Root == null) return false;
            for (var w = this; w != null; w = w.Parent)
            {
                if (!w._isVisible) return false;
            }

            return true;
        }
    }

    /// <summary>ClipToBounds, when true, clips this widget's children to its bounds (drawing and hit testing).</summary>
    public virtual bool ClipToBounds => false;

    /// <summary>
    /// IsClipSensitive tells the renderer that this widget draws anti-aliased curves or lines (rounded
    /// corners, chart lines). Skia's raster backend rasterises those slightly differently depending on
    /// the clip in force, so a partial repaint would not match a full one pixel for pixel; the raster
    /// renderer therefore draws such a widget unclipped into an offscreen buffer and copies the result
    /// through the clip. Axis-aligned rectangles, text and images come out identical under any clip and
    /// should leave this false (the offscreen pass costs a clear and a copy).
    /// </summary>
    protected internal virtual bool IsClipSensitive => false;

    /// <summary>
    /// IsLayoutBoundary tells whether this widget's own size does not depend on its children, so that a
    /// change inside it re-lays-out nothing outside it. By default a widget with both Width and Height set is one.
    /// </summary>
    public virtual bool IsLayoutBoundary => !float.IsNaN(_width) && !float.IsNaN(_height);

    /// <summary>AddChild appends <paramref name="child"/> to the children (drawn on top of the others).</summary>
    protected void AddChild(Widget child) => InsertChild(_children.Count, child);

    /// <summary>InsertChild puts <paramref name="child"/> at <paramref name="index"/> in the children.</summary>
    protected void InsertChild(int index, Widget child)
    {
        Hosting.UiThreadCheck.VerifyChange(this); // before the tree changes, so a refused change leaves it whole
        ArgumentNullException.ThrowIfNull(child);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(index, _children.Count);
        if (child.Parent != null)
        {
            throw new InvalidOperationException($"{child.GetType().Name} '{child.Name}' already has a parent ({child.Parent.GetType().Name}); remove it there first.");
        }

        if (child.Root != null)
        {
            throw new InvalidOperationException($"{child.GetType().Name} '{child.Name}' is the content of a UiRoot and cannot be a child.");
        }

        for (var w = this; w != null; w = w.Parent)
        {
            if (ReferenceEquals(w, child))
            {
                throw new InvalidOperationException($"{child.GetType().Name} '{child.Name}' cannot become a descendant of itself.");
            }
        }

        _children.Insert(index, child);
        child.Parent = this;
        if (Root != null && FindPlacementError(child) is { } misplaced)
        {
            // Refused before anything about the window changed: the tree is as it was.
            _children.RemoveAt(index);
            child.Parent = null;
            throw new InvalidOperationException(misplaced);
        }

        ResetLayoutState(child);
        if (Root != null) child.SetRoot(Root);
        InvalidateMeasure();
    }

    /// <summary>RemoveChild takes <paramref name="child"/> out of the children; returns false if it was not one.</summary>
    protected bool RemoveChild(Widget child)
    {
        ArgumentNullException.ThrowIfNull(child);
        int index = _children.IndexOf(child);
        if (index < 0) return false;
        RemoveChildAt(index);
        return true;
    }

    /// <summary>RemoveChildAt takes the child at <paramref name="index"/> out of the children.</summary>
    protected void RemoveChildAt(int index)
    {
        Hosting.UiThreadCheck.VerifyChange(this);
        var child = _children[index];
        child.InvalidateSubtreeArea();
        Root?.OnSubtreeDetaching(child);
        _children.RemoveAt(index);
        child.Parent = null;
        child.SetRoot(null);
        InvalidateMeasure();
    }

    /// <summary>ClearChildren removes every child.</summary>
    protected void ClearChildren()
    {
        for (int i = _children.Count - 1; i >= 0; i--)
        {
            RemoveChildAt(i);
        }
    }

    /// <summary>PaintsInsideBounds tells the renderer that this widget never draws outside its bounds (not even anti-aliased edges), so moved pixels next to it need no 1 px margin.</summary>
    internal virtual bool PaintsInsideBounds => false;

    /// <summary>InvalidatePaint marks the widget's pixels stale: its window-pixel bounds join the root's dirty region.</summary>
    public void InvalidatePaint()
    {
        Hosting.UiThreadCheck.VerifyChange(this);
        _flags |= WidgetFlags.PaintDirty;
        Root?.Damage.Invalidate(ClipToAncestors(_windowBounds));
    }

    /// <summary>
    /// InvalidatePaintAt asks for this widget to be repainted by the first frame at or after
    /// <paramref name="timestamp"/> (in the window clock's units, <see cref="Rendering.Damage.DamageTracker.Time"/>):
    /// a look that changes with time, not input, asks for the moment it changes instead of changing while painting.
    /// Ignored while the widget is detached.
    /// </summary>
    public void InvalidatePaintAt(long timestamp)
    {
        Hosting.UiThreadCheck.VerifyChange(this);
        Root?.Damage.InvalidateAt(this, timestamp);
    }

    /// <summary>
    /// OnRepaintDue runs before the first frame at or after a time asked for with <see cref="InvalidatePaintAt"/>,
    /// with that frame's time; it may change state and the tree. By default it repaints the widget.
    /// </summary>
    protected virtual void OnRepaintDue(long frameTime) => InvalidatePaint();

    /// <summary>RaiseRepaintDue lets the damage tracker call <see cref="OnRepaintDue"/>.</summary>
    internal void RaiseRepaintDue(long frameTime) => OnRepaintDue(frameTime);

    /// <summary>
    /// DropCachedLayout forgets what this widget kept from an earlier measure or paint (a shaped text layout, ...),
    /// for a re-measure that must not trust it: a theme change or a hot reload of code. By default there is nothing to drop.
    /// </summary>
    internal virtual void DropCachedLayout()
    {
    }

    /// <summary>OnRootChanged runs when the widget joins a window's tree, leaves it, or moves to another.</summary>
    internal virtual void OnRootChanged(UiRoot? old, UiRoot? now)
    {
    }

    /// <summary>OnRender draws this widget's own content in its own coordinates (0,0 is the top-left of Bounds); children are drawn by the renderer.</summary>
    protected virtual void OnRender(SKCanvas canvas)
    {
    }

    /// <summary>Render lets the frame renderer call <see cref="OnRender"/>.</summary>
    internal void Render(SKCanvas canvas)
    {
        _flags &= ~WidgetFlags.PaintDirty;
        OnRender(canvas);
    }

    /// <summary>DescribeMarkup adds this widget's own properties to its line in the markup snapshot (see <see cref="UiRoot.ToMarkup"/>).</summary>
    protected virtual void DescribeMarkup(MarkupWriter w)
    {
    }

    internal void WriteMarkup(MarkupWriter w) => DescribeMarkup(w);

    /// <summary>
    /// PlacementError says why this widget cannot work where it now stands in a window's tree (for example a
    /// <c>ComboBox</c> with no <c>PopupHost</c> above it), or null when it can. It is asked when the widget joins a
    /// window's tree, so a misuse fails there, not at first use.
    /// </summary>
    internal virtual string? PlacementError() => null;

    /// <summary>FindPlacementError returns the first <see cref="PlacementError"/> in <paramref name="subtree"/>, or null.</summary>
    internal static string? FindPlacementError(Widget subtree)
    {
        if (subtree.PlacementError() is { } error) return error;
        for (int i = 0; i < subtree._children.Count; i++)
        {
            if (FindPlacementError(subtree._children[i]) is { } inner) return inner;
        }

        return null;
    }

    internal void SetRoot(UiRoot? root)
    {
        var old = Root;
        Root = root;
        if (!ReferenceEquals(old, root))
        {
            old?.Damage.Forget(this);
            OnRootChanged(old, root);
        }
        for (int i = 0; i < _children.Count; i++)
        {
            _children[i].SetRoot(root);
        }
    }

    /// <summary>ResetLayoutState marks a subtree as never laid out, so that joining a tree or becoming visible lays it out and paints it afresh.</summary>
    internal static void ResetLayoutState(Widget w)
    {
        w._flags = (w._flags & ~(WidgetFlags.HasArranged | WidgetFlags.HasMeasured | WidgetFlags.InLayoutQueue | WidgetFlags.PointerOver))
            | WidgetFlags.MeasureDirty | WidgetFlags.ArrangeDirty | WidgetFlags.PaintDirty;
        w._windowBounds = SKRect.Empty;
        for (int i = 0; i < w._children.Count; i++)
        {
            ResetLayoutState(w._children[i]);
        }
    }

    /// <summary>InvalidateSubtreeArea adds the window area of this widget and every visible descendant to the dirty region (before it disappears or moves away).</summary>
    internal void InvalidateSubtreeArea()
    {
        if (Root == null || !IsEffectivelyVisible) return;
        InvalidateSubtreeAreaCore(Root);
    }

    private void InvalidateSubtreeAreaCore(UiRoot root)
    {
        root.Damage.Invalidate(ClipToAncestors(_windowBounds));
        for (int i = 0; i < _children.Count; i++)
        {
            var child = _children[i];
            if (child._isVisible) child.InvalidateSubtreeAreaCore(root);
        }
    }

    /// <summary>ClipToAncestors intersects a window rectangle with the clips of every clipping ancestor; empty when an ancestor is hidden.</summary>
    internal SKRect ClipToAncestors(SKRect windowRect)
    {
        if (windowRect.IsEmpty) return SKRect.Empty;
        for (var p = Parent; p != null; p = p.Parent)
        {
            if (!p._isVisible) return SKRect.Empty;
            if (p.ClipToBounds)
            {
                windowRect = SKRect.Intersect(windowRect, p._windowBounds);
                if (windowRect.IsEmpty) return SKRect.Empty;
            }
        }

        return windowRect;
    }

    /// <summary>Depth counts the ancestors (0 for a root's content).</summary>
    internal int Depth
    {
        get
        {
            int depth = 0;
            for (var p = Parent; p != null; p = p.Parent) depth++;
            return depth;
        }
    }

    /// <summary>IsDescendantOf tells whether <paramref name="ancestor"/> is this widget or one of its ancestors.</summary>
    public bool IsDescendantOf(Widget ancestor)
    {
        for (var w = this; w != null; w = w.Parent)
        {
            if (ReferenceEquals(w, ancestor)) return true;
        }

        return false;
    }
}
