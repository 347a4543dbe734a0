using System.Text;

namespace Skia.Trader.Binance.Wire;

/// <summary>
/// SymbolTable gives each subscribed symbol a small integer id and finds it again from the
/// UTF-8 bytes of a frame (upper-case <c>"s"</c> field or lower-case stream name) without
/// allocating a string per message.
/// </summary>
internal sealed class SymbolTable
{
    private readonly List<byte[]> _upperCaseNames = new();
    private readonly List<string> _names = new();

    /// <summary>Count is the number of registered symbols; ids run from 0 to Count - 1.</summary>
    public int Count => _names.Count;

    /// <summary>Add registers a symbol (any case) and returns its id; a symbol already present keeps its id.</summary>
    public int Add(string symbol)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol);
        string upper = symbol.ToUpperInvariant();
        for (int i = 0; i < _names.Count; i++)
        {
            if (_names[i] == upper) return i;
        }
        _names.Add(upper);
        _upperCaseNames.Add(Encoding.ASCII.GetBytes(upper));
        return _names.Count - 1;
    }

    /// <summary>NameOf returns the upper-case symbol name of an id (e.g. <c>BTCUSDT</c>).</summary>
    public string NameOf(int id) => _names[id];

    /// <summary>TryFind looks a symbol up by its bytes, ignoring ASCII case; linear because a connection carries a handful of symbols.</summary>
    public bool TryFind(ReadOnlySpan<byte> name, out int id)
    {
        for (int i = 0; i < _upperCaseNames.Count; i++)
        {
            if (EqualsIgnoringAsciiCase(_upperCaseNames[i], name))
            {
                id = i;
                return true;
            }
        }
        id = -1;
        return false;
    }

    /// <summary>TryFindInStreamName finds the symbol that prefixes a stream name such as <c>btcusdt@depth@100ms</c>.</summary>
    public bool TryFindInStreamName(ReadOnlySpan<byte> streamName, out int id)
    {
        int at = streamName.IndexOf((byte)'@');
        return TryFind(at < 0 ? streamName : streamName[..at], out id);
    }

    private static bool EqualsIgnoringAsciiCase(ReadOnlySpan<byte> upper, ReadOnlySpan<byte> candidate)
    {
        if (upper.Length != candidate.Length) return false;
        for (int i = 0; i < upper.Length; i++)
        {
            byte c = candidate[i];
            if (c >= (byte)'a' && c <= (byte)'z') c -= 32;
            if (c != upper[i]) return false;
        }
        return true;
    }
}
