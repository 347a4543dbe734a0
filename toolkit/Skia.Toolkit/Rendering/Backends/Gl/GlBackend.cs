using Skia.Toolkit.Platform;
using SkiaSharp;

namespace Skia.Toolkit.Rendering.Backends.Gl;

/// <summary>
/// GlBackend renders with Skia's OpenGL backend over a window's GL context (<see cref="IGlWindowContext"/>: GLFW's, or one
/// the toolkit made on a worker for a window opened without a client API). Frames are drawn
/// into a retained back buffer that keeps the previous frame, and <see cref="Present"/> shows what changed.
/// Where the driver offers GLX_MESA_copy_sub_buffer and no GLX_EXT_buffer_age (Mesa's software GLX: llvmpipe under
/// Xvfb), and vsync is off or cannot be had, presents never swap: the window's own back buffer keeps its contents and
/// is the retained back buffer, and a present puts only the dirty rectangles on the window (glXCopySubBufferMESA),
/// with no copy at all. Otherwise the retained back buffer is a Skia-owned GL texture/FBO, copied to the window's
/// default framebuffer before a swap. The copy covers only what changed (each dirty rectangle clipped, a scissor on
/// the GPU, or their bounding box when that wastes little) where the swap keeps the default framebuffer's contents
/// and says how old they are (GLX_EXT_buffer_age): the changes of every frame that buffer missed are copied. Where
/// it does not (age 0, no extension, EGL), after a resize and on a present with no recorded change (an expose), the
/// whole back buffer is copied, so what the window shows never depends on what the driver leaves there.
/// Scrolled areas move their pixels inside the back buffer, so a scrolling list repaints only the strip it uncovers:
/// in a texture back buffer through a Skia scratch texture (<see cref="GpuScrollBlit"/>), in the window's own buffer
/// by two framebuffer blits through a GL scratch texture (<see cref="GlWindowScroll"/>).
/// Without a retained back buffer (<see cref="ImmediateWindow"/>) frames are drawn straight into
/// the window's default framebuffer, whose previous contents are undefined: the caller redraws every pixel.
/// </summary>
internal sealed unsafe class GlBackend : IWindowBackend, IPresentDamageSink, IScrollableBackBuffer
{
    private static readonly SKColorType BackBufferColorType = SKColorType.Rgba8888;

    // GL_RGBA8 from GL/gl.h: the default framebuffer's format, as Skia must be told it.
    private const uint GlRgba8 = 0x8058;

    // The window's GL context and drawable (made by GLFW with the window, or by the toolkit on a worker: IGlWindowContext).
    private readonly IGlWindowContext window;
    // Kept in a field: Skia calls it while building the interface, and the GC must not take it meanwhile.
    private readonly GRGlGetProcedureAddressDelegate getProcAddress;
    private readonly GRGlInterface glInterface;
    private readonly GRContext context;
    private GRBackendRenderTarget? windowTarget;
    private SKSurface? windowSurface;
    private SKSurface? backBuffer;
    private SKSizeI size;
    private readonly bool retainBackBuffer;
    private bool disposed;
    private readonly PresentDamage damage = new();
    private readonly GlxBufferAge bufferAge;
    // Presents put dirty rectangles with GLX_MESA_copy_sub_buffer instead of swapping (see PresentByCopy).
    private readonly GlxCopySubBuffer subBuffer;
    private readonly bool copyPresents;
    private readonly GpuScrollBlit scroller = new();
    // Scrolls inside the window's own back buffer (copy presents): framebuffer blits through a scratch texture.
    private readonly GlWindowScroll windowScroller;

    /// <summary>GlBackend makes a Skia GL context on <paramref name="window"/>'s context (GLFW made it with the window); <paramref name="vsync"/> makes swaps wait for the display; <paramref name="retainBackBuffer"/> false draws frames straight into the window's framebuffer.</summary>
    public GlBackend(GlfwWindow window, bool vsync, bool retainBackBuffer = true)
        : this(new GlfwGlContext(window), vsync, retainBackBuffer)
    {
    }

