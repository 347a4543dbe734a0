namespace Skia.Toolkit.Core;

/// <summary>WidgetFlags are a widget's internal state bits: the three dirty bits plus layout bookkeeping.</summary>
[Flags]
internal enum WidgetFlags
{
    None = 0,

    /// <summary>MeasureDirty: the desired size must be recomputed.</summary>
    MeasureDirty = 1 << 0,

    /// <summary>ArrangeDirty: the children must be placed again.</summary>
    ArrangeDirty = 1 << 1,

    /// <summary>PaintDirty: the widget's pixels are stale (cleared when the renderer draws it).</summary>
    PaintDirty = 1 << 2,

    /// <summary>InLayoutQueue: the widget sits in its root's layout queue.</summary>
    InLayoutQueue = 1 << 3,

    /// <summary>HasMeasured: Measure ran at least once since the widget was attached or shown.</summary>
    HasMeasured = 1 << 4,

    /// <summary>HasArranged: Arrange ran at least once since the widget was attached or shown.</summary>
    HasArranged = 1 << 5,

    /// <summary>PointerOver: the pointer is over this widget or one of its descendants.</summary>
    PointerOver = 1 << 6,

    /// <summary>HoverMark: scratch bit used while computing pointer enter/leave.</summary>
    HoverMark = 1 << 7,
}
