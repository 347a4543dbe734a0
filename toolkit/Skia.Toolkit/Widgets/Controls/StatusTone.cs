namespace Skia.Toolkit.Widgets;

/// <summary>StatusTone colours a <see cref="StatusSegment"/>'s text by what it reports.</summary>
public enum StatusTone
{
    /// <summary>Normal is muted text: the usual state.</summary>
    Normal,

    /// <summary>Positive is good news (connected, in sync).</summary>
    Positive,

    /// <summary>Warning is something to watch (reconnecting, stale).</summary>
    Warning,

    /// <summary>Negative is a failure (disconnected, rejected).</summary>
    Negative,
}
