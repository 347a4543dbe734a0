using System.Runtime.InteropServices;
using SkiaSharp;

namespace Skia.Toolkit.Widgets.Charts;

/// <summary>
/// NativePathDrawing draws what an <see cref="SKPathBuilder"/> holds through Skia's C API, allocating nothing managed:
/// <see cref="SKPathBuilder.Snapshot"/> wraps every path in a new SKPath (the depth chart draws four a frame), and
/// SkiaSharp 4 marks SKPath's own mutators obsolete, so a reused SKPath is not an option. The path drawn is the one
/// Snapshot would have made (sk_pathbuilder_snapshot_path, the entry point Snapshot calls).
/// </summary>
internal static partial class NativePathDrawing
{
    private const string SkiaLibrary = "libSkiaSharp";

    /// <summary>Snapshot copies the builder's path into a native path that <see cref="Delete"/> must free.</summary>
    public static nint Snapshot(SKPathBuilder builder)
    {
        if (builder.Handle == 0) throw new ObjectDisposedException(nameof(SKPathBuilder));
        var path = sk_pathbuilder_snapshot_path(builder.Handle);
        GC.KeepAlive(builder);
        return path;
    }

    /// <summary>Draw draws a native path made by <see cref="Snapshot"/>.</summary>
    public static void Draw(SKCanvas canvas, nint path, SKPaint paint)
    {
        // A disposed Skia object has a null handle; native code would dereference it and crash the process.
        if (canvas.Handle == 0) throw new ObjectDisposedException(nameof(SKCanvas));
        if (paint.Handle == 0) throw new ObjectDisposedException(nameof(SKPaint));
        if (path == 0) return;
        sk_canvas_draw_path(canvas.Handle, path, paint.Handle);
        GC.KeepAlive(canvas);
        GC.KeepAlive(paint);
    }

    /// <summary>DrawSnapshot draws the builder's current path (a snapshot made and freed here).</summary>
    public static void DrawSnapshot(SKCanvas canvas, SKPathBuilder builder, SKPaint paint)
    {
        var path = Snapshot(builder);
        try
        {
            Draw(canvas, path, paint);
        }
        finally
        {
            Delete(path);
        }
    }

    /// <summary>Delete frees a native path made by <see cref="Snapshot"/> (0 is ignored).</summary>
    public static void Delete(nint path)
    {
        if (path != 0) sk_path_delete(path);
    }

    [LibraryImport(SkiaLibrary)]
    private static partial nint sk_pathbuilder_snapshot_path(nint builder);

    [LibraryImport(SkiaLibrary)]
    private static partial void sk_canvas_draw_path(nint canvas, nint path, nint paint);

    [LibraryImport(SkiaLibrary)]
    private static partial void sk_path_delete(nint path);
}
