using System.Text.Json;
using Skia.Trader.Scene.Pacing;

namespace Skia.Trader.Scene.Measurement;

/// <summary>SceneReport is the one JSON line a scene program prints after a run (written with Utf8JsonWriter: no reflection, AOT-safe).</summary>
public sealed class SceneReport
{
    /// <summary>Program names the implementation: "raw" (immediate-mode SkiaSharp) or "toolkit".</summary>
    public required string Program { get; init; }

    /// <summary>Mode names the backend, e.g. "headless-raster".</summary>
    public required string Mode { get; init; }

    /// <summary>StartMs is process start to the first complete frame.</summary>
    public required double StartMs { get; init; }

    /// <summary>StartClock says how <see cref="StartMs"/> was measured ("launcher" or "proc-stat").</summary>
    public required string StartClock { get; init; }

    /// <summary>PeakResidentBytes is VmHWM at the end of the run.</summary>
    public required long PeakResidentBytes { get; init; }

    /// <summary>Run is the paced run's measurements.</summary>
    public required SceneRunResult Run { get; init; }

    /// <summary>RepaintedShare is the mean share of window pixels repainted per frame (1.0 for a full redraw).</summary>
    public required double RepaintedShare { get; init; }

    /// <summary>MovedShare is the mean share of window pixels moved by scroll-blits per frame, apart from <see cref="RepaintedShare"/>.</summary>
    public double MovedShare { get; init; }

    /// <summary>OffscreenShare is the mean share of window pixels drawn offscreen and copied back per frame, apart from <see cref="RepaintedShare"/>.</summary>
    public double OffscreenShare { get; init; }

    /// <summary>TextCacheHitRate is the text-measure cache's hit rate over the run, or null where there is no cache.</summary>
    public required double? TextCacheHitRate { get; init; }

    /// <summary>State is the final state line.</summary>
    public required string State { get; init; }

    /// <summary>ToJson renders the report as one line of JSON.</summary>
    public string ToJson()
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("program", Program);
            json.WriteString("mode", Mode);
            json.WriteNumber("start_ms", Math.Round(StartMs, 2));
            json.WriteString("start_clock", StartClock);
            json.WriteNumber("peak_rss_mb", Math.Round(PeakResidentBytes / (1024.0 * 1024.0), 2));
            json.WriteNumber("cpu_s", Math.Round(Run.CpuSeconds, 3));
            json.WriteNumber("frames_shown", Run.FramesShown);
            json.WriteNumber("frames_dropped", Run.FramesDropped);
            json.WriteNumber("work_p50_ms", Math.Round(Run.FrameWork.P50, 3));
            json.WriteNumber("work_p99_ms", Math.Round(Run.FrameWork.P99, 3));
            json.WriteNumber("work_max_ms", Math.Round(Run.FrameWork.Max, 3));
            if (double.IsNaN(Run.AllocatedBytesPerFrame)) json.WriteNull("alloc_bytes_per_frame");
            else json.WriteNumber("alloc_bytes_per_frame", Math.Round(Run.AllocatedBytesPerFrame, 1));
            json.WriteNumber("repainted_share", Math.Round(RepaintedShare, 4));
            json.WriteNumber("moved_share", Math.Round(MovedShare, 4));
            json.WriteNumber("offscreen_share", Math.Round(OffscreenShare, 4));
            if (TextCacheHitRate is double rate) json.WriteNumber("text_cache_hit_rate", Math.Round(rate, 4));
            else json.WriteString("text_cache_hit_rate", "n/a");
            json.WriteString("state", State);
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
