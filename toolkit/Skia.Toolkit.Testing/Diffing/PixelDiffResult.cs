using SkiaSharp;

namespace Skia.Toolkit.Testing;

/// <summary>
/// PixelDiffResult is the outcome of <see cref="PixelDiff.Compare"/>: whether the sizes match,
/// whether the pixels are identical, how many pixels differ for real and how many only by
/// anti-aliasing, and a diff image to look at. Dispose it to free the diff image.
/// </summary>
public sealed class PixelDiffResult : IDisposable
{
    internal PixelDiffResult(SKSizeI expectedSize, SKSizeI actualSize, bool identical, int differentPixels,
        int antiAliasedPixels, string? expectedHash, string? actualHash, SKBitmap? diffImage)
    {
        ExpectedSize = expectedSize;
        ActualSize = actualSize;
        Identical = identical;
        DifferentPixels = differentPixels;
        AntiAliasedPixels = antiAliasedPixels;
        ExpectedHash = expectedHash;
        ActualHash = actualHash;
        DiffImage = diffImage;
    }

    /// <summary>ExpectedSize is the expected image's size in pixels.</summary>
    public SKSizeI ExpectedSize { get; }

    /// <summary>ActualSize is the actual image's size in pixels.</summary>
    public SKSizeI ActualSize { get; }

    /// <summary>SizesMatch tells whether both images have the same size; if not, no pixel was compared.</summary>
    public bool SizesMatch => ExpectedSize == ActualSize;

    /// <summary>Identical is true when the pixel bytes hash the same, so no per-pixel comparison ran.</summary>
    public bool Identical { get; }

    /// <summary>DifferentPixels counts pixels whose colour differs beyond the threshold and that are not anti-aliasing.</summary>
    public int DifferentPixels { get; }

    /// <summary>AntiAliasedPixels counts pixels that differ beyond the threshold but were judged anti-aliasing, so tolerated.</summary>
    public int AntiAliasedPixels { get; }

    /// <summary>ExpectedHash is the SHA-256 of the expected image's RGBA pixels (null when the sizes differ).</summary>
    public string? ExpectedHash { get; }

    /// <summary>ActualHash is the SHA-256 of the actual image's RGBA pixels (null when the sizes differ).</summary>
    public string? ActualHash { get; }

    /// <summary>
    /// DiffImage shows the expected image faded to grey with real differences in red and tolerated
    /// anti-aliasing in yellow; null when the images are identical, differ in size, or none was asked for.
    /// </summary>
    public SKBitmap? DiffImage { get; }

    /// <summary>Passes tells whether the images match: same size and at most <paramref name="budget"/> differing pixels.</summary>
    public bool Passes(int budget)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(budget);
        return SizesMatch && DifferentPixels <= budget;
    }

    /// <summary>Describe says in one sentence how the images compare against <paramref name="budget"/>.</summary>
    public string Describe(int budget)
    {
        if (!SizesMatch)
        {
            return $"Image sizes differ: expected {ExpectedSize.Width}x{ExpectedSize.Height} px, actual {ActualSize.Width}x{ActualSize.Height} px.";
        }

        if (Identical) return "Images are identical.";

        var verdict = DifferentPixels <= budget ? "within" : "over";
        return $"{DifferentPixels} pixel(s) differ ({verdict} the budget of {budget}); "
            + $"{AntiAliasedPixels} more differ only by anti-aliasing and are tolerated.";
    }

    /// <summary>Dispose frees the diff image.</summary>
    public void Dispose() => DiffImage?.Dispose();

    internal static PixelDiffResult SizeMismatch(SKSizeI expected, SKSizeI actual) =>
        new(expected, actual, identical: false, differentPixels: 0, antiAliasedPixels: 0, null, null, null);

    internal static PixelDiffResult IdenticalImages(SKSizeI size, string hash) =>
        new(size, size, identical: true, differentPixels: 0, antiAliasedPixels: 0, hash, hash, null);
}
