using Skia.Toolkit.Text;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Text;

public class MappedFileTests
{
    [Fact]
    public void The_file_behind_a_system_font_mapping_is_found()
    {
        using var typeface = SKFontManager.Default.MatchCharacter('比');
        Assert.NotNull(typeface);
        using var stream = typeface.OpenStream(out _);

        var path = MappedFile.PathOf(stream.GetMemoryBase(), stream.Length);

        Assert.NotNull(path);
        Assert.Equal(stream.Length, new FileInfo(path).Length);
    }

    [Fact]
    public void Memory_that_is_no_whole_file_mapping_has_no_path()
    {
        Assert.Null(MappedFile.PathOf(IntPtr.Zero, 100));
        var heap = System.Runtime.InteropServices.Marshal.AllocHGlobal(64);
        try
        {
            Assert.Null(MappedFile.PathOf(heap, 64));
        }
        finally
        {
            System.Runtime.InteropServices.Marshal.FreeHGlobal(heap);
        }
    }
}
