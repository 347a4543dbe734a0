using Skia.Toolkit.Text;

namespace Skia.Toolkit.Widgets.Charts;

/// <summary>
/// AxisLabelCache keeps the shaped axis labels of the last two frames, so that a live chart neither formats nor
/// shapes the same labels again every frame: ticks stay on the same values (point numbers, prices) while the data
/// scrolls, and only a tick that comes into view needs a new label. A label is looked up by up to three numbers that
/// decide its text (for example point number, time and precision) and the font. Labels are <see cref="ShapedLabel"/>s
/// reused from a pool: one not drawn in this frame or the last is shaped again for a new tick, from a span, so a
/// chart whose ticks keep changing (a depth chart following the book) allocates nothing for its labels once the pool
/// is as large as a frame's labels. Linear search, because a frame draws a dozen labels or so.
/// </summary>
internal sealed class AxisLabelCache
{
    // Room for the labels of two frames: a few dozen at most on any sensible chart size; past it labels are made per use.
    private const int PoolCapacity = 128;

    private readonly List<Entry> _pool = [];
    private long _frame = 1;

    /// <summary>Reserve makes the pool hold at least <paramref name="labels"/> labels (up to its capacity), so that two frames' labels never grow it.</summary>
    public void Reserve(int labels)
    {
        var target = Math.Min(labels, PoolCapacity);
        if (_pool.Count >= target) return;
        _pool.EnsureCapacity(PoolCapacity);
        while (_pool.Count < target) _pool.Add(new Entry());
    }

    /// <summary>BeginFrame starts a frame: labels of the frame before stay available, older ones may be reused.</summary>
    public void BeginFrame() => _frame++;

    /// <summary>Clear forgets every label (the format changed).</summary>
    public void Clear()
    {
        foreach (var entry in _pool) entry.LastUsed = 0;
    }

    /// <summary>TryGet finds the label stored for the key in this frame or the last one (and keeps it for the next).</summary>
    public bool TryGet(int kind, double a, long b, long c, FontSpec font, out ShapedLabel label)
    {
        foreach (var entry in _pool)
        {
            if (entry.LastUsed >= _frame - 1 && entry.Matches(kind, a, b, c) && entry.Label.Font.Equals(font))
            {
                entry.LastUsed = _frame;
                label = entry.Label;
                return true;
            }
        }
        label = null!;
        return false;
    }

    /// <summary>Add shapes a label for the key into a free pooled label and returns it.</summary>
    public ShapedLabel Add(int kind, double a, long b, long c, ReadOnlySpan<char> text, FontSpec font)
    {
        var entry = Free(kind, a, b, c);
        entry.Label.Set(text, font);
        return entry.Label;
    }

    /// <summary>Add stores a label made as a string (formats that are not numbers) for the key and returns it.</summary>
    public ShapedLabel Add(int kind, double a, long b, long c, string text, FontSpec font)
    {
        var entry = Free(kind, a, b, c);
        entry.Label.Set(text, font);
        return entry.Label;
    }

    // A label neither this frame nor the last one drew (their bounds may still be read for the last frame), keyed anew.
    private Entry Free(int kind, double a, long b, long c)
    {
        Entry? free = null;
        foreach (var entry in _pool)
        {
            if (entry.LastUsed < _frame - 1)
            {
                free = entry;
                break;
            }
        }
        if (free == null)
        {
            free = new Entry();
            if (_pool.Count < PoolCapacity)
            {
                _pool.EnsureCapacity(PoolCapacity);
                _pool.Add(free);
            }
        }
        free.Kind = kind;
        free.A = a;
        free.B = b;
        free.C = c;
        free.LastUsed = _frame;
        return free;
    }

    private sealed class Entry
    {
        public ShapedLabel Label { get; } = new();

        public int Kind;
        public double A;
        public long B;
        public long C;
        public long LastUsed;

        // Compared as bits: the keys are exact tick values, and NaN keys (none are made) would then still match themselves.
        public bool Matches(int kind, double a, long b, long c)
            => Kind == kind && BitConverter.DoubleToInt64Bits(A) == BitConverter.DoubleToInt64Bits(a) && B == b && C == c;
    }
}
