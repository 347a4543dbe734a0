using System.Runtime.InteropServices;
using Silk.NET.Vulkan;
using Skia.Toolkit.Platform;
using SkiaSharp;
using Semaphore = Silk.NET.Vulkan.Semaphore;

namespace Skia.Toolkit.Rendering.Backends.Vulkan;

/// <summary>
/// VulkanBackend renders with Skia's Vulkan backend into a retained back buffer (a Skia-owned VkImage keeping
/// the previous frame, the source of truth) and copies it into a swapchain image to present. The copy covers
/// only what changed since that image was last presented (the dirty rectangles of every present it missed, as
/// GL does by buffer age; everything on its first use, after a resize, an expose or a read-back), and where the
/// device offers VK_KHR_incremental_present the present names the rectangles this frame changed.
/// Scrolled areas move their pixels inside the back buffer (<see cref="GpuScrollBlit"/>).
/// The CPU waits only for what a frame in flight needs: up to <see cref="FramesInFlight"/> frames are queued,
/// each with its own fence and acquire semaphore; the acquire, the frame's submits and the present are ordered
/// on the GPU by semaphores (no vkQueueWaitIdle or vkDeviceWaitIdle per frame; only a resize and Dispose wait
/// for the device). Skia exposes no semaphores, so its own submits go to the one queue between ours, and
/// submission order plus our layout barriers order them.
/// Without a retained back buffer (<see cref="ImmediateWindow"/>) a frame is drawn straight into the acquired
/// swapchain image, whose previous contents are dropped: the caller redraws every pixel.
/// </summary>
internal sealed unsafe class VulkanBackend : IWindowBackend, IPresentDamageSink, IScrollableBackBuffer
{
    /// <summary>FramesInFlight is how many frames the CPU may queue before it waits for the oldest one.</summary>
    public const int FramesInFlight = 2;

    private const int MaxPresentRects = 16;
    private static readonly SKPaint CopyPaint = new() { BlendMode = SKBlendMode.Src };
    private static readonly SKColorType BackBufferColorType = SKColorType.Rgba8888;

    private readonly VulkanDevice device;
    // Kept in a field: Skia holds on to it for the context's whole life.
    private readonly GRVkGetProcedureAddressDelegate getProcAddress = VulkanLoader.ProcAddress;
    private readonly GRVkBackendContext backendContext;
    private readonly GRContext context;
    private readonly Fence[] frameDone = new Fence[FramesInFlight];
    private readonly Semaphore[] imageAcquired = new Semaphore[FramesInFlight];
    private readonly CommandBuffer readBackTransition;
    private readonly RectLayerKHR* presentRects;
    private readonly PresentDamage damage = new();
    private readonly GpuScrollBlit scroller = new();
    private readonly bool vsync;
    private readonly bool retainBackBuffer;
    private VulkanSwapchain? swapchain;
    // The swapchain image a frame without a back buffer is being drawn into, until Present.
    private uint? drawingImage;
    private SKSurface? backBuffer;
    private SKSizeI size;
    private bool swapchainStale;
    // Presents made so far; the next one is number presents + 1 and uses frame slot presents % FramesInFlight.
    private long presents;
    private bool disposed;

