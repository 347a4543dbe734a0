using System.Collections;

namespace Skia.Toolkit.Widgets.Charts;

/// <summary>
/// SeriesBuffer is a chart's store of points, oldest first: a ring that keeps at most <see cref="Capacity"/>
/// points and drops the oldest to make room. It grows by doubling until it holds Capacity points, and from then
/// on <see cref="Add"/> overwrites the oldest slot, so a full buffer appends without allocating.
/// <see cref="Dropped"/> counts the points dropped since the last <see cref="Clear"/>, which numbers every
/// point for as long as it is kept (point i is number Dropped + i).
/// </summary>
internal sealed class SeriesBuffer<T> : IReadOnlyList<T>
{
    // The first array a buffer allocates: enough for a small series without regrowing.
    private const int InitialLength = 16;

    private T[] _items = [];
    private int _start;
    private int _count;

    /// <summary>Capacity is the most points kept; int.MaxValue (the default) keeps all.</summary>
    public int Capacity { get; private set; } = int.MaxValue;

    /// <summary>Count is the number of points kept.</summary>
    public int Count => _count;

    /// <summary>Dropped is how many points were dropped from the front since the last Clear.</summary>
    public long Dropped { get; private set; }

    /// <summary>The indexer returns point i, 0 being the oldest kept.</summary>
    public T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_count) throw new ArgumentOutOfRangeException(nameof(index), index, $"0..{_count - 1} are kept");
            return _items[Slot(index)];
        }
    }

    /// <summary>Last is the newest point; the buffer must not be empty.</summary>
    public T Last => this[_count - 1];

    /// <summary>SetCapacity changes the most points kept, dropping the oldest beyond it.</summary>
    public void SetCapacity(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
        if (_items.Length <= capacity) return;
        var keep = Math.Min(_count, capacity);
        var items = new T[capacity];
        for (var i = 0; i < keep; i++) items[i] = _items[Slot(_count - keep + i)];
        Dropped += _count - keep;
        _items = items;
        _start = 0;
        _count = keep;
    }

    /// <summary>Add appends a point, dropping the oldest when the buffer holds Capacity points.</summary>
    public void Add(T item)
    {
        if (_count == Capacity)
        {
            _items[_start] = item;
            _start = _start + 1 == _items.Length ? 0 : _start + 1;
            Dropped++;
            return;
        }
        if (_count == _items.Length) Grow();
        _items[Slot(_count)] = item;
        _count++;
    }

    /// <summary>SetLast replaces the newest point; the buffer must not be empty.</summary>
    public void SetLast(T item)
    {
        if (_count == 0) throw new InvalidOperationException("The series is empty: there is no last point to replace.");
        _items[Slot(_count - 1)] = item;
    }

    /// <summary>Clear removes every point and restarts the numbering; the storage is kept for reuse.</summary>
    public void Clear()
    {
        Array.Clear(_items);
        _start = 0;
        _count = 0;
        Dropped = 0;
    }

    /// <summary>GetEnumerator walks the points oldest first.</summary>
    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < _count; i++) yield return _items[Slot(i)];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int Slot(int index)
    {
        var slot = _start + index;
        return slot >= _items.Length ? slot - _items.Length : slot;
    }

    private void Grow()
    {
        var length = (int)Math.Min(Capacity, Math.Max(InitialLength, 2L * _items.Length));
        var items = new T[length];
        for (var i = 0; i < _count; i++) items[i] = _items[Slot(i)];
        _items = items;
        _start = 0;
    }
}
