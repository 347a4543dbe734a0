using SkiaSharp;

namespace Skia.Toolkit.Core;

/// <summary>Widget's layout half: size properties, Measure/Arrange and the layout dirty bits.</summary>
public abstract partial class Widget
{
    private float _width = float.NaN;
    private float _height = float.NaN;
    private float _minWidth;
    private float _minHeight;
    private float _maxWidth = float.PositiveInfinity;
    private float _maxHeight = float.PositiveInfinity;
    private Thickness _margin;
    private HorizontalAlignment _horizontalAlignment;
    private VerticalAlignment _verticalAlignment;
    private SKSize _lastAvailable;
    private SKRect _lastFinalRect;
    private SKPoint _lastParentOrigin;
    private SKSize _measuredSize;
    private SKRect _windowBounds = SKRect.Empty;

    /// <summary>Bounds is where the last Arrange put this widget, in its parent's coordinates (logical pixels).</summary>
    public SKRect Bounds { get; private set; }

    /// <summary>BoundsInWindow is <see cref="Bounds"/> in logical window coordinates.</summary>
    public SKRect BoundsInWindow => _windowBounds;

    /// <summary>DesiredSize is what the last Measure returned, margins included.</summary>
    public SKSize DesiredSize { get; private set; }

    /// <summary>LastAvailableSize is the available size of the last Measure (used to re-measure a layout boundary in place).</summary>
    internal SKSize LastAvailableSize => _lastAvailable;

    /// <summary>LastFinalRect is the rectangle of the last Arrange (used to re-arrange in place).</summary>
    internal SKRect LastFinalRect => _lastFinalRect;

    /// <summary>Width is the fixed width in logical pixels, or NaN (the default) to size to content or stretch.</summary>
    public float Width
    {
        get => _width;
        set => SetSizeProperty(ref _width, value, nameof(Width), SizeKind.Auto);
    }

    /// <summary>Height is the fixed height in logical pixels, or NaN (the default) to size to content or stretch.</summary>
    public float Height
    {
        get => _height;
        set => SetSizeProperty(ref _height, value, nameof(Height), SizeKind.Auto);
    }

    /// <summary>MinWidth is the smallest width layout may give (default 0).</summary>
    public float MinWidth
    {
        get => _minWidth;
        set => SetSizeProperty(ref _minWidth, value, nameof(MinWidth), SizeKind.Finite);
    }

    /// <summary>MinHeight is the smallest height layout may give (default 0).</summary>
    public float MinHeight
    {
        get => _minHeight;
        set => SetSizeProperty(ref _minHeight, value, nameof(MinHeight), SizeKind.Finite);
    }

    /// <summary>MaxWidth is the largest width layout may give (default infinity).</summary>
    public float MaxWidth
    {
        get => _maxWidth;
        set => SetSizeProperty(ref _maxWidth, value, nameof(MaxWidth), SizeKind.Max);
    }

    /// <summary>MaxHeight is the largest height layout may give (default infinity).</summary>
    public float MaxHeight
    {
        get => _maxHeight;
        set => SetSizeProperty(ref _maxHeight, value, nameof(MaxHeight), SizeKind.Max);
    }

    /// <summary>Margin is the empty space around the widget, outside its Bounds.</summary>
    public Thickness Margin
    {
        get => _margin;
        set
        {
            if (_margin == value) return;
            _margin = value;
            InvalidateOwnSize();
        }
    }

    /// <summary>HorizontalAlignment places the widget in the width its parent gives it.</summary>
    public HorizontalAlignment HorizontalAlignment
    {
        get => _horizontalAlignment;
        set
        {
            if (_horizontalAlignment == value) return;
            _horizontalAlignment = value;
            InvalidateArrange();
        }
    }

    /// <summary>VerticalAlignment places the widget in the height its parent gives it.</summary>
    public VerticalAlignment VerticalAlignment
    {
        get => _verticalAlignment;
        set
        {
            if (_verticalAlignment == value) return;
            _verticalAlignment = value;
            InvalidateArrange();
        }
    }

    private enum SizeKind
    {
        Auto,
        Finite,
        Max,
    }

    private void SetSizeProperty(ref float field, float value, string name, SizeKind kind)
    {
        switch (kind)
        {
            case SizeKind.Auto: LayoutGuard.CheckAutoLength(value, name); break;
            case SizeKind.Finite: LayoutGuard.CheckFiniteLength(value, name); break;
            default: LayoutGuard.CheckMaxLength(value, name); break;
        }

        if (field.Equals(value)) return;
        field = value;
        InvalidateOwnSize();
    }

