using System.Security.Cryptography;
using SkiaSharp;

namespace Skia.Toolkit.Testing;

/// <summary>
/// PixelDiff compares two rendered images the way a person would: identical pixel bytes
/// pass at once (compared by hash); otherwise each pixel pair is compared by perceived colour
/// distance, and differences that are only anti-aliasing are tolerated.
/// </summary>
/// <remarks>
/// The per-pixel comparison is a port of mapbox/pixelmatch (index.js, ISC licence,
/// https://github.com/mapbox/pixelmatch): the YIQ colour distance of Kotsarenko and Ramos,
/// "Measuring perceived color difference using YIQ NTSC transmission color space in mobile
/// applications", and the anti-aliased pixel detector after Vysniauskas, "Anti-aliased Pixel
/// and Intensity Slope Detector" (2009). Names and constants follow pixelmatch so the two can
/// be read side by side.
/// </remarks>
public static class PixelDiff
{
    /// <summary>DefaultThreshold is pixelmatch's default colour-distance threshold (0 exact, 1 anything goes).</summary>
    public const float DefaultThreshold = 0.1f;

    // The largest possible squared YIQ distance between two colours (black against white),
    // from pixelmatch: a threshold t accepts distances up to MaxYiqDelta * t * t.
    private const double MaxYiqDelta = 35215;

    // pixelmatch draws unchanged pixels as the expected image's brightness faded to 10 %
    // over white, so red and yellow stand out while the layout stays recognisable.
    private const double BackgroundAlpha = 0.1;

    /// <summary>
    /// Compare measures how <paramref name="actual"/> differs from <paramref name="expected"/>.
    /// Images of different sizes are reported as such, not compared. When
    /// <paramref name="drawDiffImage"/> is set and the images differ, the result holds a diff
    /// image: real differences red, tolerated anti-aliasing yellow, the rest faded grey.
    /// </summary>
    public static PixelDiffResult Compare(SKBitmap expected, SKBitmap actual, float threshold = DefaultThreshold, bool drawDiffImage = true)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        if (!(threshold >= 0 && threshold <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The threshold is a fraction between 0 and 1.");
        }

        var expectedSize = new SKSizeI(expected.Width, expected.Height);
        var actualSize = new SKSizeI(actual.Width, actual.Height);
        if (expectedSize != actualSize)
        {
            return PixelDiffResult.SizeMismatch(expectedSize, actualSize);
        }

        var img1 = RgbaPixels.FromBitmap(expected);
        var img2 = RgbaPixels.FromBitmap(actual);
        var expectedHash = Convert.ToHexStringLower(SHA256.HashData(img1.Bytes));
        var actualHash = Convert.ToHexStringLower(SHA256.HashData(img2.Bytes));
        if (expectedHash == actualHash)
        {
            return PixelDiffResult.IdenticalImages(expectedSize, expectedHash);
        }

        var output = drawDiffImage ? new RgbaPixels(img1.Width, img1.Height) : null;
        var (different, antiAliased) = CountDifferences(img1, img2, output, threshold);
        return new PixelDiffResult(expectedSize, actualSize, identical: false, different, antiAliased,
            expectedHash, actualHash, output?.ToBitmap());
    }

