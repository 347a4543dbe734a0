namespace Skia.Toolkit.Text;

/// <summary>TextMeasureCache maps (text, font) — family, size, weight and features — to its <see cref="ShapedText"/>, keeping the most recently used entries up to a fixed capacity (LRU), with hit and miss counters.</summary>
/// <remarks>
/// Labels, buttons and table headers repeat the same strings every frame, and shaping is the
/// costly step of drawing them; a hit is one dictionary lookup and allocates nothing. Numbers
/// that change every update thrash a whole-string cache, so they take <see cref="NumericText"/>
/// instead. Not thread-safe: use one per UI thread (see <see cref="ForCurrentThread"/>).
/// </remarks>
public sealed class TextMeasureCache
{
    /// <summary>DefaultCapacity is the entry count of <see cref="ForCurrentThread"/>: a few screens of distinct labels.</summary>
    public const int DefaultCapacity = 4096;

    [ThreadStatic]
    private static TextMeasureCache? _forCurrentThread;

    private readonly Dictionary<Key, LinkedListNode<Entry>> _entries;
    // Most recently used first; the last node is evicted when a miss finds the cache full.
    private readonly LinkedList<Entry> _recency = new();

    /// <summary>TextMeasureCache creates an empty cache that shapes misses with <paramref name="shaper"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">capacity is less than 1.</exception>
    public TextMeasureCache(TextShaper shaper, int capacity = DefaultCapacity)
    {
        ArgumentNullException.ThrowIfNull(shaper);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Shaper = shaper;
        Capacity = capacity;
        _entries = new Dictionary<Key, LinkedListNode<Entry>>(Math.Min(capacity, 1024));
        Diagnostics.ToolkitMetrics.TrackTextCache(this);
    }

    /// <summary>ForCurrentThread is the calling thread's cache over <see cref="FontSet.Default"/>, created on first use; widgets use it from the UI thread.</summary>
    public static TextMeasureCache ForCurrentThread => _forCurrentThread ??= new TextMeasureCache(new TextShaper(FontSet.Default));

    /// <summary>Shaper shapes the text that is not cached.</summary>
    public TextShaper Shaper { get; }

    /// <summary>Capacity is the most entries kept.</summary>
    public int Capacity { get; }

    /// <summary>Count is the number of entries now cached.</summary>
    public int Count => _entries.Count;

    /// <summary>Hits counts lookups answered from the cache.</summary>
    public long Hits { get; private set; }

    /// <summary>Misses counts lookups that had to shape.</summary>
    public long Misses { get; private set; }

    /// <summary>Evictions counts entries dropped to make room.</summary>
    public long Evictions { get; private set; }

    /// <summary>HitRate is Hits / (Hits + Misses), 0 before any lookup.</summary>
    public double HitRate => Hits + Misses == 0 ? 0 : (double)Hits / (Hits + Misses);

    /// <summary>Get returns the shaped text for (text, font), shaping and caching it on a miss.</summary>
    /// <exception cref="ArgumentNullException">text is null.</exception>
    public ShapedText Get(string text, FontSpec font)
    {
        ArgumentNullException.ThrowIfNull(text);
        var key = new Key(text, font);
        if (_entries.TryGetValue(key, out var node))
        {
            Hits++;
            if (node != _recency.First)
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
            }
            return node.Value.Shaped;
        }

        Misses++;
        var shaped = Shaper.Shape(text, font);
        if (_entries.Count >= Capacity)
        {
            var oldest = _recency.Last!;
            _recency.RemoveLast();
            _entries.Remove(oldest.Value.Key);
            Evictions++;
        }
        _entries[key] = _recency.AddFirst(new Entry(key, shaped));
        return shaped;
    }

    /// <summary>Contains says whether (text, font) is cached, without counting a lookup or changing the order.</summary>
    public bool Contains(string text, FontSpec font) => text != null && _entries.ContainsKey(new Key(text, font));

    /// <summary>Clear drops every entry; the counters keep counting.</summary>
    public void Clear()
    {
        _entries.Clear();
        _recency.Clear();
    }

    /// <summary>ResetCounters sets hits, misses and evictions back to zero.</summary>
    public void ResetCounters()
    {
        Hits = 0;
        Misses = 0;
        Evictions = 0;
    }

    private readonly record struct Key(string Text, FontSpec Font);

    private sealed record Entry(Key Key, ShapedText Shaped);
}