    /// <summary>InvalidateOwnSize is for changes to this widget's own size rules: it and its parent must measure again, even across a layout boundary.</summary>
    private protected void InvalidateOwnSize()
    {
        InvalidateMeasure();
        Parent?.InvalidateMeasure();
    }

    /// <summary>
    /// InvalidateMeasure marks this widget's desired size stale. The mark travels up to the nearest layout
    /// boundary, which the root re-measures in place at the next layout pass; nothing above it is touched.
    /// </summary>
    public void InvalidateMeasure()
    {
        Hosting.UiThreadCheck.VerifyChange(this);
        var w = this;
        while (true)
        {
            w._flags |= WidgetFlags.MeasureDirty | WidgetFlags.ArrangeDirty;
            if (w.Parent == null || w.IsLayoutBoundary)
            {
                w.Root?.ScheduleLayout(w);
                return;
            }

            w = w.Parent;
        }
    }

    /// <summary>InvalidateArrange marks this widget's children placement stale; it is re-arranged in place at the next layout pass.</summary>
    public void InvalidateArrange()
    {
        Hosting.UiThreadCheck.VerifyChange(this);
        _flags |= WidgetFlags.ArrangeDirty;
        Root?.ScheduleLayout(this);
    }

    /// <summary>Measure computes and returns <see cref="DesiredSize"/> for the given available space (infinity allowed; NaN and negative are not).</summary>
    public SKSize Measure(SKSize available)
    {
        LayoutGuard.CheckAvailable(available, nameof(available));
        if (!_isVisible)
        {
            _lastAvailable = available;
            DesiredSize = SKSize.Empty;
            _flags = (_flags & ~WidgetFlags.MeasureDirty) | WidgetFlags.HasMeasured;
            return DesiredSize;
        }

        if ((_flags & (WidgetFlags.MeasureDirty | WidgetFlags.HasMeasured)) == WidgetFlags.HasMeasured && available == _lastAvailable)
        {
            return DesiredSize;
        }

        _lastAvailable = available;
        var margin = _margin;
        var (minW, maxW) = MinMax(_width, _minWidth, _maxWidth);
        var (minH, maxH) = MinMax(_height, _minHeight, _maxHeight);
        float aw = Math.Max(minW, Math.Min(Math.Max(0, available.Width - margin.Horizontal), maxW));
        float ah = Math.Max(minH, Math.Min(Math.Max(0, available.Height - margin.Vertical), maxH));

        var size = MeasureOverride(new SKSize(aw, ah));
        LayoutGuard.CheckMeasured(this, size);

        float w = Math.Min(Math.Max(size.Width, minW), maxW);
        float h = Math.Min(Math.Max(size.Height, minH), maxH);
        _measuredSize = new SKSize(w, h);

        // Like WPF, the desired size never exceeds what was offered; the widget is clipped or overflows at arrange time.
        var desired = new SKSize(
            Math.Max(0, Math.Min(w + margin.Horizontal, available.Width)),
            Math.Max(0, Math.Min(h + margin.Vertical, available.Height)));
        if (desired != DesiredSize) _flags |= WidgetFlags.ArrangeDirty;
        DesiredSize = desired;
        _flags = (_flags & ~WidgetFlags.MeasureDirty) | WidgetFlags.HasMeasured;
        return desired;
    }

    /// <summary>Arrange places the widget inside <paramref name="finalRect"/> (parent coordinates) according to its margin, size and alignment, and arranges its children.</summary>
    public void Arrange(SKRect finalRect)
    {
        LayoutGuard.CheckFinalRect(finalRect, nameof(finalRect));
        if (!_isVisible)
        {
            _lastFinalRect = finalRect;
            _flags = (_flags & ~WidgetFlags.ArrangeDirty) | WidgetFlags.HasArranged;
            return;
        }

        var parentOrigin = Parent == null ? SKPoint.Empty : Parent._windowBounds.Location;
        if ((_flags & (WidgetFlags.MeasureDirty | WidgetFlags.ArrangeDirty | WidgetFlags.HasArranged)) == WidgetFlags.HasArranged
            && finalRect == _lastFinalRect)
        {
            if (parentOrigin != _lastParentOrigin) ShiftWindowBounds(parentOrigin);
            return;
        }

        if ((_flags & (WidgetFlags.MeasureDirty | WidgetFlags.HasMeasured)) != WidgetFlags.HasMeasured)
        {
            Measure((_flags & WidgetFlags.HasMeasured) != 0 ? _lastAvailable : finalRect.Size);
        }

        _lastFinalRect = finalRect;
        var margin = _margin;
        float slotW = Math.Max(0, finalRect.Width - margin.Horizontal);
        float slotH = Math.Max(0, finalRect.Height - margin.Vertical);
        var (minW, maxW) = MinMax(_width, _minWidth, _maxWidth);
        var (minH, maxH) = MinMax(_height, _minHeight, _maxHeight);
        float w = _horizontalAlignment == HorizontalAlignment.Stretch ? slotW : _measuredSize.Width;
        float h = _verticalAlignment == VerticalAlignment.Stretch ? slotH : _measuredSize.Height;
        w = Math.Min(Math.Max(w, minW), maxW);
        h = Math.Min(Math.Max(h, minH), maxH);
        float x = _horizontalAlignment switch
        {
            HorizontalAlignment.Left => 0,
            HorizontalAlignment.Right => slotW - w,
            _ => (slotW - w) / 2,
        };
        float y = _verticalAlignment switch
        {
            VerticalAlignment.Top => 0,
            VerticalAlignment.Bottom => slotH - h,
            _ => (slotH - h) / 2,
        };

        float left = finalRect.Left + margin.Left + x;
        float top = finalRect.Top + margin.Top + y;
        Bounds = SnapToDevicePixels(new SKRect(left, top, left + w, top + h));
        _flags |= WidgetFlags.HasArranged;
        UpdateWindowBounds(parentOrigin);
        ArrangeOverride(Bounds.Size);
        _flags &= ~WidgetFlags.ArrangeDirty;
    }

