using System.Diagnostics.Metrics;
using Skia.Toolkit.Diagnostics;

namespace Skia.Toolkit.Tests.Diagnostics;

/// <summary>
/// ToolkitMeterRecorder is a MeterListener on the Skia.Toolkit meter that keeps, without allocating,
/// the last value and the count of each frame instrument measured on one thread (tests run in
/// parallel, and other threads render frames too), and the latest value of each observable instrument.
/// </summary>
internal sealed class ToolkitMeterRecorder : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly int _thread = Environment.CurrentManagedThreadId;

    public ToolkitMeterRecorder()
    {
        _listener.InstrumentPublished = static (instrument, listener) =>
        {
            if (instrument.Meter.Name == ToolkitMetrics.MeterName) listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, state) => OnMeasurement(instrument, value, tags));
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, state) => OnMeasurement(instrument, value, tags));
        _listener.SetMeasurementEventCallback<int>((instrument, value, tags, state) => OnMeasurement(instrument, value, tags));
        _listener.Start();
    }

    public double LastFrameDuration { get; private set; } = double.NaN;

    public int FrameDurations { get; private set; }

    public long FramesAdded { get; private set; }

    public long LastDirtyPixels { get; private set; } = -1;

    public int LastWidgetsRendered { get; private set; } = -1;

    public long TextCacheHits { get; private set; } = -1;

    public long TextCacheMisses { get; private set; } = -1;

    public long DispatcherQueueLength { get; private set; } = -1;

    public long Gen0Collections { get; private set; } = -1;

    /// <summary>Observe asks every observable instrument for its value now.</summary>
    public void Observe() => _listener.RecordObservableInstruments();

    public void Dispose() => _listener.Dispose();

    private void OnMeasurement(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        if (Environment.CurrentManagedThreadId != _thread) return;
        if (instrument.Name == ToolkitMetrics.FrameDurationName)
        {
            LastFrameDuration = value;
            FrameDurations++;
        }
    }

    private void OnMeasurement(Instrument instrument, long value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        switch (instrument.Name)
        {
            case ToolkitMetrics.TextCacheHitsName: TextCacheHits = value; return;
            case ToolkitMetrics.TextCacheMissesName: TextCacheMisses = value; return;
            case ToolkitMetrics.GcCollectionsName:
                foreach (var tag in tags)
                {
                    if (tag.Key == "gc.generation" && Equals(tag.Value, "gen0")) Gen0Collections = value;
                }
                return;
        }
        if (Environment.CurrentManagedThreadId != _thread) return;
        if (instrument.Name == ToolkitMetrics.FramesName) FramesAdded += value;
        else if (instrument.Name == ToolkitMetrics.DirtyPixelsName) LastDirtyPixels = value;
    }

    private void OnMeasurement(Instrument instrument, int value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        if (instrument.Name == ToolkitMetrics.DispatcherQueueLengthName)
        {
            DispatcherQueueLength = value;
            return;
        }
        if (Environment.CurrentManagedThreadId != _thread) return;
        if (instrument.Name == ToolkitMetrics.WidgetsRenderedName) LastWidgetsRendered = value;
    }
}
