using Skia.Toolkit.Platform;
using SkiaSharp;

namespace Skia.Toolkit.Rendering.Backends.Gl;

/// <summary>
/// GlWindowScroll moves a rectangle of the window's own back buffer (the default framebuffer, where frames are drawn
/// when presents copy sub-buffers instead of swapping) vertically in place with framebuffer blits inside that
/// framebuffer: the rows that stay are moved in strips as high as the offset, beginning at the edge they move
/// towards, so no blit reads rows an earlier one wrote and no blit's source overlaps its destination (which GL
/// leaves undefined). A blit of the same size with nearest filtering and no scissor moves every pixel unchanged,
/// and within one buffer Mesa's software driver (llvmpipe) carries it out as a copy of memory: a C probe on this
/// Xvfb measured 0.07 ms of CPU for a 1000x500 move in 24-row strips, against 4.7-5.9 ms for two blits through a
/// scratch texture, which llvmpipe draws as textured quads (the formats differ). Where a move would take more than
/// <see cref="MaxStrips"/> strips (an offset of a few pixels in a tall area), the rows go through a kept scratch
/// texture instead, two blits. Skia is not told of these GL calls, so its cached GL state is reset afterwards.
/// The scratch texture grows to the largest area moved through it and is kept, so steady scrolling allocates nothing.
/// </summary>
internal sealed unsafe class GlWindowScroll : IDisposable
{
    // From GL/gl.h and GL/glext.h.
    private const uint GlTexture2D = 0x0DE1, GlRgba8 = 0x8058, GlBgra = 0x80E1, GlUnsignedByte = 0x1401;
    private const uint GlReadFramebuffer = 0x8CA8, GlDrawFramebuffer = 0x8CA9, GlColorAttachment0 = 0x8CE0;
    private const uint GlFramebufferComplete = 0x8CD5, GlColorBufferBit = 0x4000, GlNearest = 0x2600, GlScissorTest = 0x0C11;

    private readonly delegate* unmanaged<int, uint*, void> genTextures;
    private readonly delegate* unmanaged<int, uint*, void> deleteTextures;
    private readonly delegate* unmanaged<uint, uint, void> bindTexture;
    private readonly delegate* unmanaged<uint, int, int, int, int, int, uint, uint, void*, void> texImage2D;
    private readonly delegate* unmanaged<int, uint*, void> genFramebuffers;
    private readonly delegate* unmanaged<int, uint*, void> deleteFramebuffers;
    private readonly delegate* unmanaged<uint, uint, void> bindFramebuffer;
    private readonly delegate* unmanaged<uint, uint, uint, uint, int, void> framebufferTexture2D;
    private readonly delegate* unmanaged<uint, uint> checkFramebufferStatus;
    private readonly delegate* unmanaged<int, int, int, int, int, int, int, int, uint, uint, void> blitFramebuffer;
    private readonly delegate* unmanaged<uint, void> disable;

    /// <summary>MaxStrips is the most blits a move is made of in place; a move needing more goes through the scratch texture.</summary>
    public const int MaxStrips = 128;

    private uint texture;
    private uint framebuffer;
    private SKSizeI scratchSize;
    private bool broken;

    /// <summary>GlWindowScroll looks up the GL functions it needs on <paramref name="window"/>'s context (current on the calling thread); it makes nothing yet.</summary>
    public GlWindowScroll(IGlWindowContext window)
    {
        genTextures = (delegate* unmanaged<int, uint*, void>)window.GetProcAddress("glGenTextures");
        deleteTextures = (delegate* unmanaged<int, uint*, void>)window.GetProcAddress("glDeleteTextures");
        bindTexture = (delegate* unmanaged<uint, uint, void>)window.GetProcAddress("glBindTexture");
        texImage2D = (delegate* unmanaged<uint, int, int, int, int, int, uint, uint, void*, void>)window.GetProcAddress("glTexImage2D");
        genFramebuffers = (delegate* unmanaged<int, uint*, void>)window.GetProcAddress("glGenFramebuffers");
        deleteFramebuffers = (delegate* unmanaged<int, uint*, void>)window.GetProcAddress("glDeleteFramebuffers");
        bindFramebuffer = (delegate* unmanaged<uint, uint, void>)window.GetProcAddress("glBindFramebuffer");
        framebufferTexture2D = (delegate* unmanaged<uint, uint, uint, uint, int, void>)window.GetProcAddress("glFramebufferTexture2D");
        checkFramebufferStatus = (delegate* unmanaged<uint, uint>)window.GetProcAddress("glCheckFramebufferStatus");
        blitFramebuffer = (delegate* unmanaged<int, int, int, int, int, int, int, int, uint, uint, void>)window.GetProcAddress("glBlitFramebuffer");
        disable = (delegate* unmanaged<uint, void>)window.GetProcAddress("glDisable");
        broken = genTextures == null || deleteTextures == null || bindTexture == null || texImage2D == null || genFramebuffers == null
            || deleteFramebuffers == null || bindFramebuffer == null || framebufferTexture2D == null || checkFramebufferStatus == null
            || blitFramebuffer == null || disable == null;
    }

    /// <summary>Moves is the number of moves carried out (for tests: the window's buffer really moved pixels).</summary>
    public long Moves { get; private set; }

