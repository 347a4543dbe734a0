using BenchmarkDotNet.Attributes;
using Skia.Toolkit.Text;

namespace Skia.Trader.Benchmarks.Text;

/// <summary>
/// TextPathBenchmarks compares the three ways a changing price reaches the screen: shaping it with
/// HarfBuzz every time, a text-measure cache hit (the string already shaped), and the numeric fast
/// path (digit glyphs and advances from a table, no shaping, no string).
/// </summary>
[MemoryDiagnoser]
public class TextPathBenchmarks
{
    private const string Price = "29983.42";
    private readonly FontSpec _mono = FontSpec.Mono(13);
    private TextShaper _shaper = null!;
    private TextMeasureCache _cache = null!;
    private NumericText _numeric = null!;
    private long _tick = 2_998_342;

    /// <summary>Setup loads the bundled fonts and warms the cache with the price.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _shaper = new TextShaper(FontSet.Default);
        _cache = new TextMeasureCache(_shaper);
        _cache.Get(Price, _mono);
        _numeric = new NumericText(FontSet.Default.GetNumericFont(_mono));
    }

    /// <summary>Shape: HarfBuzz shaping of the price string, uncached.</summary>
    [Benchmark(Baseline = true)]
    public float Shape() => _shaper.Shape(Price, _mono).Advance;

    /// <summary>CacheHit: the same string looked up in the text-measure cache.</summary>
    [Benchmark]
    public float CacheHit() => _cache.Get(Price, _mono).Advance;

    /// <summary>NumericFastPath: a new fixed-point price formatted and laid out from the numeric table.</summary>
    [Benchmark]
    public float NumericFastPath()
    {
        _numeric.SetNumber(_tick++, 2);
        return _numeric.Width;
    }
}
