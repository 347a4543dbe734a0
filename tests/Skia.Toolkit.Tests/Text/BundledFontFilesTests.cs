using SkiaSharp;

namespace Skia.Toolkit.Tests.Text;

public class BundledFontFilesTests
{
    [Theory]
    [InlineData("Inter-Regular.otf", "Inter")]
    [InlineData("JetBrainsMono-Regular.ttf", "JetBrains Mono")]
    public void Bundled_font_file_loads_in_skia_with_its_family(string file, string family)
    {
        var path = Path.Combine(RepoPaths.Root, "fonts", file);
        using var typeface = SKTypeface.FromFile(path);
        Assert.NotNull(typeface);
        Assert.Equal(family, typeface.FamilyName);
    }
}
