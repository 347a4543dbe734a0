namespace Skia.Toolkit.Widgets;

/// <summary>ToastKind says what a toast reports; it picks the colour of the toast's stripe.</summary>
public enum ToastKind
{
    /// <summary>Info is neutral news (a connection restored, a setting saved).</summary>
    Info,

    /// <summary>Success reports something that worked (an order filled).</summary>
    Success,

    /// <summary>Warning reports something to watch (stale data, a retry).</summary>
    Warning,

    /// <summary>Error reports a failure (an order rejected).</summary>
    Error,
}
