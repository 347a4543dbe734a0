using System.Runtime.InteropServices;
using Skia.Toolkit.Platform;
using SkiaSharp;

namespace Skia.Toolkit.Rendering.Backends.RasterWindow;

/// <summary>
/// X11ImagePresenter shows raster frames with no GPU at all, in the server's 24-bit TrueColor layout (BGRX in
/// memory, which the native BGRA back buffer already is), one request per changed rectangle: the X server keeps
/// the window's other pixels until an expose, which arrives as a present with no recorded change and sends the
/// whole frame. Where the server shares memory with us (MIT-SHM on a local display) the back buffer itself
/// lives in the shared segment (<see cref="IPixelStore"/>) and each rectangle is one <c>XShmPutImage</c>: the
/// server reads the pixels in place, nothing crosses the socket. Elsewhere each rectangle is an <c>XPutImage</c>
/// (the pixels go through the socket). A present does not wait for the server: it sends the rectangles, asks for
/// a completion event after the last one and flushes. The server reads the shared back buffer in place, so before
/// the back buffer changes again (the next frame's drawing or scroll, a resize) <see cref="WaitUntilRead"/> makes
/// sure it has: usually the completion has long arrived by then (a frame later) and the check costs one
/// non-blocking read of the socket; only when it has not does it wait (<c>XSync</c>). Frames therefore never wait
/// for the server's round trip inside their own work, and the server draws one frame while the client prepares
/// the next. <see cref="ShownFrame"/> waits for a frame to be on the screen where that is what is measured.
/// </summary>
internal sealed unsafe partial class X11ImagePresenter : IRasterPresenter, IPixelStore
{
    private const string Library = "libX11.so.6";
    private const string ExtLibrary = "libXext.so.6";
    private const int ZPixmap = 2;

    [LibraryImport(Library)] private static partial IntPtr XCreateGC(IntPtr display, nuint drawable, nuint valueMask, IntPtr values);
    [LibraryImport(Library)] private static partial int XFreeGC(IntPtr display, IntPtr gc);
    [LibraryImport(Library)] private static partial int XDefaultScreen(IntPtr display);
    [LibraryImport(Library)] private static partial IntPtr XDefaultVisual(IntPtr display, int screen);
    [LibraryImport(Library)] private static partial int XDefaultDepth(IntPtr display, int screen);
    [LibraryImport(Library)] private static partial IntPtr XCreateImage(IntPtr display, IntPtr visual, uint depth, int format, int offset, IntPtr data, uint width, uint height, int bitmapPad, int bytesPerLine);
    [LibraryImport(Library)] private static partial int XPutImage(IntPtr display, nuint drawable, IntPtr gc, IntPtr image, int srcX, int srcY, int destX, int destY, uint width, uint height);
    [LibraryImport(Library)] private static partial int XFree(IntPtr data);
    [LibraryImport(Library)] private static partial int XSync(IntPtr display, int discard);
    [LibraryImport(Library)] private static partial IntPtr XGetImage(IntPtr display, nuint drawable, int x, int y, uint width, uint height, nuint planeMask, int format);
    [LibraryImport(Library)] private static partial int XDestroyImage(IntPtr image);
    [LibraryImport(Library)] private static partial IntPtr XDisplayString(IntPtr display);
    [LibraryImport(Library)] private static partial int XFlush(IntPtr display);
    [LibraryImport(Library)] private static partial nuint XNextRequest(IntPtr display);
    [LibraryImport(Library)] private static partial nuint XLastKnownRequestProcessed(IntPtr display);
    [LibraryImport(Library)] private static partial int XEventsQueued(IntPtr display, int mode);

    private const int QueuedAfterReading = 1;

    [LibraryImport(ExtLibrary)] private static partial int XShmQueryExtension(IntPtr display);
    [LibraryImport(ExtLibrary)] private static partial IntPtr XShmCreateImage(IntPtr display, IntPtr visual, uint depth, int format, IntPtr data, ShmSegmentInfo* info, uint width, uint height);
    [LibraryImport(ExtLibrary)] private static partial int XShmAttach(IntPtr display, ShmSegmentInfo* info);
    [LibraryImport(ExtLibrary)] private static partial int XShmDetach(IntPtr display, ShmSegmentInfo* info);
    [LibraryImport(ExtLibrary)] private static partial int XShmPutImage(IntPtr display, nuint drawable, IntPtr gc, IntPtr image, int srcX, int srcY, int destX, int destY, uint width, uint height, int sendEvent);

