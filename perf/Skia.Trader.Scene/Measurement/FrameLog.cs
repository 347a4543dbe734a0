using System.Globalization;

namespace Skia.Trader.Scene.Measurement;

/// <summary>
/// FrameLog records, for every frame shown, what happened in it: its slot, wall and thread-CPU work,
/// the updates it applied (catch-up frames apply several), orders added, and what the view reports
/// (<see cref="IFrameDetail"/>: pixels, widgets, dirty rectangles, text-cache misses, update time).
/// Storage is allocated up front so that logging adds no allocation to a frame. Written as TSV by
/// <see cref="WriteTsv"/> after the run, to find which frames make the tail.
/// </summary>
public sealed class FrameLog
{
    private readonly int[] _slot;
    private readonly double[] _startMs;
    private readonly double[] _workMs;
    private readonly double[] _cpuMs;
    private readonly int[] _updates;
    private readonly int[] _ordersAdded;
    private readonly long[] _pixels;
    private readonly int[] _widgets;
    private readonly int[] _dirtyRects;
    private readonly long[] _textMisses;
    private readonly double[] _updateMs;
    private readonly int[] _gen0;

    /// <summary>FrameLog makes room for <paramref name="capacity"/> frames; frames beyond it are not recorded.</summary>
    public FrameLog(int capacity)
    {
        _slot = new int[capacity];
        _startMs = new double[capacity];
        _workMs = new double[capacity];
        _cpuMs = new double[capacity];
        _updates = new int[capacity];
        _ordersAdded = new int[capacity];
        _pixels = new long[capacity];
        _widgets = new int[capacity];
        _dirtyRects = new int[capacity];
        _textMisses = new long[capacity];
        _updateMs = new double[capacity];
        _gen0 = new int[capacity];
    }

    /// <summary>Count is the number of frames recorded.</summary>
    public int Count { get; private set; }

    /// <summary>Record adds one frame.</summary>
    /// <param name="slot">The frame's 60 Hz slot.</param>
    /// <param name="startMs">When the frame's work began, milliseconds after t0.</param>
    /// <param name="workMs">The frame's wall-clock work (updates applied and rendering).</param>
    /// <param name="cpuMs">The run thread's CPU time over the same span.</param>
    /// <param name="updates">Feed updates the frame applied.</param>
    /// <param name="ordersAdded">Orders those updates added to the history.</param>
    /// <param name="detail">What the view says about the frame, or null.</param>
    /// <param name="textMissesBefore">The view's cumulative text-cache misses before the frame.</param>
    /// <param name="gen0">Gen-0 collections during the frame.</param>
    public void Record(int slot, double startMs, double workMs, double cpuMs, int updates, int ordersAdded, IFrameDetail? detail, long textMissesBefore, int gen0)
    {
        int i = Count;
        if (i >= _slot.Length) return;
        _slot[i] = slot;
        _startMs[i] = startMs;
        _workMs[i] = workMs;
        _cpuMs[i] = cpuMs;
        _updates[i] = updates;
        _ordersAdded[i] = ordersAdded;
        _gen0[i] = gen0;
        if (detail != null)
        {
            _pixels[i] = detail.LastFramePixels;
            _widgets[i] = detail.LastFrameWidgets;
            _dirtyRects[i] = detail.LastFrameDirtyRects;
            _textMisses[i] = detail.TextCacheMisses - textMissesBefore;
            _updateMs[i] = detail.LastFrameUpdateMs;
        }
        Count = i + 1;
    }

    /// <summary>WriteTsv writes a header line and one tab-separated line per frame to <paramref name="writer"/>.</summary>
    public void WriteTsv(TextWriter writer)
    {
        writer.WriteLine("frame\tslot\tstart_ms\twork_ms\tcpu_ms\tupdates\torders_added\tpixels\twidgets\tdirty_rects\ttext_misses\tupdate_ms\tgen0");
        for (int i = 0; i < Count; i++)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{i}\t{_slot[i]}\t{_startMs[i]:F3}\t{_workMs[i]:F3}\t{_cpuMs[i]:F3}\t{_updates[i]}\t{_ordersAdded[i]}\t{_pixels[i]}\t{_widgets[i]}\t{_dirtyRects[i]}\t{_textMisses[i]}\t{_updateMs[i]:F3}\t{_gen0[i]}"));
        }
    }
}
