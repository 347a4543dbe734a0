using System.Runtime.InteropServices;

namespace Skia.Toolkit.Rendering.Backends;

/// <summary>
/// BackBufferMemory hands out the zeroed native memory of a raster back buffer. On Linux the buffer starts on a
/// 2 MiB boundary and its whole 2 MiB blocks are offered to the kernel as transparent huge pages
/// (<c>madvise(MADV_HUGEPAGE)</c>, which works where /sys/kernel/mm/transparent_hugepage/enabled is "madvise",
/// the common default, as well as "always"). A 1280x800 buffer then spans 2 TLB entries instead of 1,000: a
/// frame touches its rows far apart (a row is 5,120 bytes, more than a 4 KiB page), so clearing a dirty column,
/// moving scrolled rows and blitting glyphs took a TLB miss per row. Elsewhere, or when the kernel says no, it is
/// ordinary memory.
/// </summary>
internal static unsafe partial class BackBufferMemory
{
    private const nuint HugePage = 2 * 1024 * 1024;
    private const int MadvHugePage = 14;

    /// <summary>Allocate returns <paramref name="bytes"/> zeroed bytes, huge-page backed where the platform allows.</summary>
    public static byte* Allocate(nuint bytes)
    {
        if (!OperatingSystem.IsLinux()) return (byte*)NativeMemory.AllocZeroed(bytes);
        byte* pixels;
        if (bytes < HugePage)
        {
            pixels = (byte*)NativeMemory.AlignedAlloc(bytes, 64);
            NativeMemory.Clear(pixels, bytes);
            return pixels;
        }

        // A tail of less than an eighth of the buffer is rounded up to a whole huge page (98 KB for 1280x800), so
        // the last rows are not left in small pages; a longer one stays in small pages and adds nothing.
        nuint whole = (bytes + HugePage - 1) / HugePage * HugePage;
        nuint length = whole - bytes <= bytes / 8 ? whole : bytes;
        pixels = (byte*)NativeMemory.AlignedAlloc(length, HugePage);
        // Advice only, given before the memory is first touched, so the zeroing below faults it in as huge pages.
        _ = madvise(pixels, length / HugePage * HugePage, MadvHugePage);
        NativeMemory.Clear(pixels, length);
        return pixels;
    }

    /// <summary>Free returns memory <see cref="Allocate"/> gave.</summary>
    public static void Free(byte* pixels)
    {
        if (OperatingSystem.IsLinux()) NativeMemory.AlignedFree(pixels);
        else NativeMemory.Free(pixels);
    }

    [LibraryImport("libc")]
    private static partial int madvise(void* address, nuint length, int advice);
}
