using SkiaSharp;

namespace Skia.Toolkit.Tests.Text;

/// <summary>Writes images from text tests under the test output folder, for a human to look at.</summary>
internal static class TestOutput
{
    public static string Directory { get; } = CreateDirectory();

    public static string SavePng(SKBitmap bitmap, string name)
    {
        var path = Path.Combine(Directory, name);
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        using var file = File.Create(path);
        data.SaveTo(file);
        return path;
    }

    private static string CreateDirectory()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "text-output");
        System.IO.Directory.CreateDirectory(dir);
        return dir;
    }
}
