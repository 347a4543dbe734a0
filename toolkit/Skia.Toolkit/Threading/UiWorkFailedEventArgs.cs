namespace Skia.Toolkit.Threading;

/// <summary>UiWorkFailedEventArgs carries the exception thrown by work posted to the UI thread.</summary>
public sealed class UiWorkFailedEventArgs(Exception exception) : EventArgs
{
    /// <summary>Exception is what the posted work threw.</summary>
    public Exception Exception { get; } = exception;
}
