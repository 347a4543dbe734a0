using Skia.Toolkit.Platform;

namespace Skia.Toolkit.Tests.Testing;

/// <summary>ExactPixels compares a window's back buffer with a reference window's, byte for byte (no tolerance).</summary>
internal static class ExactPixels
{
    /// <summary>AssertEqual fails naming the first differing pixel and channel, after <paramref name="context"/>.</summary>
    public static void AssertEqual(HeadlessWindow window, HeadlessWindow reference, string context)
    {
        var a = window.Backend.Pixels;
        var e = reference.Backend.Pixels;
        Assert.Equal(e.Length, a.Length);
        var width = window.Backend.PixelSize.Width;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != e[i]) Assert.Fail($"{context}pixel ({i / 4 % width},{i / 4 / width}) channel {i % 4} is {a[i]}, from scratch {e[i]}.");
        }
    }
}