    /// <summary>
    /// TryScroll moves the pixels of <paramref name="area"/> (device pixels, top-left origin) in the window's default
    /// framebuffer, <paramref name="bufferSize"/> big, down by <paramref name="dy"/> device pixels (up when negative),
    /// within the area; the strip uncovered keeps its old pixels for the caller to repaint. The GL context must be
    /// current and Skia's drawing flushed. False when nothing would stay visible or the driver cannot blit (the caller
    /// repaints the area).
    /// </summary>
    public bool TryScroll(GRContext context, SKSizeI bufferSize, SKRectI area, int dy)
    {
        if (broken) return false;
        area = SKRectI.Intersect(area, new SKRectI(0, 0, bufferSize.Width, bufferSize.Height));
        if (area.Width <= 0 || area.Height <= 0 || dy == 0 || Math.Abs(dy) >= area.Height) return false;
        // The rows that stay inside the area, where they are now, in GL's bottom-up rows.
        int width = area.Width, height = area.Height - Math.Abs(dy);
        int left = area.Left, top = dy > 0 ? area.Top : area.Top - dy;
        int sourceY = bufferSize.Height - (top + height), targetY = sourceY - dy;
        int offset = Math.Abs(dy);
        if ((height + offset - 1) / offset <= MaxStrips)
        {
            MoveInStrips(left, bufferSize.Height, top, width, height, dy);
        }
        else
        {
            if (!EnsureScratch(width, height))
            {
                context.ResetContext(GRGlBackendState.All);
                return false;
            }

            disable(GlScissorTest);
            bindFramebuffer(GlReadFramebuffer, 0);
            bindFramebuffer(GlDrawFramebuffer, framebuffer);
            blitFramebuffer(left, sourceY, left + width, sourceY + height, 0, 0, width, height, GlColorBufferBit, GlNearest);
            bindFramebuffer(GlReadFramebuffer, framebuffer);
            bindFramebuffer(GlDrawFramebuffer, 0);
            blitFramebuffer(0, 0, width, height, left, targetY, left + width, targetY + height, GlColorBufferBit, GlNearest);
            bindFramebuffer(GlReadFramebuffer, 0);
        }

        context.ResetContext(GRGlBackendState.All);
        Moves++;
        return true;
    }

    /// <summary>
    /// MoveInStrips moves rows [<paramref name="top"/>, top + <paramref name="height"/>) (top-left origin) of columns
    /// [<paramref name="left"/>, left + <paramref name="width"/>) by <paramref name="dy"/> inside the default framebuffer,
    /// <paramref name="bufferHeight"/> rows high, in strips at most |dy| rows high, beginning with the strip nearest the
    /// edge the rows move towards: each strip's destination was read by the strip before it, or lies outside the rows
    /// that stay, and never overlaps its own source.
    /// </summary>
    private void MoveInStrips(int left, int bufferHeight, int top, int width, int height, int dy)
    {
        disable(GlScissorTest);
        bindFramebuffer(GlReadFramebuffer, 0);
        bindFramebuffer(GlDrawFramebuffer, 0);
        int offset = Math.Abs(dy), bottom = top + height;
        for (int done = 0; done < height; done += offset)
        {
            int rows = Math.Min(offset, height - done);
            // Moving down: strips from the bottom of the rows that stay; moving up: from their top.
            int stripTop = dy > 0 ? bottom - done - rows : top + done;
            int sourceY = bufferHeight - (stripTop + rows), targetY = sourceY - dy;
            blitFramebuffer(left, sourceY, left + width, sourceY + rows, left, targetY, left + width, targetY + rows, GlColorBufferBit, GlNearest);
        }
    }

    private bool EnsureScratch(int width, int height)
    {
        if (framebuffer != 0 && width <= scratchSize.Width && height <= scratchSize.Height) return true;
        scratchSize = new SKSizeI(Math.Max(width, scratchSize.Width), Math.Max(height, scratchSize.Height));
        uint name;
        if (texture == 0)
        {
            genTextures(1, &name);
            texture = name;
        }

        bindTexture(GlTexture2D, texture);
        // BGRA data, the layout of Mesa's software window buffers (the probe found llvmpipe still draws these blits as quads).
        texImage2D(GlTexture2D, 0, (int)GlRgba8, scratchSize.Width, scratchSize.Height, 0, GlBgra, GlUnsignedByte, null);
        if (framebuffer == 0)
        {
            genFramebuffers(1, &name);
            framebuffer = name;
        }

        bindFramebuffer(GlDrawFramebuffer, framebuffer);
        framebufferTexture2D(GlDrawFramebuffer, GlColorAttachment0, GlTexture2D, texture, 0);
        if (checkFramebufferStatus(GlDrawFramebuffer) == GlFramebufferComplete) return true;
        // A driver that cannot render to the texture: scrolls repaint from here on.
        broken = true;
        return false;
    }

    /// <summary>Dispose frees the scratch texture and framebuffer (with the GL context current, before it goes).</summary>
    public void Dispose()
    {
        if (framebuffer != 0)
        {
            uint name = framebuffer;
            deleteFramebuffers(1, &name);
            framebuffer = 0;
        }

        if (texture != 0)
        {
            uint name = texture;
            deleteTextures(1, &name);
            texture = 0;
        }

        scratchSize = default;
        broken = true;
    }
}
