namespace Skia.Toolkit.Widgets;

/// <summary>
/// RowOffsets keeps the top of every row of a list whose rows differ in height, as a Fenwick (binary indexed)
/// tree of heights (Fenwick, "A new data structure for cumulative frequency tables", 1994): a row's top, the row at
/// a scroll offset, changing one height and appending a row each cost O(log n), so a frame over a million rows
/// never walks them all. Sums are doubles: a million 40 px rows are beyond float's exact integers.
/// </summary>
internal sealed class RowOffsets
{
    private float[] _heights = [];
    // _tree[i] (1-based) holds the sum of the heights of rows (i - lowbit(i), i].
    private double[] _tree = [0];

    /// <summary>Count is the number of rows.</summary>
    public int Count { get; private set; }

    /// <summary>Total is the height of all rows together.</summary>
    public double Total => TopOf(Count);

    /// <summary>Reset replaces every row: <paramref name="count"/> rows of the heights <paramref name="heightOf"/> gives (O(n)); on a bad height it throws and keeps the old rows.</summary>
    public void Reset(int count, Func<int, float> heightOf)
    {
        var heights = new float[Math.Max(count, _heights.Length)];
        for (int i = 0; i < count; i++) heights[i] = CheckedHeight(heightOf, i);
        var tree = new double[heights.Length + 1];
        // Linear build: each node adds itself to its parent once.
        for (int i = 1; i <= count; i++) tree[i] = heights[i - 1];
        for (int i = 1; i <= count; i++)
        {
            int parent = i + (i & -i);
            if (parent <= count) tree[parent] += tree[i];
        }

        _heights = heights;
        _tree = tree;
        Count = count;
    }

    /// <summary>Resize keeps the first rows, drops rows past <paramref name="count"/> (O(1)) or appends rows asking <paramref name="heightOf"/> (O(log n) each).</summary>
    public void Resize(int count, Func<int, float> heightOf)
    {
        if (count <= Count)
        {
            // A prefix query up to row i reads only nodes at or below i, so the nodes past the end just go unused.
            Count = count;
            return;
        }

        EnsureCapacity(count);
        for (int i = Count; i < count; i++)
        {
            float h = CheckedHeight(heightOf, i);
            _heights[i] = h;
            int node = i + 1;
            double sum = h;
            // The new node covers (node - lowbit, node]: its own height plus the nodes that tile the rest of that range.
            for (int j = node - 1, stop = node - (node & -node); j > stop; j -= j & -j) sum += _tree[j];
            _tree[node] = sum;
        }

        Count = count;
    }

    /// <summary>Set changes one row's height (O(log n)).</summary>
    public void Set(int index, float height)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        CheckHeight(height, index);
        double delta = (double)height - _heights[index];
        if (delta == 0) return;
        _heights[index] = height;
        for (int node = index + 1; node <= Count; node += node & -node) _tree[node] += delta;
    }

    /// <summary>HeightOf returns one row's height.</summary>
    public float HeightOf(int index) => _heights[index];

    /// <summary>TopOf returns where row <paramref name="index"/> starts: the sum of the heights before it (index may be Count, giving the total).</summary>
    public double TopOf(int index)
    {
        double sum = 0;
        for (int node = index; node > 0; node -= node & -node) sum += _tree[node];
        return sum;
    }

    /// <summary>IndexAt returns the row that <paramref name="offset"/> falls in (a row spans [top, top + height)), or Count past the end.</summary>
    public int IndexAt(double offset)
    {
        if (offset < 0) return 0;
        int pos = 0;
        double rest = offset;
        for (int step = HighestPowerOfTwoAtMost(Count); step > 0; step >>= 1)
        {
            int next = pos + step;
            if (next <= Count && _tree[next] <= rest)
            {
                pos = next;
                rest -= _tree[next];
            }
        }

        return pos;
    }

    private static int HighestPowerOfTwoAtMost(int n) => n <= 0 ? 0 : 1 << (31 - int.LeadingZeroCount(n));

    private void EnsureCapacity(int count)
    {
        if (_heights.Length >= count) return;
        int capacity = Math.Max(count, Math.Min(Array.MaxLength - 1, _heights.Length * 2));
        Array.Resize(ref _heights, capacity);
        Array.Resize(ref _tree, capacity + 1);
    }

    private static float CheckedHeight(Func<int, float> heightOf, int index)
    {
        float h = heightOf(index);
        CheckHeight(h, index);
        return h;
    }

    private static void CheckHeight(float height, int index)
    {
        if (!float.IsFinite(height) || height < 0)
        {
            throw new InvalidOperationException($"The height of row {index} is {height}; a row height must be finite and not negative.");
        }
    }
}
