using SkiaSharp;

namespace Skia.Toolkit.Rendering.Backends;

/// <summary>
/// GpuScrollBlit moves a rectangle of a GPU back buffer's pixels vertically in place (Widget.InvalidateScrolled on
/// the GL backend's texture back buffer): a surface cannot be drawn into itself, so the rows that stay visible are copied into
/// a scratch texture and from there to their new place, both as Src draws at whole-pixel offsets with nearest
/// sampling, so every pixel moves unchanged (the back buffer then equals a frame drawn from scratch, as the raster
/// backend's memmove does). The scratch texture grows to the largest area moved and is kept, so steady scrolling
/// allocates nothing.
/// </summary>
internal sealed class GpuScrollBlit : IDisposable
{
    private static readonly SKPaint CopyPaint = new() { BlendMode = SKBlendMode.Src };

    private SKSurface? scratch;
    private SKSizeI scratchSize;

    /// <summary>Moves is the number of moves carried out (for tests: a GPU back buffer really moved pixels).</summary>
    public long Moves { get; private set; }

    /// <summary>
    /// TryScroll moves the pixels of <paramref name="area"/> in <paramref name="buffer"/> (of <paramref name="bufferSize"/>)
    /// down by <paramref name="dy"/> device pixels (up when negative), within the area; the strip uncovered keeps its old
    /// pixels for the caller to repaint. False when nothing would stay visible (the caller repaints the area).
    /// </summary>
    public bool TryScroll(GRContext context, SKSurface buffer, SKSizeI bufferSize, SKColorType colorType, SKRectI area, int dy)
    {
        area = SKRectI.Intersect(area, new SKRectI(0, 0, bufferSize.Width, bufferSize.Height));
        if (area.Width <= 0 || area.Height <= 0 || dy == 0 || Math.Abs(dy) >= area.Height) return false;
        // The rows that stay inside the area, where they are now.
        var source = dy > 0
            ? new SKRectI(area.Left, area.Top, area.Right, area.Bottom - dy)
            : new SKRectI(area.Left, area.Top - dy, area.Right, area.Bottom);
        var canvas = EnsureScratch(context, colorType, source.Width, source.Height);

        int saved = canvas.Save();
        canvas.ResetMatrix();
        canvas.ClipRect(new SKRect(0, 0, source.Width, source.Height), SKClipOperation.Intersect, antialias: false);
        buffer.Draw(canvas, -source.Left, -source.Top, CopyPaint);
        canvas.RestoreToCount(saved);

        var target = buffer.Canvas;
        saved = target.Save();
        target.ResetMatrix();
        target.ClipRect(new SKRect(source.Left, source.Top + dy, source.Right, source.Bottom + dy), SKClipOperation.Intersect, antialias: false);
        scratch!.Draw(target, source.Left, source.Top + dy, CopyPaint);
        target.RestoreToCount(saved);
        Moves++;
        return true;
    }

    private SKCanvas EnsureScratch(GRContext context, SKColorType colorType, int width, int height)
    {
        if (scratch == null || width > scratchSize.Width || height > scratchSize.Height)
        {
            scratch?.Dispose();
            scratchSize = new SKSizeI(Math.Max(width, scratchSize.Width), Math.Max(height, scratchSize.Height));
            scratch = SKSurface.Create(context, false, new SKImageInfo(scratchSize.Width, scratchSize.Height, colorType, SKAlphaType.Premul), 0, GRSurfaceOrigin.TopLeft)
                ?? throw new InvalidOperationException($"Skia could not make a {scratchSize.Width}x{scratchSize.Height} GPU scratch texture for a scroll-blit");
        }

        return scratch.Canvas;
    }

    /// <summary>Dispose frees the scratch texture (before the GPU context goes).</summary>
    public void Dispose()
    {
        scratch?.Dispose();
        scratch = null;
        scratchSize = default;
    }
}
