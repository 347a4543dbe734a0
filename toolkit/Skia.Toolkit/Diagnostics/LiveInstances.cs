namespace Skia.Toolkit.Diagnostics;

/// <summary>
/// LiveInstances remembers objects weakly so an observable instrument can sum over every live one
/// (text caches, dispatchers) without keeping any of them alive. Adding and reading are thread-safe:
/// objects are added on their UI threads, read on the thread that collects the metrics.
/// </summary>
internal sealed class LiveInstances<T> where T : class
{
    private readonly List<WeakReference<T>> _items = [];
    private int _pruneAt = 16;

    /// <summary>Add remembers <paramref name="item"/> until it is collected.</summary>
    public void Add(T item)
    {
        lock (_items)
        {
            if (_items.Count >= _pruneAt)
            {
                // Tests make thousands of short-lived caches; dropping the dead ones when the list
                // doubles keeps adding amortised O(1) and the list as long as the live set.
                _items.RemoveAll(static r => !r.TryGetTarget(out _));
                _pruneAt = Math.Max(16, _items.Count * 2);
            }
            _items.Add(new WeakReference<T>(item));
        }
    }

    /// <summary>Sum adds up <paramref name="measure"/> over the live instances.</summary>
    public long Sum(Func<T, long> measure)
    {
        long sum = 0;
        lock (_items)
        {
            foreach (var reference in _items)
            {
                if (reference.TryGetTarget(out var item)) sum += measure(item);
            }
        }
        return sum;
    }

    /// <summary>Contains says whether <paramref name="item"/> is remembered.</summary>
    public bool Contains(T item)
    {
        lock (_items)
        {
            foreach (var reference in _items)
            {
                if (reference.TryGetTarget(out var live) && ReferenceEquals(live, item)) return true;
            }
        }
        return false;
    }
}