    /// <summary>VulkanBackend brings up Vulkan and Skia for <paramref name="window"/> (made without a GL context); <paramref name="retainBackBuffer"/> false draws frames straight into the swapchain images.</summary>
    public VulkanBackend(GlfwWindow window, bool vsync, bool retainBackBuffer = true)
    {
        if (window.HasGlContext) throw new ArgumentException("a Vulkan window must be made without an OpenGL context", nameof(window));
        this.vsync = vsync;
        this.retainBackBuffer = retainBackBuffer;
        device = new VulkanDevice(window);
        try
        {
            var extensions = GRVkExtensions.Create(getProcAddress, device.Instance.Handle, device.PhysicalDevice.Handle,
                device.InstanceExtensions, device.DeviceExtensions);
            backendContext = new GRVkBackendContext
            {
                VkInstance = device.Instance.Handle,
                VkPhysicalDevice = device.PhysicalDevice.Handle,
                VkDevice = device.Device.Handle,
                VkQueue = device.Queue.Handle,
                GraphicsQueueIndex = device.QueueFamily,
                MaxAPIVersion = VulkanDevice.ApiVersion,
                Extensions = extensions,
                VkPhysicalDeviceFeatures = device.EnabledFeatures,
                GetProcedureAddress = getProcAddress,
            };
            context = GRContext.CreateVulkan(backendContext)
                ?? throw new InvalidOperationException("Skia could not create a Vulkan context (GRContext.CreateVulkan returned null)");
            // Signalled at creation: the first wait on each frame slot returns at once.
            var fenceInfo = new FenceCreateInfo { SType = StructureType.FenceCreateInfo, Flags = FenceCreateFlags.SignaledBit };
            var semaphoreInfo = new SemaphoreCreateInfo { SType = StructureType.SemaphoreCreateInfo };
            for (var i = 0; i < FramesInFlight; i++)
            {
                Fence f;
                VulkanDevice.Check(device.Vk.CreateFence(device.Device, &fenceInfo, null, &f), "vkCreateFence");
                frameDone[i] = f;
                Semaphore s;
                VulkanDevice.Check(device.Vk.CreateSemaphore(device.Device, &semaphoreInfo, null, &s), "vkCreateSemaphore");
                imageAcquired[i] = s;
            }
            var allocate = new CommandBufferAllocateInfo
            {
                SType = StructureType.CommandBufferAllocateInfo,
                CommandPool = device.CommandPool,
                Level = CommandBufferLevel.Primary,
                CommandBufferCount = 1,
            };
            CommandBuffer buffer;
            VulkanDevice.Check(device.Vk.AllocateCommandBuffers(device.Device, &allocate, &buffer), "vkAllocateCommandBuffers");
            readBackTransition = buffer;
            presentRects = (RectLayerKHR*)NativeMemory.Alloc(MaxPresentRects, (nuint)sizeof(RectLayerKHR));
        }
        catch
        {
            context?.Dispose();
            backendContext?.Dispose();
            DestroySyncObjects();
            device.Dispose();
            throw;
        }
    }

    /// <summary>Name is "vulkan".</summary>
    public string Name => "vulkan";

    /// <summary>Detail is the Vulkan driver's name for the device (e.g. "llvmpipe (LLVM 15.0.6, 256 bits)" for lavapipe) and whether presents carry their changed rectangles.</summary>
    public string Detail => "Vulkan device " + device.DeviceName + (device.IncrementalPresent ? ", present regions (VK_KHR_incremental_present)" : ", whole-image presents (no VK_KHR_incremental_present)");

    /// <summary>Vsync says whether presenting waits for the display (FIFO present mode).</summary>
    public bool Vsync => vsync;

    /// <summary>IncrementalPresent says whether presents name the rectangles that changed (VK_KHR_incremental_present is enabled).</summary>
    internal bool IncrementalPresent => device.IncrementalPresent;

    /// <summary>ScrollBlits is the number of scroll-blits carried out on the GPU back buffer (for tests).</summary>
    internal long ScrollBlits => scroller.Moves;

    /// <summary>PartialCopies is the number of presents that copied only changed rectangles into the swapchain image (for tests).</summary>
    internal long PartialCopies { get; private set; }

