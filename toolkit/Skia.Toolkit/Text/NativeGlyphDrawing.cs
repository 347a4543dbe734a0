using System.Runtime.InteropServices;
using SkiaSharp;

namespace Skia.Toolkit.Text;

/// <summary>NativeGlyphDrawing draws a span of glyph ids straight through Skia's C API, allocating nothing managed.</summary>
/// <remarks>
/// SkiaSharp offers no public call that draws glyph ids without a managed object per draw:
/// SKTextBlobBuilder.Build() wraps every blob in a new SKTextBlob (80 bytes per build, measured
/// with GC.GetAllocatedBytesForCurrentThread) and SKCanvas.DrawText only takes strings. Numbers
/// change every frame, so NumericText calls libSkiaSharp's sk_canvas_draw_simple_text with the
/// glyph-id encoding — the same native entry point SKCanvas.DrawText(string, ...) uses.
/// </remarks>
internal static unsafe partial class NativeGlyphDrawing
{
    // The same library name SkiaSharp binds to, so the one copy of libSkiaSharp already loaded is used.
    private const string SkiaLibrary = "libSkiaSharp";

    /// <summary>DrawGlyphs draws glyphs of <paramref name="font"/> from (x, baseline), each advanced by its own width.</summary>
    public static void DrawGlyphs(SKCanvas canvas, ReadOnlySpan<ushort> glyphs, float x, float baseline, SKFont font, SKPaint paint)
    {
        if (glyphs.IsEmpty) return;
        // A disposed Skia object has a null handle; native code would dereference it and crash the process.
        if (canvas.Handle == 0) throw new ObjectDisposedException(nameof(SKCanvas));
        if (font.Handle == 0) throw new ObjectDisposedException(nameof(SKFont));
        if (paint.Handle == 0) throw new ObjectDisposedException(nameof(SKPaint));
        fixed (ushort* text = glyphs)
        {
            sk_canvas_draw_simple_text(canvas.Handle, text, (nuint)(glyphs.Length * sizeof(ushort)), (int)SKTextEncoding.GlyphId, x, baseline, font.Handle, paint.Handle);
        }
        GC.KeepAlive(canvas);
        GC.KeepAlive(font);
        GC.KeepAlive(paint);
    }

    [LibraryImport(SkiaLibrary)]
    private static partial void sk_canvas_draw_simple_text(nint canvas, void* text, nuint byteLength, int encoding, float x, float y, nint font, nint paint);
}