    /// <summary>MeasureOverride returns the size this widget wants inside <paramref name="available"/> (margins already removed); containers measure their children here. The default wants nothing.</summary>
    protected virtual SKSize MeasureOverride(SKSize available) => SKSize.Empty;

    /// <summary>ArrangeOverride places the children inside <paramref name="finalSize"/> (own coordinates). The default gives every child the whole area.</summary>
    protected virtual void ArrangeOverride(SKSize finalSize)
    {
        var rect = new SKRect(0, 0, finalSize.Width, finalSize.Height);
        for (int i = 0; i < _children.Count; i++)
        {
            _children[i].Arrange(rect);
        }
    }

    /// <summary>MinMax folds Width/Min/Max into the effective lower and upper bound, as WPF does (Min wins over Max, Width sits between).</summary>
    private static (float Min, float Max) MinMax(float fixedSize, float min, float max)
    {
        float upper = Math.Max(Math.Min(float.IsNaN(fixedSize) ? float.PositiveInfinity : fixedSize, max), min);
        float lower = Math.Max(Math.Min(max, float.IsNaN(fixedSize) ? 0 : fixedSize), min);
        return (lower, upper);
    }

    /// <summary>SnapToDevicePixels rounds the edges to the device-pixel grid so lines stay crisp and partial repaints are exact.</summary>
    private SKRect SnapToDevicePixels(SKRect rect)
    {
        float scale = Root?.Scale ?? 1f;
        return new SKRect(
            MathF.Round(rect.Left * scale) / scale,
            MathF.Round(rect.Top * scale) / scale,
            MathF.Round(rect.Right * scale) / scale,
            MathF.Round(rect.Bottom * scale) / scale);
    }

    /// <summary>UpdateWindowBounds recomputes the window rectangle after Bounds changed; when it moved, the old and new areas are repainted, unless it moved with its pixels inside a scroll scope (<see cref="Rendering.Damage.DamageTracker.BeginScroll"/>).</summary>
    private void UpdateWindowBounds(SKPoint parentOrigin)
    {
        _lastParentOrigin = parentOrigin;
        var bounds = Bounds;
        var window = new SKRect(parentOrigin.X + bounds.Left, parentOrigin.Y + bounds.Top, parentOrigin.X + bounds.Right, parentOrigin.Y + bounds.Bottom);
        if (window == _windowBounds) return;
        var root = Root;
        if (root != null && !(root.Damage.IsScrollScopeOpen && root.Damage.FollowsScrolledPixels(this, _windowBounds, window)))
        {
            root.Damage.Invalidate(ClipToAncestors(_windowBounds));
            _windowBounds = window;
            root.Damage.Invalidate(ClipToAncestors(window));
        }
        else
        {
            _windowBounds = window;
        }
    }

    /// <summary>ShiftWindowBounds follows a parent that moved without changing this widget's own layout: it moves the window rectangles of the whole subtree.</summary>
    private void ShiftWindowBounds(SKPoint parentOrigin)
    {
        UpdateWindowBounds(parentOrigin);
        var origin = _windowBounds.Location;
        for (int i = 0; i < _children.Count; i++)
        {
            var child = _children[i];
            if (child._isVisible && (child._flags & WidgetFlags.HasArranged) != 0) child.ShiftWindowBounds(origin);
        }
    }
}