    /// <summary>BeginFrame gives a canvas over the retained back buffer, which still holds the previous frame unless the size changed.</summary>
    public SKCanvas BeginFrame(SKSizeI pixelSize)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (pixelSize.Width < 1 || pixelSize.Height < 1) throw new ArgumentOutOfRangeException(nameof(pixelSize), pixelSize, "a frame needs at least one pixel");
        if (!retainBackBuffer) return BeginDirectFrame(pixelSize);
        if (pixelSize != size || backBuffer == null)
        {
            backBuffer?.Dispose();
            size = pixelSize;
            backBuffer = SKSurface.Create(context, false, new SKImageInfo(size.Width, size.Height, BackBufferColorType, SKAlphaType.Premul), 0, GRSurfaceOrigin.TopLeft)
                ?? throw new InvalidOperationException($"Skia could not make a {size.Width}x{size.Height} Vulkan back buffer");
            backBuffer.Canvas.Clear(SKColors.Transparent);
            swapchainStale = true;
            damage.MarkFull();
        }
        var canvas = backBuffer.Canvas;
        canvas.RestoreToCount(1);
        canvas.ResetMatrix();
        return canvas;
    }

    /// <summary>EndFrame sends the frame's drawing to the GPU without waiting for it.</summary>
    public void EndFrame()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (drawingImage is { } index) swapchain!.Surface(index).Flush(submit: true, synchronous: false);
        else backBuffer?.Flush(submit: true, synchronous: false);
    }

    /// <inheritdoc/>
    void IPresentDamageSink.AddPresentDamage(ReadOnlySpan<SKRectI> rects) => damage.Add(rects);

    /// <inheritdoc/>
    void IPresentDamageSink.PresentAllNext() => damage.MarkFull();

    /// <summary>TryScroll moves pixels inside the GPU back buffer through a scratch texture; the moved area is presented with the frame's dirty rectangles.</summary>
    bool IScrollableBackBuffer.TryScroll(SKSizeI pixelSize, SKRectI area, int dy)
    {
        if (disposed || backBuffer == null || pixelSize != size) return false;
        if (!scroller.TryScroll(context, backBuffer, size, BackBufferColorType, area, dy)) return false;
        damage.Add(area);
        return true;
    }

    /// <summary>Present copies what changed since the acquired swapchain image last showed a frame (everything when that is unknown) and queues it for presentation (without a back buffer: presents the image the frame was drawn into).</summary>
    public void Present()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (drawingImage is { } index)
        {
            drawingImage = null;
            FinishFrame(index, presentRegions: false);
        }
        else if (backBuffer != null)
        {
            PresentBackBuffer(null);
        }
    }

    private SKCanvas BeginDirectFrame(SKSizeI pixelSize)
    {
        if (drawingImage != null) throw new InvalidOperationException("BeginFrame was called twice without Present");
        if (pixelSize != size)
        {
            size = pixelSize;
            swapchainStale = true;
        }
        var index = AcquireImage();
        Submit(swapchain!.ToDrawable(index, keepContents: false), imageAcquired[Slot], default, default);
        drawingImage = index;
        var canvas = swapchain.Surface(index).Canvas;
        canvas.RestoreToCount(1);
        canvas.ResetMatrix();
        return canvas;
    }

    // The frame slot of the present being made: its fence and acquire semaphore.
    private int Slot => (int)(presents % FramesInFlight);

    /// <summary>
    /// AcquireImage waits until the frame slot's previous frame is done (the only per-frame CPU wait: it returns at once
    /// unless the GPU is <see cref="FramesInFlight"/> frames behind), gets the next swapchain image (remaking the
    /// swapchain once when it is out of date; the slot's semaphore signals when the image is free) and waits for the
    /// frame that last used that image, whose command buffers are about to be reused.
    /// </summary>
    private uint AcquireImage()
    {
        var vk = device.Vk;
        var slotFence = frameDone[Slot];
        VulkanDevice.Check(vk.WaitForFences(device.Device, 1, &slotFence, true, ulong.MaxValue), "vkWaitForFences");
        var khr = device.Khr;
        // One retry: a window resized between frames makes the old swapchain out of date once.
        for (var attempt = 0; ; attempt++)
        {
            if (swapchain == null || swapchainStale) RecreateSwapchain();
            uint index;
            var acquired = khr.AcquireNextImage(device.Device, swapchain!.Handle, ulong.MaxValue, imageAcquired[Slot], default, &index);
            if (acquired == Result.ErrorOutOfDateKhr && attempt == 0)
            {
                swapchainStale = true;
                continue;
            }
            if (acquired == Result.SuboptimalKhr) swapchainStale = true; // used once more, remade before the next acquire
            else VulkanDevice.Check(acquired, "vkAcquireNextImageKHR");
            var imageFence = swapchain.LastFence(index);
            if (imageFence.Handle != 0 && imageFence.Handle != slotFence.Handle)
            {
                VulkanDevice.Check(vk.WaitForFences(device.Device, 1, &imageFence, true, ulong.MaxValue), "vkWaitForFences");
            }
            return index;
        }
    }

    /// <summary>ReadWindowPixels presents the whole back buffer, reading back the swapchain image it was copied into: what the window shows.</summary>
    public SKBitmap ReadWindowPixels()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (backBuffer == null) throw new InvalidOperationException("no frame was drawn yet");
        var bitmap = new SKBitmap(new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        try
        {
            damage.MarkFull();
            PresentBackBuffer(bitmap);
            return bitmap;
        }
        catch
        {
            bitmap.Dispose();
            throw;
        }
    }

    /// <summary>WaitIdle waits until the device has finished all submitted work, presents included (start-up timing: the frame is out of the driver).</summary>
    internal void WaitIdle() => VulkanDevice.Check(device.Vk.DeviceWaitIdle(device.Device), "vkDeviceWaitIdle");

    /// <summary>ReadBackBuffer copies the retained back buffer, as premultiplied RGBA.</summary>
    public SKBitmap ReadBackBuffer()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (backBuffer == null) throw new InvalidOperationException("no retained back buffer holds a frame");
        var bitmap = new SKBitmap(new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        if (!backBuffer.ReadPixels(bitmap.Info, bitmap.GetPixels(), bitmap.RowBytes, 0, 0))
        {
            bitmap.Dispose();
            throw new InvalidOperationException("reading the back buffer failed");
        }
        return bitmap;
    }

    private void PresentBackBuffer(SKBitmap? readBack)
    {
        var index = AcquireImage();
        var swapchain = this.swapchain!;
        // A swapchain of another size than the back buffer (the window system's choice) is cleared and copied whole.
        var sameSize = swapchain.Size == size;
        var partial = damage.Take(size, swapchain.Age(index, presents + 1), out var rects) && sameSize && readBack == null;
        Submit(swapchain.ToDrawable(index, keepContents: partial), imageAcquired[Slot], default, default);
        var surface = swapchain.Surface(index);
        var canvas = surface.Canvas;
        if (partial)
        {
            // Each rectangle clip is a scissor: the copy touches only the pixels the image missed.
            if (rects.Length > 1 && PresentDamage.Cover(rects, out var box)) CopyRect(canvas, box);
            else foreach (var r in rects) CopyRect(canvas, r);
            PartialCopies++;
        }
        else
        {
            if (!sameSize) canvas.Clear(SKColors.Transparent);
            backBuffer!.Draw(canvas, 0, 0, CopyPaint);
        }
        surface.Flush(submit: true, synchronous: false);
        if (readBack == null)
        {
            FinishFrame(index, presentRegions: sameSize);
            return;
        }

        // A read-back (tests, screenshots): Skia copies the image out, synchronously, leaving it in TRANSFER_SRC_OPTIMAL;
        // move it from there to the present layout, and forget the surface, whose idea of the layout no longer matches ours.
        if (!surface.ReadPixels(readBack.Info, readBack.GetPixels(), readBack.RowBytes, 0, 0))
        {
            throw new InvalidOperationException("reading back the swapchain image failed (no transfer-source usage?)");
        }
        context.Submit(true);
        swapchain.ForgetSurface(index);
        VulkanDevice.Check(device.Vk.DeviceWaitIdle(device.Device), "vkDeviceWaitIdle"); // the transition buffer is re-recorded below
        swapchain.RecordTransition(readBackTransition, swapchain.Image(index), ImageLayout.TransferSrcOptimal, ImageLayout.PresentSrcKhr,
            PipelineStageFlags.TransferBit, AccessFlags.TransferReadBit, PipelineStageFlags.BottomOfPipeBit, 0);
        QueueAndPresent(index, readBackTransition, presentRegions: false);
    }

    private void CopyRect(SKCanvas canvas, SKRectI r)
    {
        canvas.Save();
        canvas.ClipRect(new SKRect(r.Left, r.Top, r.Right, r.Bottom), SKClipOperation.Intersect, antialias: false);
        backBuffer!.Draw(canvas, 0, 0, CopyPaint);
        canvas.Restore();
    }

    /// <summary>FinishFrame moves drawn image <paramref name="index"/> to the present layout and presents it, naming this frame's changed rectangles when asked and possible.</summary>
    private void FinishFrame(uint index, bool presentRegions) => QueueAndPresent(index, swapchain!.ToPresentable(index), presentRegions);

    /// <summary>
    /// QueueAndPresent submits <paramref name="transition"/> (the image's last command: into PRESENT_SRC_KHR), which
    /// signals the image's semaphore and the frame slot's fence, and presents the image once that semaphore is signalled.
    /// </summary>
    private void QueueAndPresent(uint index, CommandBuffer transition, bool presentRegions)
    {
        var swapchain = this.swapchain!;
        var slot = Slot;
        var fence = frameDone[slot];
        // Reset only now, right before the submit that signals it: a wait on it never hangs on a submit that did not happen.
        VulkanDevice.Check(device.Vk.ResetFences(device.Device, 1, &fence), "vkResetFences");
        var rendered = swapchain.Rendered(index);
        Submit(transition, default, rendered, fence);
        presents++;
        swapchain.Presented(index, presents, fence);

        var handle = swapchain.Handle;
        var present = new PresentInfoKHR
        {
            SType = StructureType.PresentInfoKhr,
            WaitSemaphoreCount = 1,
            PWaitSemaphores = &rendered,
            SwapchainCount = 1,
            PSwapchains = &handle,
            PImageIndices = &index,
        };
        PresentRegionKHR region;
        PresentRegionsKHR regions;
        if (presentRegions && device.IncrementalPresent && damage.LastChanges(out var changed))
        {
            var bounds = new SKRectI(0, 0, swapchain.Size.Width, swapchain.Size.Height);
            uint count = 0;
            foreach (var r in changed)
            {
                var c = SKRectI.Intersect(r, bounds);
                if (c.Width <= 0 || c.Height <= 0 || count == MaxPresentRects) continue;
                presentRects[count++] = new RectLayerKHR(new Offset2D(c.Left, c.Top), new Extent2D((uint)c.Width, (uint)c.Height), 0);
            }
            if (count > 0)
            {
                region = new PresentRegionKHR { RectangleCount = count, PRectangles = presentRects };
                regions = new PresentRegionsKHR { SType = StructureType.PresentRegionsKhr, SwapchainCount = 1, PRegions = &region };
                present.PNext = &regions;
                RegionPresents++;
            }
        }
        var presented = device.Khr.QueuePresent(device.Queue, &present);
        if (presented is Result.ErrorOutOfDateKhr or Result.SuboptimalKhr) swapchainStale = true;
        else VulkanDevice.Check(presented, "vkQueuePresentKHR");
    }

    /// <summary>RegionPresents is the number of presents that carried VkPresentRegionsKHR (for tests).</summary>
    internal long RegionPresents { get; private set; }

    private void Submit(CommandBuffer buffer, Semaphore wait, Semaphore signal, Fence fence)
    {
        var stage = PipelineStageFlags.ColorAttachmentOutputBit;
        var info = new SubmitInfo
        {
            SType = StructureType.SubmitInfo,
            WaitSemaphoreCount = wait.Handle != 0 ? 1u : 0u,
            PWaitSemaphores = &wait,
            PWaitDstStageMask = &stage,
            CommandBufferCount = 1,
            PCommandBuffers = &buffer,
            SignalSemaphoreCount = signal.Handle != 0 ? 1u : 0u,
            PSignalSemaphores = &signal,
        };
        VulkanDevice.Check(device.Vk.QueueSubmit(device.Queue, 1, &info, fence), "vkQueueSubmit");
    }

    private void RecreateSwapchain()
    {
        // A resize, not a frame: every queued frame must be done before the old images go.
        device.Vk.DeviceWaitIdle(device.Device);
        var old = swapchain;
        swapchain = new VulkanSwapchain(device, context, size, vsync, old?.Handle ?? default);
        old?.Dispose();
        swapchainStale = false;
    }

    private void DestroySyncObjects()
    {
        for (var i = 0; i < FramesInFlight; i++)
        {
            if (frameDone[i].Handle != 0) device.Vk.DestroyFence(device.Device, frameDone[i], null);
            if (imageAcquired[i].Handle != 0) device.Vk.DestroySemaphore(device.Device, imageAcquired[i], null);
            frameDone[i] = default;
            imageAcquired[i] = default;
        }
        if (presentRects != null) NativeMemory.Free(presentRects);
    }

    /// <summary>Dispose frees every Skia surface, then the Skia context, then the Vulkan objects, in that order (else Skia touches a dead device).</summary>
    public void Dispose()
    {
        if (disposed) return;
        disposed = true;
        device.Vk.DeviceWaitIdle(device.Device);
        swapchain?.Dispose();
        scroller.Dispose();
        backBuffer?.Dispose();
        context.Flush();
        context.Submit(true);
        context.Dispose();
        backendContext.Dispose();
        var buffer = readBackTransition;
        device.Vk.FreeCommandBuffers(device.Device, device.CommandPool, 1, &buffer);
        DestroySyncObjects();
        device.Dispose();
    }
}
