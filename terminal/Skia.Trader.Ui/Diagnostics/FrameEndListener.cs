using System.Diagnostics.Metrics;
using Skia.Toolkit.Diagnostics;

namespace Skia.Trader.Ui.Diagnostics;

/// <summary>
/// FrameEndListener calls back at the end of every frame a window's UI thread presents. The toolkit's renderer adds
/// one to its <see cref="ToolkitMetrics.FramesName"/> counter right after the frame is presented, on the UI thread;
/// this listens to that counter, so the terminal learns when a frame ends without a hook in the toolkit. Frames
/// presented on other threads (other windows, tests running in parallel) are ignored. Allocates nothing per frame.
/// </summary>
internal sealed class FrameEndListener : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly int _uiThreadId;
    private readonly Action _frameEnded;

    /// <summary>Starts listening; <paramref name="frameEnded"/> runs on the thread <paramref name="uiThreadId"/> after each of its frames.</summary>
    public FrameEndListener(int uiThreadId, Action frameEnded)
    {
        _uiThreadId = uiThreadId;
        _frameEnded = frameEnded;
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == ToolkitMetrics.MeterName && instrument.Name == ToolkitMetrics.FramesName)
                listener.EnableMeasurementEvents(instrument, this);
        };
        _listener.SetMeasurementEventCallback<long>(static (_, _, _, state) =>
        {
            var self = (FrameEndListener)state!;
            if (Environment.CurrentManagedThreadId == self._uiThreadId) self._frameEnded();
        });
        _listener.Start();
    }

    /// <summary>Dispose stops listening.</summary>
    public void Dispose() => _listener.Dispose();
}