    /// <summary>
    /// GlBackend makes a Skia GL context on <paramref name="glContext"/>, on the calling thread (which it leaves current
    /// there); <paramref name="vsync"/> makes swaps wait for the display; <paramref name="retainBackBuffer"/> false draws
    /// frames straight into the window's framebuffer. The backend owns the context from here on and disposes it last.
    /// </summary>
    public GlBackend(IGlWindowContext glContext, bool vsync, bool retainBackBuffer = true)
    {
        this.retainBackBuffer = retainBackBuffer;
        window = glContext;
        getProcAddress = glContext.GetProcAddress;
        window.MakeContextCurrent();
        window.SwapInterval(vsync ? 1 : 0);
        glInterface = GRGlInterface.Create(getProcAddress)
            ?? throw new InvalidOperationException("Skia could not assemble an OpenGL interface from this context");
        context = GRContext.CreateGl(glInterface)
            ?? throw new InvalidOperationException("Skia could not create an OpenGL context (GRContext.CreateGl returned null)");
        bufferAge = new GlxBufferAge(window.X11Display, window.GlxDrawable);
        subBuffer = new GlxCopySubBuffer(window);
        windowScroller = new GlWindowScroll(window);
        copyPresents = CopyPresentsAllowed && retainBackBuffer && !bufferAge.Supported && subBuffer.Usable(vsync);
        // A copy does not wait for the display: the frame clock paces frames then.
        Vsync = vsync && !copyPresents;
        Detail = RendererString() + (bufferAge.Supported ? ", present by buffer age" : copyPresents ? ", present by copy-sub-buffer" : ", full present (no buffer age)")
            + (glContext.Origin.Length > 0 ? ", " + glContext.Origin : "");
    }

    /// <summary>GlContext is the GL context and window drawable this backend draws with (where frames are read back and waited for).</summary>
    internal IGlWindowContext GlContext => window;

    /// <summary>Detail is the GL driver's renderer and version strings (e.g. "llvmpipe (LLVM 15.0.6, 256 bits), 4.5 (Compatibility Profile) Mesa 22.3.6").</summary>
    public string Detail { get; }

    private string RendererString()
    {
        // GL_RENDERER and GL_VERSION from GL/gl.h.
        const uint GlRenderer = 0x1F01, GlVersion = 0x1F02;
        var getString = (delegate* unmanaged<uint, byte*>)window.GetProcAddress("glGetString");
        if (getString == null) return "unknown GL renderer";
        var renderer = System.Runtime.InteropServices.Marshal.PtrToStringUTF8((IntPtr)getString(GlRenderer));
        var version = System.Runtime.InteropServices.Marshal.PtrToStringUTF8((IntPtr)getString(GlVersion));
        return $"{renderer}, OpenGL {version}";
    }

    /// <summary>Name says which backend this is, for logs and stats.</summary>
    public string Name => "gl";

    /// <summary>Vsync says whether <see cref="Present"/> waits for the display's vertical blank.</summary>
    public bool Vsync { get; }

    /// <summary>Context is Skia's GPU context (for tests and image uploads).</summary>
    public GRContext Context => context;