    [LibraryImport("libc", SetLastError = true)] private static partial int shmget(int key, nuint size, int flags);
    [LibraryImport("libc", SetLastError = true)] private static partial IntPtr shmat(int id, IntPtr address, int flags);
    [LibraryImport("libc")] private static partial int shmdt(IntPtr address);
    [LibraryImport("libc")] private static partial int shmctl(int id, int command, IntPtr buffer);

    private const int IpcPrivate = 0, IpcCreat = 0x200, IpcRmid = 0;

    // XShmSegmentInfo (X11/extensions/XShm.h) on LP64: ShmSeg shmseg; int shmid; char *shmaddr; Bool readOnly.
    [StructLayout(LayoutKind.Sequential)]
    private struct ShmSegmentInfo
    {
        public nuint ShmSeg;
        public int ShmId;
        public IntPtr ShmAddr;
        public int ReadOnly;
    }

    // Offsets into Xlib's XImage struct (X11/Xlib.h) on LP64: char *data after four ints; then
    // byte_order, bitmap_unit, bitmap_bit_order, bitmap_pad, depth, bytes_per_line, bits_per_pixel.
    private const int XImageData = 16;
    private const int XImageBytesPerLine = 44;
    private const int XImageBitsPerPixel = 48;

    private readonly IntPtr display;
    private readonly nuint drawable;
    private readonly IntPtr gc;
    private readonly IntPtr visual;
    private readonly uint depth;
    private bool shm;
    private ShmSegmentInfo* segment; // the shared back buffer, when shm
    private IntPtr shmImage;
    private SKSizeI shmSize;
    private byte* converted;
    private SKSizeI convertedSize;
    private SKSizeI size;
    private nuint pendingRequest; // the last put of the last present, until the server is known to have read the back buffer

    /// <summary>X11ImagePresenter draws into <paramref name="window"/>'s X11 window on GLFW's display connection; <paramref name="useShm"/> false never uses MIT-SHM.</summary>
    public X11ImagePresenter(GlfwWindow window, bool useShm = true)
    {
        display = Glfw.glfwGetX11Display();
        drawable = window.X11Window;
        if (display == IntPtr.Zero || drawable == 0) throw new InvalidOperationException("the window is not an X11 window");
        // The window's own visual and depth: a window made for GL has the visual of its GLX framebuffer config, which may
        // be a 32-bit ARGB one rather than the screen's default; the image must match the window or the server refuses it.
        (visual, depth) = WindowVisual(display, drawable);
        if (depth is not (24 or 32)) throw new InvalidOperationException($"XPutImage presentation needs a 24- or 32-bit TrueColor window, this one is {depth}-bit");
        gc = XCreateGC(display, drawable, 0, IntPtr.Zero);
        if (gc == IntPtr.Zero) throw new InvalidOperationException("XCreateGC failed");
        shm = useShm && RasterBackend.ColorType == SKColorType.Bgra8888 && IsLocal(display) && HasShm(display);
    }

    /// <summary>UsesShm says whether frames reach the server through shared memory (MIT-SHM) instead of the socket.</summary>
    public bool UsesShm => shm;

    /// <inheritdoc/>
    public string Path => shm ? "X11 MIT-SHM XShmPutImage" : "X11 XPutImage";

    /// <summary>LastPresentPixels is how many pixels the last present sent to the X server (tests: a partial present sends only the changed rectangles).</summary>
    public long LastPresentPixels { get; private set; }

    /// <summary>BlockingWaits counts the times the back buffer was about to change while the server had not yet read a present from it, so the client waited (XSync).</summary>
    public long BlockingWaits { get; private set; }

    /// <summary>ReadByServer says whether the server is known to have read every present sent (its completion event was taken off the socket, by the event loop or by us); it reads nothing itself.</summary>
    public bool ReadByServer => pendingRequest == 0 || ServerProcessed(pendingRequest);

