using Skia.Toolkit.Core;
using Skia.Toolkit.Input;
using Skia.Toolkit.Rendering;
using SkiaSharp;

namespace Skia.Toolkit.Widgets;

/// <summary>
/// ScrollBar shows and sets a scroll position: its thumb's length is the visible share of the content and its
/// place the position. Dragging the thumb scrolls with the pointer, a press on the track pages one viewport
/// towards the press, and the wheel steps; there is no kinetic scrolling. A <see cref="ScrollViewer"/> drives two.
/// </summary>
public sealed class ScrollBar : Control
{
    /// <summary>Thickness is the bar's size across its axis, in logical pixels: thin enough for dense panels, wide enough to grab.</summary>
    public const float Thickness = 12;

    // The thumb never gets shorter than this, so it stays grabbable over very long content.
    private const float MinThumbLength = 20;

    private Orientation _orientation;
    private float _value;
    private float _maximum;
    private float _viewport;
    private float _grab = float.NaN;

    /// <summary>ScrollBar creates a bar along <paramref name="orientation"/>.</summary>
    public ScrollBar(Orientation orientation = Orientation.Vertical)
    {
        _orientation = orientation;
    }

    /// <summary>ValueChanged is raised after <see cref="Value"/> changes, by the user or by code.</summary>
    public event EventHandler? ValueChanged;

    /// <summary>Orientation is the axis the bar scrolls along.</summary>
    public Orientation Orientation
    {
        get => _orientation;
        set
        {
            if (_orientation == value) return;
            _orientation = value;
            InvalidateMeasure();
            InvalidatePaint();
        }
    }

    /// <summary>Value is the scroll position, between 0 and <see cref="Maximum"/>.</summary>
    public float Value
    {
        get => _value;
        set
        {
            if (!float.IsFinite(value)) throw new ArgumentOutOfRangeException(nameof(value), value, "A scroll position is finite.");
            value = Math.Clamp(value, 0, _maximum);
            if (_value == value) return;
            _value = value;
            InvalidatePaint();
            ValueChanged?.Invoke(this, EventArgs.Empty);
        }
    }

    /// <summary>Maximum is the largest position (content length minus viewport length); 0 means nothing to scroll. Lowering it clamps <see cref="Value"/>.</summary>
    public float Maximum
    {
        get => _maximum;
        set
        {
            if (!float.IsFinite(value) || value < 0) throw new ArgumentOutOfRangeException(nameof(value), value, "A scroll maximum is finite and not negative.");
            if (_maximum == value) return;
            _maximum = value;
            InvalidatePaint();
            if (_value > value) Value = value;
        }
    }

    /// <summary>ViewportSize is the visible length: the thumb's share of the track and the distance a track press pages.</summary>
    public float ViewportSize
    {
        get => _viewport;
        set
        {
            if (!float.IsFinite(value) || value < 0) throw new ArgumentOutOfRangeException(nameof(value), value, "A viewport size is finite and not negative.");
            if (_viewport == value) return;
            _viewport = value;
            InvalidatePaint();
        }
    }

    /// <summary>IsDragging tells whether the thumb is being dragged.</summary>
    public bool IsDragging => !float.IsNaN(_grab);

    private bool Vertical => _orientation == Orientation.Vertical;

    private float TrackLength => Vertical ? Bounds.Height : Bounds.Width;

    private float ThumbLength
    {
        get
        {
            var track = TrackLength;
            if (_maximum <= 0) return track;
            return Math.Min(track, Math.Max(MinThumbLength, track * _viewport / (_maximum + _viewport)));
        }
    }

    private float ThumbStart => _maximum <= 0 ? 0 : (TrackLength - ThumbLength) * _value / _maximum;

    /// <summary>MeasureOverride asks for <see cref="Thickness"/> across the axis and nothing along it.</summary>
    protected override SKSize MeasureOverride(SKSize available) => Vertical ? new SKSize(Thickness, 0) : new SKSize(0, Thickness);

    /// <summary>OnRender draws the track and the thumb (lit under the pointer, accent while dragged).</summary>
    protected override void OnRender(SKCanvas canvas)
    {
        var t = Theme;
        var rect = LocalRect;
        canvas.DrawRect(rect, ScratchPaint.Fill(t.Surface));
        if (_maximum <= 0) return;
        var thumb = ThumbRect;
        // Inset the thumb so it reads as a pill floating in the track.
        thumb.Inflate(Vertical ? -3 : -1, Vertical ? -1 : -3);
        var color = !IsEffectivelyEnabled ? t.SurfaceRaised : IsDragging ? t.Accent : IsPointerOver ? t.TextMuted : t.Border;
        var radius = Math.Min(thumb.Width, thumb.Height) / 2;
        canvas.DrawRoundRect(thumb, radius, radius, ScratchPaint.Fill(color));
    }

    /// <summary>OnPointerDown grabs the thumb, or pages one viewport towards a press on the track.</summary>
    protected override void OnPointerDown(PointerEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Button != PointerButton.Left || _maximum <= 0) return;
        e.Handled = true;
        var along = Along(e.Position);
        var start = ThumbStart;
        if (along >= start && along <= start + ThumbLength)
        {
            _grab = along - start;
            CapturePointer();
            InvalidatePaint();
        }
        else
        {
            Value += along < start ? -_viewport : _viewport;
        }
    }

    /// <summary>OnPointerMove moves the thumb with the pointer while it is grabbed.</summary>
    protected override void OnPointerMove(PointerEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (!IsDragging) return;
        var room = TrackLength - ThumbLength;
        if (room > 0) Value = (Along(e.Position) - _grab) / room * _maximum;
        e.Handled = true;
    }

    /// <summary>OnPointerUp lets the thumb go.</summary>
    protected override void OnPointerUp(PointerEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (!IsDragging) return;
        _grab = float.NaN;
        ReleasePointer();
        InvalidatePaint();
        e.Handled = true;
    }

    /// <summary>OnPointerWheel steps by <see cref="ScrollContainer.WheelStep"/> per notch.</summary>
    protected override void OnPointerWheel(PointerEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var notches = Vertical || e.WheelDelta.X == 0 ? e.WheelDelta.Y : e.WheelDelta.X;
        var old = _value;
        Value -= notches * ScrollContainer.WheelStep;
        if (_value != old) e.Handled = true;
    }

    /// <summary>DescribeMarkup writes the position, maximum and viewport.</summary>
    protected override void DescribeMarkup(MarkupWriter w)
    {
        base.DescribeMarkup(w);
        w.Property("orientation", _orientation.ToString());
        w.Property("value", _value);
        w.Property("maximum", _maximum);
        w.Property("viewport", _viewport);
    }

    private SKRect ThumbRect => Vertical
        ? new SKRect(0, ThumbStart, Bounds.Width, ThumbStart + ThumbLength)
        : new SKRect(ThumbStart, 0, ThumbStart + ThumbLength, Bounds.Height);

    private float Along(SKPoint p) => Vertical ? p.Y : p.X;
}