    private static (int Different, int AntiAliased) CountDifferences(RgbaPixels img1, RgbaPixels img2, RgbaPixels? output, float threshold)
    {
        var a = img1.Bytes;
        var b = img2.Bytes;
        var width = img1.Width;
        var height = img1.Height;
        var maxDelta = MaxYiqDelta * threshold * threshold;
        var different = 0;
        var antiAliased = 0;
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var pos = (y * width + x) * 4;
                var delta = ColorDelta(a, b, pos, pos, yOnly: false);
                if (delta > maxDelta)
                {
                    if (IsAntiAliased(a, x, y, width, height, b) || IsAntiAliased(b, x, y, width, height, a))
                    {
                        antiAliased++;
                        if (output != null) DrawPixel(output.Bytes, pos, 255, 255, 0);
                    }
                    else
                    {
                        different++;
                        if (output != null) DrawPixel(output.Bytes, pos, 255, 0, 0);
                    }
                }
                else if (output != null)
                {
                    DrawGrayPixel(a, pos, output.Bytes);
                }
            }
        }

        return (different, antiAliased);
    }

    // pixelmatch's antialiased(): a pixel is likely anti-aliasing when among its 8 neighbours
    // there are both a darker and a brighter one, at most two of equal colour, and the darkest
    // or the brightest neighbour sits inside a flat area (3+ equal siblings) in both images.
    private static bool IsAntiAliased(byte[] img, int x1, int y1, int width, int height, byte[] img2)
    {
        var x0 = Math.Max(x1 - 1, 0);
        var y0 = Math.Max(y1 - 1, 0);
        var x2 = Math.Min(x1 + 1, width - 1);
        var y2 = Math.Min(y1 + 1, height - 1);
        var pos = (y1 * width + x1) * 4;
        // A pixel on the image's edge has fewer neighbours; pixelmatch counts that as one equal sibling.
        var zeroes = x1 == x0 || x1 == x2 || y1 == y0 || y1 == y2 ? 1 : 0;
        double min = 0;
        double max = 0;
        int minX = 0, minY = 0, maxX = 0, maxY = 0;

        for (var x = x0; x <= x2; x++)
        {
            for (var y = y0; y <= y2; y++)
            {
                if (x == x1 && y == y1) continue;

                // Brightness difference between the centre pixel and this neighbour.
                var delta = ColorDelta(img, img, pos, (y * width + x) * 4, yOnly: true);
                if (delta == 0)
                {
                    zeroes++;
                    // More than two equal siblings: a flat area, definitely not anti-aliasing.
                    if (zeroes > 2) return false;
                }
                else if (delta < min)
                {
                    min = delta;
                    minX = x;
                    minY = y;
                }
                else if (delta > max)
                {
                    max = delta;
                    maxX = x;
                    maxY = y;
                }
            }
        }

        // Without both a darker and a brighter neighbour there is no slope to smooth.
        if (min == 0 || max == 0) return false;

        return (HasManySiblings(img, minX, minY, width, height) && HasManySiblings(img2, minX, minY, width, height))
            || (HasManySiblings(img, maxX, maxY, width, height) && HasManySiblings(img2, maxX, maxY, width, height));
    }

    // pixelmatch's hasManySiblings(): does the pixel have 3+ neighbours of exactly its colour?
    private static bool HasManySiblings(byte[] img, int x1, int y1, int width, int height)
    {
        var x0 = Math.Max(x1 - 1, 0);
        var y0 = Math.Max(y1 - 1, 0);
        var x2 = Math.Min(x1 + 1, width - 1);
        var y2 = Math.Min(y1 + 1, height - 1);
        var pos = (y1 * width + x1) * 4;
        var zeroes = x1 == x0 || x1 == x2 || y1 == y0 || y1 == y2 ? 1 : 0;

        for (var x = x0; x <= x2; x++)
        {
            for (var y = y0; y <= y2; y++)
            {
                if (x == x1 && y == y1) continue;

                var pos2 = (y * width + x) * 4;
                if (img[pos] == img[pos2] && img[pos + 1] == img[pos2 + 1]
                    && img[pos + 2] == img[pos2 + 2] && img[pos + 3] == img[pos2 + 3])
                {
                    zeroes++;
                }

                if (zeroes > 2) return true;
            }
        }

        return false;
    }

    // pixelmatch's colorDelta(): squared YIQ distance, or the signed brightness (Y) difference
    // only; semi-transparent colours are first blended over white.
    private static double ColorDelta(byte[] img1, byte[] img2, int k, int m, bool yOnly)
    {
        double r1 = img1[k], g1 = img1[k + 1], b1 = img1[k + 2];
        var a1 = img1[k + 3];
        double r2 = img2[m], g2 = img2[m + 1], b2 = img2[m + 2];
        var a2 = img2[m + 3];

        if (a1 == a2 && r1 == r2 && g1 == g2 && b1 == b2) return 0;

        if (a1 < 255)
        {
            var alpha = a1 / 255.0;
            r1 = Blend(r1, alpha);
            g1 = Blend(g1, alpha);
            b1 = Blend(b1, alpha);
        }

        if (a2 < 255)
        {
            var alpha = a2 / 255.0;
            r2 = Blend(r2, alpha);
            g2 = Blend(g2, alpha);
            b2 = Blend(b2, alpha);
        }

        var y = RgbToY(r1, g1, b1) - RgbToY(r2, g2, b2);
        if (yOnly) return y;

        var i = RgbToI(r1, g1, b1) - RgbToI(r2, g2, b2);
        var q = RgbToQ(r1, g1, b1) - RgbToQ(r2, g2, b2);
        // Weights from Kotsarenko and Ramos, as in pixelmatch.
        return 0.5053 * y * y + 0.299 * i * i + 0.1957 * q * q;
    }

    private static double RgbToY(double r, double g, double b) => r * 0.29889531 + g * 0.58662247 + b * 0.11448223;

    private static double RgbToI(double r, double g, double b) => r * 0.59597799 - g * 0.27417610 - b * 0.32180189;

    private static double RgbToQ(double r, double g, double b) => r * 0.21147017 - g * 0.52261711 + b * 0.31114694;

    // Blends a colour channel with alpha over white.
    private static double Blend(double c, double a) => 255 + (c - 255) * a;

    private static void DrawPixel(byte[] output, int pos, byte r, byte g, byte b)
    {
        output[pos] = r;
        output[pos + 1] = g;
        output[pos + 2] = b;
        output[pos + 3] = 255;
    }

    private static void DrawGrayPixel(byte[] img, int pos, byte[] output)
    {
        var brightness = RgbToY(img[pos], img[pos + 1], img[pos + 2]);
        var value = (byte)Math.Clamp(Math.Round(Blend(brightness, BackgroundAlpha * img[pos + 3] / 255.0)), 0, 255);
        DrawPixel(output, pos, value, value, value);
    }
}