    /// <summary>
    /// WaitUntilRead returns once the X server has read the shared back buffer for every present sent, so it may change:
    /// at once when the completion of the last put has arrived (read from the socket without blocking, by us or by the
    /// event loop), else after an <c>XSync</c>. Called before anything writes into the back buffer.
    /// </summary>
    public void WaitUntilRead()
    {
        if (pendingRequest == 0) return;
        if (!ServerProcessed(pendingRequest))
        {
            XEventsQueued(display, QueuedAfterReading); // takes in what has arrived, without blocking
            if (!ServerProcessed(pendingRequest))
            {
                BlockingWaits++;
                XSync(display, 0);
            }
        }
        pendingRequest = 0;
    }

    // Sequence numbers on LP64 Xlib are widened to 64 bits: they do not wrap in a process's life.
    private bool ServerProcessed(nuint request) => XLastKnownRequestProcessed(display) >= request;

    /// <summary>Store is where the raster back buffer should live: the shared segment when MIT-SHM is in use, else null (plain memory).</summary>
    public IPixelStore? Store => shm ? this : null;

    // MIT-SHM needs the server on this machine (a local display, ":0" or "unix:0"); a remote server would refuse the attach.
    private static bool IsLocal(IntPtr display)
    {
        var name = Marshal.PtrToStringUTF8(XDisplayString(display)) ?? "";
        return name.StartsWith(':') || name.StartsWith("unix:", StringComparison.Ordinal);
    }

