using Skia.Toolkit.Platform;
using SkiaSharp;

namespace Skia.Toolkit.Rendering.Backends.RasterWindow;

/// <summary>
/// GlTexturePresenter shows raster frames through the window's GL context: Skia uploads the frame
/// to a texture and draws it to the default framebuffer. For drivers that can make a context but
/// draw wrongly: only the upload and one textured quad touch the GPU.
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

    /// <summary>GlTexturePresenter makes a Skia GL context on <paramref name="window"/>'s context.</summary>
    public GlTexturePresenter(GlfwWindow window, bool vsync)
    {
        this.window = window;
        window.MakeContextCurrent();
        GlfwWindow.SwapInterval(vsync ? 1 : 0);
        glInterface = GRGlInterface.Create(getProcAddress) ?? throw new InvalidOperationException("no OpenGL interface");
        context = GRContext.CreateGl(glInterface) ?? throw new InvalidOperationException("GRContext.CreateGl returned null");
    }

    /// <inheritdoc/>
    public string Path => "GL texture";

    /// <inheritdoc/>
    public void Present(RasterBackend frame)
    {
        window.MakeContextCurrent();
        var draw = Draw(frame);
        draw.Flush();
        window.SwapBuffers();
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

    private unsafe SKSurface Draw(RasterBackend frame)
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
            // A new image each frame: Skia caches uploads by image id, and the pixels under it changed.
            // The frame is BGRA (Skia's native raster order); Skia uploads it with GL_BGRA as the
            // external format where the driver has it (desktop GL 1.2+), so no CPU swizzle.
            using var image = SKImage.FromPixels(frame.Info, (IntPtr)pixels, frame.RowBytes);
            surface.Canvas.DrawImage(image, 0, 0, SKSamplingOptions.Default, CopyPaint);
            surface.Flush();
            context.Submit(true); // the upload must finish while the pixels are pinned
        }
        return surface;
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
