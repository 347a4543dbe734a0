using Skia.Toolkit.Text;

namespace Skia.Toolkit.Tests.Text;

public class TextMeasureCacheTests
{
    private static readonly FontSpec Font = FontSpec.Ui(13);

    [Fact]
    public void Repeated_lookup_is_a_hit_returning_the_same_shaped_text()
    {
        var cache = new TextMeasureCache(new TextShaper(FontSet.Default), capacity: 8);

        var first = cache.Get("Order book", Font);
        var second = cache.Get("Order book", Font);

        Assert.Same(first, second);
        Assert.Equal(1, cache.Hits);
        Assert.Equal(1, cache.Misses);
        Assert.Equal(1, cache.Shaper.ShapeCount);
        Assert.Equal(0.5, cache.HitRate);
    }

    [Fact]
    public void Key_includes_size_weight_family_and_features()
    {
        var cache = new TextMeasureCache(new TextShaper(FontSet.Default), capacity: 8);

        cache.Get("123", Font);
        cache.Get("123", Font.WithSize(14));
        cache.Get("123", Font.WithWeight(SkiaSharp.SKFontStyleWeight.SemiBold));
        cache.Get("123", Font.WithFeatures("tnum"));
        cache.Get("123", FontSpec.Mono(13));
        cache.Get("123", new FontSpec("inter", 13));

        Assert.Equal(5, cache.Misses);
        Assert.Equal(1, cache.Hits);
    }

    [Fact]
    public void Full_cache_evicts_the_least_recently_used_entry()
    {
        var cache = new TextMeasureCache(new TextShaper(FontSet.Default), capacity: 3);
        cache.Get("a", Font);
        cache.Get("b", Font);
        cache.Get("c", Font);
        cache.Get("a", Font); // "b" is now the least recently used

        cache.Get("d", Font);

        Assert.Equal(3, cache.Count);
        Assert.Equal(1, cache.Evictions);
        Assert.False(cache.Contains("b", Font));
        Assert.True(cache.Contains("a", Font));
        Assert.True(cache.Contains("c", Font));
        Assert.True(cache.Contains("d", Font));

        cache.Get("e", Font); // then "c"
        Assert.False(cache.Contains("c", Font));
        Assert.Equal(2, cache.Evictions);
    }

    [Fact]
    public void Contains_neither_counts_nor_reorders()
    {
        var cache = new TextMeasureCache(new TextShaper(FontSet.Default), capacity: 2);
        cache.Get("a", Font);
        cache.Get("b", Font);

        Assert.True(cache.Contains("a", Font));
        cache.Get("c", Font); // "a" is still the oldest

        Assert.False(cache.Contains("a", Font));
        Assert.Equal(0, cache.Hits);
    }

    [Fact]
    public void Clear_empties_the_cache_and_ResetCounters_zeroes_the_counters()
    {
        var cache = new TextMeasureCache(new TextShaper(FontSet.Default), capacity: 4);
        cache.Get("a", Font);
        cache.Get("a", Font);

        cache.Clear();
        Assert.Equal(0, cache.Count);
        Assert.Equal(1, cache.Hits);
        cache.Get("a", Font);
        Assert.Equal(2, cache.Misses);

        cache.ResetCounters();
        Assert.Equal(0, cache.Hits + cache.Misses + cache.Evictions);
    }

    [Fact]
    public void Hits_allocate_nothing()
    {
        var cache = new TextMeasureCache(new TextShaper(FontSet.Default), capacity: 16);
        string[] texts = ["Price", "Size", "Time", "Bid", "Ask"];
        foreach (var t in texts) cache.Get(t, Font);
        foreach (var t in texts) cache.Get(t, Font);

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++) cache.Get(texts[i % texts.Length], Font);

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Bad_arguments_are_rejected()
    {
        var shaper = new TextShaper(FontSet.Default);
        Assert.Throws<ArgumentOutOfRangeException>(() => new TextMeasureCache(shaper, 0));
        Assert.Throws<ArgumentNullException>(() => new TextMeasureCache(null!));
        Assert.Throws<ArgumentNullException>(() => new TextMeasureCache(shaper).Get(null!, Font));
    }

    [Fact]
    public void Each_thread_has_its_own_default_cache()
    {
        var mine = TextMeasureCache.ForCurrentThread;
        TextMeasureCache? other = null;
        var thread = new Thread(() => other = TextMeasureCache.ForCurrentThread);
        thread.Start();
        thread.Join();

        Assert.Same(mine, TextMeasureCache.ForCurrentThread);
        Assert.NotNull(other);
        Assert.NotSame(mine, other);
    }
}