    /// <summary>BeginFrame gives a canvas over the retained back buffer, which still holds the previous frame unless the size changed.</summary>
    public SKCanvas BeginFrame(SKSizeI pixelSize)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (pixelSize.Width < 1 || pixelSize.Height < 1) throw new ArgumentOutOfRangeException(nameof(pixelSize), pixelSize, "a frame needs at least one pixel");
        window.MakeContextCurrent();
        if (pixelSize != size || windowSurface == null) CreateSurfaces(pixelSize);
        var canvas = (backBuffer ?? windowSurface)!.Canvas;
        canvas.RestoreToCount(1);
        canvas.ResetMatrix();
        return canvas;
    }

    /// <summary>EndFrame sends the frame's drawing to the GPU.</summary>
    public void EndFrame()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        (backBuffer ?? windowSurface)?.Flush();
    }

    /// <inheritdoc/>
    void IPresentDamageSink.AddPresentDamage(ReadOnlySpan<SKRectI> rects) => damage.Add(rects);

    /// <inheritdoc/>
    void IPresentDamageSink.PresentAllNext() => damage.MarkFull();

    /// <summary>
    /// CopyPresentsAllowed false makes backends made afterwards keep the texture back buffer and swap, as drivers with
    /// buffer age or a vsynced swap do (for tests that cover that path on a display where copies would be chosen).
    /// </summary>
    internal static bool CopyPresentsAllowed { get; set; } = true;

    /// <summary>PresentsByCopy says whether presents put the dirty rectangles with GLX_MESA_copy_sub_buffer instead of swapping (for tests).</summary>
    internal bool PresentsByCopy => copyPresents;

    /// <summary>PixelsPut is the number of window pixels presents have put on the window (a swap counts the whole window), for tests.</summary>
    internal long PixelsPut { get; private set; }

    /// <summary>RefusedCopies counts presents whose copy the X server refused (the driver's buffer was not the frame's size), for tests.</summary>
    internal int RefusedCopies { get; private set; }

    /// <summary>ScrollBlits is the number of scroll-blits carried out on the GPU back buffer, texture or the window's own (for tests).</summary>
    internal long ScrollBlits => scroller.Moves + windowScroller.Moves;

    /// <summary>
    /// TryScroll moves pixels inside the GPU back buffer: a texture back buffer through a Skia scratch texture, the
    /// window's own back buffer (copy presents) by framebuffer blits through a GL scratch texture. The moved area is
    /// presented with the frame's dirty rectangles.
    /// </summary>
    bool IScrollableBackBuffer.TryScroll(SKSizeI pixelSize, SKRectI area, int dy)
    {
        if (disposed || backBuffer == null || pixelSize != size) return false;
        window.MakeContextCurrent();
        bool moved = backBuffer == windowSurface
            ? windowScroller.TryScroll(context, size, area, dy)
            : scroller.TryScroll(context, backBuffer, size, BackBufferColorType, area, dy);
        if (!moved) return false;
        damage.Add(area);
        return true;
    }

    /// <summary>Present copies what changed since the window's back buffer was last drawn (everything when that is unknown) to the window and swaps buffers.</summary>
    public void Present()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (windowSurface == null) return;
        if (backBuffer != null)
        {
            window.MakeContextCurrent();
            if (copyPresents)
            {
                PresentByCopy();
                return;
            }
            if (damage.Take(size, bufferAge.Age(), out var rects)) DrawBackBufferToWindow(rects);
            else DrawBackBufferToWindow();
        }
        window.SwapBuffers();
        PixelsPut += (long)size.Width * size.Height;
    }

    /// <summary>
    /// PresentByCopy presents without a swap (GLX_MESA_copy_sub_buffer). Copies never swap, so the window's own back
    /// buffer keeps every frame and is the retained back buffer itself (<see cref="CreateSurfaces"/>): the frame was
    /// drawn there, and only the rectangles that changed since the last present (the bounding box when it wastes
    /// little) are put on the window; everything on the first present, after a resize and after an expose. Mesa's
    /// software GLX looks at the window's size only after a swap, so a new size swaps once before it is drawn; should
    /// the driver's buffer still not be this size (a resize between that swap and the draw), the server refuses the
    /// copy: then a swap shows what the buffer has and makes the driver look again, and the resize event on its way
    /// brings a new size, which repaints everything.
    /// </summary>
    private void PresentByCopy()
    {
        var whole = SKRectI.Create(size);
        var put = damage.Take(size, 1, out var rects)
            ? rects.IsEmpty || PutRects(rects)
            : PutRects(new ReadOnlySpan<SKRectI>(in whole));
        if (!put)
        {
            RefusedCopies++;
            window.SwapBuffers();
            damage.MarkFull();
        }
    }

    /// <summary>
    /// ReadWindowPixels draws the back buffer to the window's framebuffer, as <see cref="Present"/>
    /// does (nothing to draw where the window's buffer is the back buffer), and reads that framebuffer back (glReadPixels): what the window shows.
    /// </summary>
    public SKBitmap ReadWindowPixels()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (backBuffer == null) throw new InvalidOperationException(retainBackBuffer ? "no frame was drawn yet" : "a window drawn without a retained back buffer keeps no frame to read back");
        window.MakeContextCurrent();
        if (backBuffer != windowSurface) DrawBackBufferToWindow();
        var bitmap = new SKBitmap(new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        if (!windowSurface!.ReadPixels(bitmap.Info, bitmap.GetPixels(), bitmap.RowBytes, 0, 0))
        {
            bitmap.Dispose();
            throw new InvalidOperationException("reading the window's framebuffer failed");
        }
        return bitmap;
    }

    /// <summary>ReadBackBuffer copies the retained back buffer, as premultiplied RGBA.</summary>
    public SKBitmap ReadBackBuffer()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        window.MakeContextCurrent();
        if (backBuffer == null) throw new InvalidOperationException("no retained back buffer holds a frame");
        var bitmap = new SKBitmap(new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        if (!backBuffer.ReadPixels(bitmap.Info, bitmap.GetPixels(), bitmap.RowBytes, 0, 0))
        {
            bitmap.Dispose();
            throw new InvalidOperationException("reading the back buffer failed");
        }
        return bitmap;
    }

    private void DrawBackBufferToWindow(ReadOnlySpan<SKRectI> rects)
    {
        var canvas = windowSurface!.Canvas;
        if (rects.Length > 1 && PresentDamage.Cover(rects, out var box)) CopyRect(canvas, box);
        else foreach (var r in rects) CopyRect(canvas, r);
        windowSurface.Flush();
    }

    private bool PutRects(ReadOnlySpan<SKRectI> rects)
    {
        if (rects.Length > 1 && PresentDamage.Cover(rects, out var box)) return subBuffer.Put(box, size.Height) && CountPut(box);
        foreach (var r in rects) CountPut(r);
        return subBuffer.Put(rects, size.Height);
    }

    private bool CountPut(SKRectI r)
    {
        PixelsPut += (long)r.Width * r.Height;
        return true;
    }

    private void CopyRect(SKCanvas canvas, SKRectI r)
    {
        // A rectangle clip on a GPU surface is a scissor: the draw touches only its pixels.
        canvas.Save();
        canvas.ClipRect(r);
        backBuffer!.Draw(canvas, 0, 0, CopyPaint);
        canvas.Restore();
    }

    private void DrawBackBufferToWindow()
    {
        var canvas = windowSurface!.Canvas;
        // Src: the window gets exactly the back buffer's pixels, alpha included, with no blending.
        backBuffer!.Draw(canvas, 0, 0, CopyPaint);
        windowSurface.Flush();
    }

    private static readonly SKPaint CopyPaint = new() { BlendMode = SKBlendMode.Src };

    private void CreateSurfaces(SKSizeI pixelSize)
    {
        // Mesa's software GLX looks at the window's size only after a swap, and copies never swap: swap once (it
        // shows the last frame again) so that the frames of the new size are drawn into a buffer of that size.
        if (copyPresents && windowSurface != null) window.SwapBuffers();
        DisposeSurfaces();
        size = pixelSize;
        windowTarget = new GRBackendRenderTarget(size.Width, size.Height, 0, GlfwWindow.StencilBits, new GRGlFramebufferInfo(0, GlRgba8));
        windowSurface = SKSurface.Create(context, windowTarget, GRSurfaceOrigin.BottomLeft, SKColorType.Rgba8888)
            ?? throw new InvalidOperationException($"Skia could not wrap the window framebuffer ({size.Width}x{size.Height})");
        if (!retainBackBuffer) return;
        if (copyPresents)
        {
            // Copies never swap, so the window's own back buffer keeps every frame: it is the retained back buffer.
            backBuffer = windowSurface;
            backBuffer.Canvas.Clear(SKColors.Transparent);
            return;
        }
        backBuffer = SKSurface.Create(context, false, new SKImageInfo(size.Width, size.Height, BackBufferColorType, SKAlphaType.Premul), 0, GRSurfaceOrigin.TopLeft)
            ?? throw new InvalidOperationException($"Skia could not make a {size.Width}x{size.Height} GPU back buffer");
        backBuffer.Canvas.Clear(SKColors.Transparent);
    }

    private void DisposeSurfaces()
    {
        if (backBuffer != windowSurface) backBuffer?.Dispose();
        backBuffer = null;
        windowSurface?.Dispose();
        windowSurface = null;
        windowTarget?.Dispose();
        windowTarget = null;
    }

    /// <summary>Dispose frees every GPU surface, then the Skia context, with the GL context current.</summary>
    public void Dispose()
    {
        if (disposed) return;
        disposed = true;
        window.MakeContextCurrent();
        DisposeSurfaces();
        scroller.Dispose();
        windowScroller.Dispose();
        context.Flush();
        context.Dispose();
        glInterface.Dispose();
        window.Dispose();
    }
}
