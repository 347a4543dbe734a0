namespace Skia.Toolkit.Widgets.Charts;

/// <summary>
/// AxisLabelCache keeps the axis label strings of the last two frames, so that a live chart does not format
/// (and allocate) the same labels again every frame: ticks stay on the same values (point numbers, prices)
/// while the data scrolls, and only a tick that comes into view needs a new string. A label is looked up by
/// up to three numbers that decide its text (for example point number, time and precision). Linear search,
/// because a frame draws a dozen labels or so.
/// </summary>
internal sealed class AxisLabelCache
{
    // Room for the labels of a frame: a few dozen at most on any sensible chart size; past it labels are simply not cached.
    private const int FrameCapacity = 64;

    private Entry[] _current = new Entry[FrameCapacity];
    private Entry[] _previous = new Entry[FrameCapacity];
    private int _currentCount;
    private int _previousCount;

    /// <summary>BeginFrame starts a frame: labels of the frame before stay available, older ones are forgotten.</summary>
    public void BeginFrame()
    {
        (_current, _previous) = (_previous, _current);
        Array.Clear(_current, 0, _currentCount);
        _previousCount = _currentCount;
        _currentCount = 0;
    }

    /// <summary>Clear forgets every label (the format changed).</summary>
    public void Clear()
    {
        Array.Clear(_current);
        Array.Clear(_previous);
        _currentCount = _previousCount = 0;
    }

    /// <summary>TryGet finds the label stored for the key in this frame or the last one (and keeps it for the next).</summary>
    public bool TryGet(int kind, double a, long b, long c, out string text)
    {
        for (var i = 0; i < _currentCount; i++)
        {
            if (_current[i].Matches(kind, a, b, c))
            {
                text = _current[i].Text;
                return true;
            }
        }
        for (var i = 0; i < _previousCount; i++)
        {
            if (_previous[i].Matches(kind, a, b, c))
            {
                text = _previous[i].Text;
                Add(kind, a, b, c, text);
                return true;
            }
        }
        text = "";
        return false;
    }

    /// <summary>Add stores a label for the key in this frame and returns it.</summary>
    public string Add(int kind, double a, long b, long c, string text)
    {
        if (_currentCount < _current.Length) _current[_currentCount++] = new Entry(kind, a, b, c, text);
        return text;
    }

    private readonly record struct Entry(int Kind, double A, long B, long C, string Text)
    {
        // Compared as bits: the keys are exact tick values, and NaN keys (none are made) would then still match themselves.
        public bool Matches(int kind, double a, long b, long c)
            => Kind == kind && BitConverter.DoubleToInt64Bits(A) == BitConverter.DoubleToInt64Bits(a) && B == b && C == c;
    }
}
