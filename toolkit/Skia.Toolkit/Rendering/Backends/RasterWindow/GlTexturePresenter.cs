using Skia.Toolkit.Platform;
using SkiaSharp;

namespace Skia.Toolkit.Rendering.Backends.RasterWindow;

/// <summary>
/// GlTexturePresenter shows raster frames through the window's GL context: Skia uploads the frame
/// to a texture and draws it to the default framebuffer. For drivers that can make a context but
/// draw wrongly: only the upload and textured quads touch the GPU. Only the rectangles that changed are
/// uploaded and drawn (their bounding box when that wastes little), where the swap keeps the window's back
/// buffer and says how old it is (GLX_EXT_buffer_age): the copy then covers the changes of every frame the
/// buffer missed. A buffer of unknown age (0, or no extension) gets the whole frame.
/// </summary>
internal sealed class GlTexturePresenter : IRasterPresenter
{
    private const uint GlRgba8 = 0x8058; // GL_RGBA8, the default framebuffer's format.
    private static readonly SKPaint CopyPaint = new() { BlendMode = SKBlendMode.Src };

    private readonly GlfwWindow window;
    private readonly GRGlGetProcedureAddressDelegate getProcAddress = GlfwWindow.GetProcAddress;
    private readonly GRGlInterface glInterface;
    private readonly GRContext context;
    private GRBackendRenderTarget? target;
    private SKSurface? surface;
    private SKSizeI size;
    private readonly Gl.GlxBufferAge bufferAge;

    /// <summary>GlTexturePresenter makes a Skia GL context on <paramref name="window"/>'s context.</summary>
    public GlTexturePresenter(GlfwWindow window, bool vsync)
    {
        this.window = window;
        window.MakeContextCurrent();
        GlfwWindow.SwapInterval(vsync ? 1 : 0);
        glInterface = GRGlInterface.Create(getProcAddress) ?? throw new InvalidOperationException("no OpenGL interface");
        context = GRContext.CreateGl(glInterface) ?? throw new InvalidOperationException("GRContext.CreateGl returned null");
        bufferAge = new Gl.GlxBufferAge(window);
    }

    /// <inheritdoc/>
    public string Path => bufferAge.Supported ? "GL texture, dirty rectangles by buffer age" : "GL texture, full frames (no buffer age)";

    /// <inheritdoc/>
    public IPixelStore? Store => null;

    /// <inheritdoc/>
    public void Present(RasterBackend frame, PresentDamage damage)
    {
        window.MakeContextCurrent();
        var age = frame.PixelSize == size ? bufferAge.Age() : 0;
        var draw = damage.Take(frame.PixelSize, age, out var rects) ? Draw(frame, rects) : Draw(frame);
        draw.Flush();
        window.SwapBuffers();
    }

    /// <summary>WaitUntilRead returns at once: the upload in <see cref="Present"/> has read the frame before the swap.</summary>
    public void WaitUntilRead()
    {
    }

    /// <summary>ReadWindowPixels draws the frame to the default framebuffer and reads that back.</summary>
    public SKBitmap ReadWindowPixels(RasterBackend frame)
    {
        window.MakeContextCurrent();
        var draw = Draw(frame);
        draw.Flush();
        // RGBA, as IWindowBackend promises, whatever order the raster frame is in.
        var bitmap = new SKBitmap(new SKImageInfo(frame.PixelSize.Width, frame.PixelSize.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        if (!draw.ReadPixels(bitmap.Info, bitmap.GetPixels(), bitmap.RowBytes, 0, 0))
        {
            bitmap.Dispose();
            throw new InvalidOperationException("reading the window's framebuffer failed");
        }
        return bitmap;
    }

    private SKSurface Draw(RasterBackend frame) => Draw(frame, [SKRectI.Create(frame.PixelSize)]);

    private unsafe SKSurface Draw(RasterBackend frame, ReadOnlySpan<SKRectI> rects)
    {
        if (frame.PixelSize != size || surface == null)
        {
            surface?.Dispose();
            target?.Dispose();
            size = frame.PixelSize;
            target = new GRBackendRenderTarget(size.Width, size.Height, 0, GlfwWindow.StencilBits, new GRGlFramebufferInfo(0, GlRgba8));
            surface = SKSurface.Create(context, target, GRSurfaceOrigin.BottomLeft, SKColorType.Rgba8888)
                ?? throw new InvalidOperationException("Skia could not wrap the window framebuffer");
        }
        fixed (byte* pixels = frame.Pixels)
        {
            // New images each frame: Skia caches uploads by image id, and the pixels under them changed.
            // Each is the rectangle's pixels in place (an offset into the frame, the frame's row stride),
            // so only they are uploaded. The frame is BGRA (Skia's native raster order); Skia uploads it
            // with GL_BGRA as the external format where the driver has it (desktop GL 1.2+), so no CPU swizzle.
            if (rects.Length > 1 && PresentDamage.Cover(rects, out var box)) Upload(frame, pixels, box);
            else foreach (var r in rects) Upload(frame, pixels, r);
            surface.Flush();
            context.Submit(true); // the upload must finish while the pixels are pinned
        }
        return surface;
    }

    private unsafe void Upload(RasterBackend frame, byte* pixels, SKRectI r)
    {
        var info = new SKImageInfo(r.Width, r.Height, frame.Info.ColorType, frame.Info.AlphaType);
        using var image = SKImage.FromPixels(info, (IntPtr)(pixels + (long)r.Top * frame.RowBytes + r.Left * 4L), frame.RowBytes);
        surface!.Canvas.DrawImage(image, r.Left, r.Top, SKSamplingOptions.Default, CopyPaint);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        window.MakeContextCurrent();
        surface?.Dispose();
        target?.Dispose();
        context.Dispose();
        glInterface.Dispose();
    }
}