    private static bool HasShm(IntPtr display)
    {
        try
        {
            return XShmQueryExtension(display) != 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    /// <summary>
    /// Allocate makes a shared memory segment for a back buffer of <paramref name="size"/> and attaches the X server
    /// to it; where that fails (no segment, or the server refuses the attach) it gives plain memory and frames go
    /// through the socket from then on.
    /// </summary>
    byte* IPixelStore.Allocate(SKSizeI size, nuint bytes)
    {
        DetachSegment();
        if (shm)
        {
            var pixels = TryAttachSegment(size, bytes);
            if (pixels != null) return pixels;
            shm = false;
        }
        return (byte*)NativeMemory.AllocZeroed(bytes);
    }

    /// <summary>Free detaches the server and us from the segment, or frees plain memory.</summary>
    void IPixelStore.Free(byte* pixels)
    {
        if (segment != null && (byte*)segment->ShmAddr == pixels) DetachSegment();
        else NativeMemory.Free(pixels);
    }

    [ThreadStatic] private static bool xErrorSeen;

    [UnmanagedCallersOnly]
    private static int OnXError(IntPtr display, IntPtr xEvent)
    {
        xErrorSeen = true; // the server refused (e.g. BadAccess: not the same machine or IPC namespace); not fatal here
        return 0;
    }

    [LibraryImport(Library)] private static partial IntPtr XSetErrorHandler(IntPtr handler);

    private byte* TryAttachSegment(SKSizeI size, nuint bytes)
    {
        var id = shmget(IpcPrivate, bytes, IpcCreat | 0x180); // 0600: ours and the server's (same user)
        if (id < 0) return null;
        var address = shmat(id, IntPtr.Zero, 0);
        if (address == -1)
        {
            shmctl(id, IpcRmid, IntPtr.Zero);
            return null;
        }
        segment = (ShmSegmentInfo*)NativeMemory.AllocZeroed((nuint)sizeof(ShmSegmentInfo));
        segment->ShmId = id;
        segment->ShmAddr = address;
        shmImage = XShmCreateImage(display, visual, depth, ZPixmap, address, segment, (uint)size.Width, (uint)size.Height);
        if (shmImage == IntPtr.Zero || *(int*)(shmImage + XImageBytesPerLine) != size.Width * 4)
        {
            if (shmImage != IntPtr.Zero) XFree(shmImage);
            shmImage = IntPtr.Zero;
            DetachSegment();
            return null;
        }
        // An attach the server refuses is an X error; Xlib's default handler would end the process.
        XSync(display, 0);
        xErrorSeen = false;
        var previous = XSetErrorHandler((IntPtr)(delegate* unmanaged<IntPtr, IntPtr, int>)&OnXError);
        XShmAttach(display, segment);
        XSync(display, 0);
        XSetErrorHandler(previous);
        if (xErrorSeen)
        {
            XFree(shmImage);
            shmImage = IntPtr.Zero;
            DetachSegment();
            return null;
        }
        // Marked for removal now: the kernel frees it once we and the server have detached, even if we crash.
        shmctl(id, IpcRmid, IntPtr.Zero);
        shmSize = size;
        return (byte*)address; // shmget memory starts zeroed
    }

    private void DetachSegment()
    {
        pendingRequest = 0; // puts are pending only from a segment, and the XSync below covers them
        if (segment == null) return;
        if (shmImage != IntPtr.Zero)
        {
            XShmDetach(display, segment);
            XSync(display, 0);
            XFree(shmImage); // the struct only: the pixels are the segment
            shmImage = IntPtr.Zero;
        }
        shmdt(segment->ShmAddr);
        shmctl(segment->ShmId, IpcRmid, IntPtr.Zero);
        NativeMemory.Free(segment);
        segment = null;
        shmSize = default;
    }

    /// <inheritdoc/>
    public void Present(RasterBackend frame, PresentDamage damage)
    {
        // The window keeps what it was last sent: age 1.
        bool partial = damage.Take(frame.PixelSize, 1, out var rects);
        var s = frame.PixelSize;
        size = s;
        long sent = partial ? 0 : (long)s.Width * s.Height;
        foreach (var r in rects) sent += (long)r.Width * r.Height;
        LastPresentPixels = sent;
        fixed (byte* pixels = frame.Pixels)
        {
            if (segment != null && (byte*)segment->ShmAddr == pixels && shmSize == s)
            {
                // The server reads the back buffer in place, later: the last put asks for a completion event, whose
                // arrival (its sequence number) tells WaitUntilRead that every put of this present has been read.
                WaitUntilRead(); // an expose's re-present may come right after a frame's
                if (!partial)
                {
                    pendingRequest = XNextRequest(display);
                    XShmPutImage(display, drawable, gc, shmImage, 0, 0, 0, 0, (uint)s.Width, (uint)s.Height, 1);
                }
                else
                {
                    for (int i = 0; i < rects.Length; i++)
                    {
                        var r = rects[i];
                        bool last = i == rects.Length - 1;
                        if (last) pendingRequest = XNextRequest(display);
                        XShmPutImage(display, drawable, gc, shmImage, r.Left, r.Top, r.Left, r.Top, (uint)r.Width, (uint)r.Height, last ? 1 : 0);
                    }
                }
                XFlush(display);
                return;
            }
            PutThroughSocket(frame, pixels, partial, rects);
        }
    }

    private void PutThroughSocket(RasterBackend frame, byte* pixels, bool partial, ReadOnlySpan<SKRectI> rects)
    {
        var s = frame.PixelSize;
        var rowBytes = s.Width * 4;
        // TrueColor 24-bit on a little-endian client: 0x00RRGGBB per 32-bit pixel, i.e. BGRX bytes.
        // The raster back buffer is already BGRA where that is Skia's native order (x86/ARM Linux), so
        // the server reads it in place (the alpha byte is the ignored pad); otherwise convert once.
        var data = (IntPtr)pixels;
        if (frame.Info.ColorType != SKColorType.Bgra8888)
        {
            if (converted == null || convertedSize != s)
            {
                NativeMemory.Free(converted);
                converted = (byte*)NativeMemory.Alloc((nuint)(rowBytes * s.Height));
                convertedSize = s;
            }
            var bgra = new SKImageInfo(s.Width, s.Height, SKColorType.Bgra8888, SKAlphaType.Premul);
            using var source = new SKPixmap(frame.Info, (IntPtr)pixels, frame.RowBytes);
            if (!source.ReadPixels(bgra, (IntPtr)converted, rowBytes)) throw new InvalidOperationException("pixel conversion failed");
            data = (IntPtr)converted;
        }
        var image = XCreateImage(display, visual, depth, ZPixmap, 0, data, (uint)s.Width, (uint)s.Height, 32, rowBytes);
        if (image == IntPtr.Zero) throw new InvalidOperationException("XCreateImage failed");
        if (!partial) XPutImage(display, drawable, gc, image, 0, 0, 0, 0, (uint)s.Width, (uint)s.Height);
        else foreach (var r in rects) XPutImage(display, drawable, gc, image, r.Left, r.Top, r.Left, r.Top, (uint)r.Width, (uint)r.Height);
        XFree(image); // the struct only: the pixels are ours
        XFlush(display); // Xlib copied the pixels into its buffer or the socket: they may change, no need to wait for the server
    }

    /// <summary>ReadWindowPixels reads the window's contents back from the X server (XGetImage), as premultiplied RGBA.</summary>
    public SKBitmap ReadWindowPixels()
    {
        if (size.Width == 0) throw new InvalidOperationException("nothing was presented yet");
        return ReadX11Window(display, drawable, size);
    }

    /// <summary>
    /// ReadBackOnePixel returns once the X server has drawn every request sent before it into the window: it reads one
    /// pixel of the window back (XGetImage, a round trip answered only after the earlier requests, GL and Vulkan swaps
    /// on this connection included). A frame timed after it is on the screen, not just submitted.
    /// </summary>
    /// <remarks>A window that is not viewable (unmapped: tests on a shared display) has no pixels to read; there an
    /// <c>XSync</c> is the round trip instead. A refused read (BadMatch) is caught, not fatal.</remarks>
    public static void ReadBackOnePixel(IntPtr display, nuint drawable)
    {
        var attributes = stackalloc byte[XWindowAttributesSize];
        if (XGetWindowAttributes(display, drawable, attributes) == 0 || *(int*)(attributes + XWindowAttributesMapState) != IsViewable)
        {
            XSync(display, 0);
            return;
        }
        xErrorSeen = false;
        var previous = XSetErrorHandler((IntPtr)(delegate* unmanaged<IntPtr, IntPtr, int>)&OnXError);
        var image = XGetImage(display, drawable, 0, 0, 1, 1, nuint.MaxValue, ZPixmap);
        XSync(display, 0);
        XSetErrorHandler(previous);
        if (image != IntPtr.Zero) XDestroyImage(image);
        else if (!xErrorSeen) throw new InvalidOperationException("XGetImage failed");
    }

    // XWindowAttributes (X11/Xlib.h) on LP64: int x, y, width, height, border_width, depth (offset 20); Visual *visual (24);
    // ... int map_state (92); 136 bytes in all. IsViewable is map_state 2.
    private const int XWindowAttributesSize = 136, XWindowAttributesDepth = 20, XWindowAttributesVisual = 24, XWindowAttributesMapState = 92, IsViewable = 2;

    [LibraryImport(Library)] private static partial int XGetWindowAttributes(IntPtr display, nuint window, byte* attributes);

    private static (IntPtr Visual, uint Depth) WindowVisual(IntPtr display, nuint window)
    {
        var attributes = stackalloc byte[XWindowAttributesSize];
        if (XGetWindowAttributes(display, window, attributes) == 0)
        {
            var screen = XDefaultScreen(display);
            return (XDefaultVisual(display, screen), (uint)XDefaultDepth(display, screen));
        }
        return (*(IntPtr*)(attributes + XWindowAttributesVisual), (uint)*(int*)(attributes + XWindowAttributesDepth));
    }

    /// <summary>ReadX11Window reads <paramref name="size"/> pixels of an X11 window back from the X server (XGetImage), as premultiplied RGBA: what the window shows, whoever drew it.</summary>
    public static SKBitmap ReadX11Window(IntPtr display, nuint drawable, SKSizeI size)
    {
        XSync(display, 0);
        var image = XGetImage(display, drawable, 0, 0, (uint)size.Width, (uint)size.Height, nuint.MaxValue, ZPixmap);
        if (image == IntPtr.Zero) throw new InvalidOperationException("XGetImage failed (window not mapped?)");
        try
        {
            var bitsPerPixel = *(int*)(image + XImageBitsPerPixel);
            if (bitsPerPixel != 32) throw new InvalidOperationException($"XGetImage gave {bitsPerPixel} bits per pixel, expected 32");
            var data = *(IntPtr*)(image + XImageData);
            var rowBytes = *(int*)(image + XImageBytesPerLine);
            // The X server has no alpha: treat the pad byte as opaque.
            var bgrx = new SKImageInfo(size.Width, size.Height, SKColorType.Bgra8888, SKAlphaType.Opaque);
            var bitmap = new SKBitmap(new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
            using var source = new SKPixmap(bgrx, data, rowBytes);
            if (!source.ReadPixels(bitmap.Info, bitmap.GetPixels(), bitmap.RowBytes))
            {
                bitmap.Dispose();
                throw new InvalidOperationException("pixel conversion failed");
            }
            return bitmap;
        }
        finally
        {
            XDestroyImage(image);
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        DetachSegment();
        XFreeGC(display, gc);
        NativeMemory.Free(converted);
        converted = null;
    }
}
