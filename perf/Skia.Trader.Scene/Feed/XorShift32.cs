namespace Skia.Trader.Scene.Feed;

/// <summary>XorShift32 is the scene's random generator (Marsaglia's 13/17/5 xorshift), as SCENE.md specifies it.</summary>
public struct XorShift32
{
    // 2^32: unit() divides the 32-bit state by it, giving [0, 1).
    private const double TwoPow32 = 4294967296.0;

    private uint _state;

    /// <summary>XorShift32 starts from the given non-zero seed (the scene uses 42).</summary>
    public XorShift32(uint seed)
    {
        if (seed == 0) throw new ArgumentOutOfRangeException(nameof(seed), "xorshift32 stays at 0 forever from seed 0");
        _state = seed;
    }

    /// <summary>State is the generator's current 32-bit state.</summary>
    public readonly uint State => _state;

    /// <summary>Next advances the state and returns it (SCENE.md's <c>rnd()</c>).</summary>
    public uint Next()
    {
        uint x = _state;
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        _state = x;
        return x;
    }

    /// <summary>NextUnit returns the next state divided by 2^32, in [0, 1) (SCENE.md's <c>unit()</c>).</summary>
    public double NextUnit() => Next() / TwoPow32;
}
