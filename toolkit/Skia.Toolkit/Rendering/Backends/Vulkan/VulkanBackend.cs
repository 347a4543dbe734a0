using System.Runtime.InteropServices;
using Silk.NET.Vulkan;
using Skia.Toolkit.Platform;
using SkiaSharp;
using Semaphore = Silk.NET.Vulkan.Semaphore;

namespace Skia.Toolkit.Rendering.Backends.Vulkan;

/// <summary>
/// VulkanBackend renders with Skia's Vulkan backend into a retained back buffer (a VkImage the backend allocates and
/// wraps for Skia, <see cref="VulkanBackBuffer"/>, keeping the previous frame: the source of truth) and copies it into
/// a swapchain image to present, with vkCmdCopyImage (a copy of memory on a software driver, not a textured draw).
/// The copy covers only what changed since that image was last presented (the dirty rectangles of every present it
/// missed, as GL does by buffer age; everything on its first use, after a resize, an expose or a read-back), and where
/// the device offers VK_KHR_incremental_present the present names the rectangles this frame changed.
/// Scrolled areas move their pixels inside the back buffer with vkCmdCopyImage too, in strips as high as the offset so
/// no copy's source overlaps its destination (see <see cref="TryScroll"/>).
/// The CPU waits only for what a frame in flight needs: up to <see cref="FramesInFlight"/> frames are queued,
/// each with its own fence and acquire semaphore; the acquire, the frame's submits and the present are ordered
/// on the GPU by semaphores (no vkQueueWaitIdle or vkDeviceWaitIdle per frame; only a resize, a read-back and Dispose
/// wait for the device). Skia exposes no semaphores, so its own submits go to the one queue between ours, and
/// submission order plus our layout barriers order them. A frame is at most three submits: the scroll moves (when
/// any), Skia's drawing, and one command buffer that copies into the acquired image and makes it presentable.
/// Without a retained back buffer (<see cref="ImmediateWindow"/>) a frame is drawn straight into the acquired
/// swapchain image, whose previous contents are dropped: the caller redraws every pixel.
/// </summary>
internal sealed unsafe class VulkanBackend : IWindowBackend, IPresentDamageSink, IScrollableBackBuffer
{
    /// <summary>FramesInFlight is how many frames the CPU may queue before it waits for the oldest one.</summary>
    public const int FramesInFlight = 2;

    /// <summary>MaxStrips is the most copies a scroll move is made of in place; a move needing more (an offset of a few pixels in a tall area) goes through a kept scratch image (two copies).</summary>
    public const int MaxStrips = 128;

    private const int MaxPresentRects = 16;
    // The most rectangles one present copies one by one; more are copied as their bounding box.
    private const int MaxCopyRegions = 32;

    private readonly VulkanDevice device;
    // Kept in a field: Skia holds on to it for the context's whole life.
    private readonly GRVkGetProcedureAddressDelegate getProcAddress = VulkanLoader.ProcAddress;
    private readonly GRVkBackendContext backendContext;
    private readonly GRContext context;
    private readonly Fence[] frameDone = new Fence[FramesInFlight];
    private readonly Semaphore[] imageAcquired = new Semaphore[FramesInFlight];
    private readonly CommandBuffer readBackTransition;
    // Per frame slot: the present's copy into the swapchain image, and the frame's scroll moves.
    private readonly CommandBuffer[] presentCopy = new CommandBuffer[FramesInFlight];
    private readonly CommandBuffer[] moveBuffers = new CommandBuffer[FramesInFlight];
    private readonly RectLayerKHR* presentRects;
    private readonly ImageCopy* copyRegions;
    private readonly PresentDamage damage = new();
    private readonly bool vsync;
    private readonly bool retainBackBuffer;
    private VulkanSwapchain? swapchain;
    // The swapchain image a frame without a back buffer is being drawn into, until Present.
    private uint? drawingImage;
    private VulkanBackBuffer? backBuffer;
    // Where a move of more than MaxStrips strips puts the rows that stay; grows to the largest such move, kept.
    private VulkanBackBuffer? scratch;
    // The slot's move buffer is being recorded / was submitted in this present's cycle; a frame's canvas is open.
    private bool movesOpen;
    private bool movesSubmitted;
    private bool movesRecorded;
    private bool frameOpen;
    private long moves;
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
                CommandBufferCount = 1 + (2 * FramesInFlight),
            };
            var buffers = stackalloc CommandBuffer[1 + (2 * FramesInFlight)];
            VulkanDevice.Check(device.Vk.AllocateCommandBuffers(device.Device, &allocate, buffers), "vkAllocateCommandBuffers");
            readBackTransition = buffers[0];
            for (var i = 0; i < FramesInFlight; i++)
            {
                presentCopy[i] = buffers[1 + i];
                moveBuffers[i] = buffers[1 + FramesInFlight + i];
            }
            presentRects = (RectLayerKHR*)NativeMemory.Alloc(MaxPresentRects, (nuint)sizeof(RectLayerKHR));
            copyRegions = (ImageCopy*)NativeMemory.Alloc(MaxCopyRegions, (nuint)sizeof(ImageCopy));
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

    /// <summary>ScrollBlits is the number of scroll moves carried out inside the back buffer (for tests).</summary>
    internal long ScrollBlits => moves;

    /// <summary>PartialCopies is the number of presents that copied only changed rectangles into the swapchain image (for tests).</summary>
    internal long PartialCopies { get; private set; }

    /// <summary>BeginFrame gives a canvas over the retained back buffer, which still holds the previous frame unless the size changed.</summary>
    public SKCanvas BeginFrame(SKSizeI pixelSize)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (pixelSize.Width < 1 || pixelSize.Height < 1) throw new ArgumentOutOfRangeException(nameof(pixelSize), pixelSize, "a frame needs at least one pixel");
        if (!retainBackBuffer) return BeginDirectFrame(pixelSize);
        SubmitMoves();
        if (pixelSize != size || backBuffer == null)
        {
            // The old image may still be copied from by a frame in flight: Dispose waits for the device.
            backBuffer?.Dispose();
            backBuffer = null;
            size = pixelSize;
            var (format, colorType) = VulkanSwapchain.ChooseFormat(device, out _);
            backBuffer = new VulkanBackBuffer(device, context, size, format, colorType);
            ClearNewBackBuffer(backBuffer);
            backBuffer.Wrap();
            swapchainStale = true;
            damage.MarkFull();
        }
        frameOpen = true;
        var canvas = backBuffer.Surface.Canvas;
        canvas.RestoreToCount(1);
        canvas.ResetMatrix();
        return canvas;
    }

    /// <summary>EndFrame sends the frame's drawing to the GPU without waiting for it.</summary>
    public void EndFrame()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        frameOpen = false;
        if (drawingImage is { } index)
        {
            swapchain!.Surface(index).Flush(submit: true, synchronous: false);
            return;
        }
        SubmitMoves(); // moves made during the frame go before the drawing after them
        backBuffer?.Surface.Flush(submit: true, synchronous: false);
    }

    /// <inheritdoc/>
    void IPresentDamageSink.AddPresentDamage(ReadOnlySpan<SKRectI> rects) => damage.Add(rects);

    /// <inheritdoc/>
    void IPresentDamageSink.PresentAllNext() => damage.MarkFull();

    /// <summary>
    /// TryScroll moves the rows of <paramref name="area"/> that stay visible inside the back buffer with vkCmdCopyImage
    /// (image in GENERAL layout, source and destination the same image), in strips at most |<paramref name="dy"/>| rows
    /// high beginning at the edge the rows move towards, a barrier between strips: no copy's source overlaps its
    /// destination (Vulkan forbids it) and none reads rows an earlier one wrote. Same format, whole pixels: every pixel
    /// moves unchanged. The copies are recorded into the frame slot's move buffer and submitted before Skia's next
    /// drawing; the moved area is presented with the frame's dirty rectangles. A move needing more than
    /// <see cref="MaxStrips"/> strips copies the rows into a kept scratch image and back instead. False when nothing
    /// would stay visible (the caller repaints the area).
    /// </summary>
    bool IScrollableBackBuffer.TryScroll(SKSizeI pixelSize, SKRectI area, int dy) => TryScroll(pixelSize, area, dy);

    private bool TryScroll(SKSizeI pixelSize, SKRectI area, int dy)
    {
        if (disposed || backBuffer == null || pixelSize != size) return false;
        area = SKRectI.Intersect(area, new SKRectI(0, 0, size.Width, size.Height));
        var offset = Math.Abs(dy);
        if (area.Width <= 0 || area.Height <= 0 || dy == 0 || offset >= area.Height) return false;
        var rows = area.Height - offset;
        // Skia's drawing so far in an open frame must reach the image before the move.
        if (frameOpen) backBuffer.Surface.Flush(submit: true, synchronous: false);
        if ((rows + offset - 1) / offset > MaxStrips)
        {
            MoveThroughScratch(area, rows, dy);
            moves++;
            damage.Add(area);
            return true;
        }
        var buffer = BeginMoves();
        var vk = device.Vk;
        var image = backBuffer.Image;
        for (var done = 0; done < rows;)
        {
            var height = Math.Min(offset, rows - done);
            // Moving down: strips from the bottom of the rows that stay; moving up: from their top.
            var sourceTop = dy > 0 ? area.Top + rows - done - height : area.Top + offset + done;
            if (movesRecorded)
            {
                // This copy writes rows an earlier one read (or may overlap an earlier move's): wait for it.
                var barrier = new MemoryBarrier
                {
                    SType = StructureType.MemoryBarrier,
                    SrcAccessMask = AccessFlags.TransferWriteBit,
                    DstAccessMask = AccessFlags.TransferReadBit | AccessFlags.TransferWriteBit,
                };
                vk.CmdPipelineBarrier(buffer, PipelineStageFlags.TransferBit, PipelineStageFlags.TransferBit, 0, 1, &barrier, 0, null, 0, null);
            }
            var region = VulkanBackBuffer.Region(area.Left, sourceTop, area.Left, sourceTop + dy, area.Width, height);
            vk.CmdCopyImage(buffer, image, ImageLayout.General, image, ImageLayout.General, 1, &region);
            movesRecorded = true;
            done += height;
        }
        moves++;
        damage.Add(area);
        return true;
    }

    /// <summary>MoveThroughScratch moves the <paramref name="rows"/> rows of <paramref name="area"/> that stay by <paramref name="dy"/> with two copies: into the scratch image (made or grown first), and from it to their new place.</summary>
    private void MoveThroughScratch(SKRectI area, int rows, int dy)
    {
        if (scratch == null || scratch.Size.Width < area.Width || scratch.Size.Height < rows)
        {
            var grown = new SKSizeI(Math.Max(area.Width, scratch?.Size.Width ?? 0), Math.Max(rows, scratch?.Size.Height ?? 0));
            // A move buffer being recorded may already use the old scratch image: submit it before that image goes (Dispose waits for the device).
            SubmitMoves();
            scratch?.Dispose();
            scratch = null;
            scratch = new VulkanBackBuffer(device, context, grown, backBuffer!.Format, backBuffer.ColorType);
        }
        var buffer = BeginMoves();
        var vk = device.Vk;
        var image = backBuffer!.Image;
        var sourceTop = dy > 0 ? area.Top : area.Top - dy;
        if (movesRecorded)
        {
            var written = new MemoryBarrier
            {
                SType = StructureType.MemoryBarrier,
                SrcAccessMask = AccessFlags.TransferWriteBit,
                DstAccessMask = AccessFlags.TransferReadBit | AccessFlags.TransferWriteBit,
            };
            vk.CmdPipelineBarrier(buffer, PipelineStageFlags.TransferBit, PipelineStageFlags.TransferBit, 0, 1, &written, 0, null, 0, null);
        }
        // The scratch image's old contents do not matter (UNDEFINED); the barrier also waits for its last reads.
        var barrier = scratch.Barrier(ImageLayout.Undefined, ImageLayout.TransferDstOptimal, 0, AccessFlags.TransferWriteBit);
        vk.CmdPipelineBarrier(buffer, PipelineStageFlags.TransferBit, PipelineStageFlags.TransferBit, 0, 0, null, 0, null, 1, &barrier);
        var region = VulkanBackBuffer.Region(area.Left, sourceTop, 0, 0, area.Width, rows);
        vk.CmdCopyImage(buffer, image, ImageLayout.General, scratch.Image, ImageLayout.TransferDstOptimal, 1, &region);
        // The copy back waits for the copy out: it overwrites rows the copy out read, and reads what it wrote.
        barrier = scratch.Barrier(ImageLayout.TransferDstOptimal, ImageLayout.TransferSrcOptimal, AccessFlags.TransferWriteBit, AccessFlags.TransferReadBit);
        vk.CmdPipelineBarrier(buffer, PipelineStageFlags.TransferBit, PipelineStageFlags.TransferBit, 0, 0, null, 0, null, 1, &barrier);
        region = VulkanBackBuffer.Region(0, 0, area.Left, sourceTop + dy, area.Width, rows);
        vk.CmdCopyImage(buffer, scratch.Image, ImageLayout.TransferSrcOptimal, image, ImageLayout.General, 1, &region);
        movesRecorded = true;
    }

    /// <summary>BeginMoves opens the frame slot's move buffer (once per frame), moving the back buffer into GENERAL for copies within it.</summary>
    private CommandBuffer BeginMoves()
    {
        var buffer = moveBuffers[Slot];
        if (movesOpen) return buffer;
        var vk = device.Vk;
        if (movesSubmitted)
        {
            // This slot's buffer already went out in this present's cycle (a move after a frame's drawing began, or a read-back): rare.
            VulkanDevice.Check(vk.DeviceWaitIdle(device.Device), "vkDeviceWaitIdle");
        }
        else
        {
            var fence = frameDone[Slot];
            VulkanDevice.Check(vk.WaitForFences(device.Device, 1, &fence, true, ulong.MaxValue), "vkWaitForFences");
        }
        var begin = new CommandBufferBeginInfo { SType = StructureType.CommandBufferBeginInfo, Flags = CommandBufferUsageFlags.OneTimeSubmitBit };
        VulkanDevice.Check(vk.BeginCommandBuffer(buffer, &begin), "vkBeginCommandBuffer");
        // Access masks that fit the layouts (see VulkanBackBuffer): earlier moves' writes were made available on the way back into SkiaLayout.
        var barrier = backBuffer!.Barrier(VulkanBackBuffer.SkiaLayout, ImageLayout.General,
            AccessFlags.ColorAttachmentWriteBit, AccessFlags.TransferReadBit | AccessFlags.TransferWriteBit);
        vk.CmdPipelineBarrier(buffer, PipelineStageFlags.ColorAttachmentOutputBit | PipelineStageFlags.TransferBit, PipelineStageFlags.TransferBit, 0, 0, null, 0, null, 1, &barrier);
        movesOpen = true;
        movesRecorded = false;
        return buffer;
    }

    /// <summary>SubmitMoves hands the back buffer back to Skia's layout and submits the moves recorded since <see cref="BeginMoves"/>, if any.</summary>
    private void SubmitMoves()
    {
        if (!movesOpen) return;
        movesOpen = false;
        var vk = device.Vk;
        var buffer = moveBuffers[Slot];
        // A present's copy out of the image comes after a barrier of its own out of SkiaLayout, which makes these writes visible to it.
        var barrier = backBuffer!.Barrier(ImageLayout.General, VulkanBackBuffer.SkiaLayout,
            AccessFlags.TransferWriteBit, AccessFlags.ColorAttachmentReadBit | AccessFlags.ColorAttachmentWriteBit);
        vk.CmdPipelineBarrier(buffer, PipelineStageFlags.TransferBit, PipelineStageFlags.ColorAttachmentOutputBit | PipelineStageFlags.TransferBit, 0, 0, null, 0, null, 1, &barrier);
        VulkanDevice.Check(vk.EndCommandBuffer(buffer), "vkEndCommandBuffer");
        Submit(buffer, default, default, default);
        movesSubmitted = true;
    }

    /// <summary>ClearNewBackBuffer makes a new back buffer transparent and leaves it in Skia's layout (a resize: waits for the device).</summary>
    private void ClearNewBackBuffer(VulkanBackBuffer buffer)
    {
        var vk = device.Vk;
        VulkanDevice.Check(vk.DeviceWaitIdle(device.Device), "vkDeviceWaitIdle"); // the one-off buffer may be in flight
        var begin = new CommandBufferBeginInfo { SType = StructureType.CommandBufferBeginInfo, Flags = CommandBufferUsageFlags.OneTimeSubmitBit };
        VulkanDevice.Check(vk.BeginCommandBuffer(readBackTransition, &begin), "vkBeginCommandBuffer");
        var barrier = buffer.Barrier(ImageLayout.Undefined, ImageLayout.TransferDstOptimal, 0, AccessFlags.TransferWriteBit);
        vk.CmdPipelineBarrier(readBackTransition, PipelineStageFlags.TopOfPipeBit, PipelineStageFlags.TransferBit, 0, 0, null, 0, null, 1, &barrier);
        var clear = default(ClearColorValue);
        var range = new ImageSubresourceRange(ImageAspectFlags.ColorBit, 0, 1, 0, 1);
        vk.CmdClearColorImage(readBackTransition, buffer.Image, ImageLayout.TransferDstOptimal, &clear, 1, &range);
        barrier = buffer.Barrier(ImageLayout.TransferDstOptimal, VulkanBackBuffer.SkiaLayout, AccessFlags.TransferWriteBit, AccessFlags.ColorAttachmentReadBit | AccessFlags.ColorAttachmentWriteBit);
        vk.CmdPipelineBarrier(readBackTransition, PipelineStageFlags.TransferBit, PipelineStageFlags.ColorAttachmentOutputBit, 0, 0, null, 0, null, 1, &barrier);
        VulkanDevice.Check(vk.EndCommandBuffer(readBackTransition), "vkEndCommandBuffer");
        Submit(readBackTransition, default, default, default);
        VulkanDevice.Check(vk.DeviceWaitIdle(device.Device), "vkDeviceWaitIdle");
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
        frameOpen = true;
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
        SubmitMoves();
        // Read in the image's own colour type (a plain copy out of the image), converted to RGBA here.
        using var held = new SKBitmap(new SKImageInfo(size.Width, size.Height, backBuffer.ColorType, SKAlphaType.Premul));
        var read = backBuffer.Surface.ReadPixels(held.Info, held.GetPixels(), held.RowBytes, 0, 0);
        // Skia left the image in TRANSFER_SRC_OPTIMAL: move it back to the layout we keep and wrap it again.
        backBuffer.Unwrap();
        var vk = device.Vk;
        VulkanDevice.Check(vk.DeviceWaitIdle(device.Device), "vkDeviceWaitIdle");
        if (read)
        {
            var begin = new CommandBufferBeginInfo { SType = StructureType.CommandBufferBeginInfo, Flags = CommandBufferUsageFlags.OneTimeSubmitBit };
            VulkanDevice.Check(vk.BeginCommandBuffer(readBackTransition, &begin), "vkBeginCommandBuffer");
            var barrier = backBuffer.Barrier(ImageLayout.TransferSrcOptimal, VulkanBackBuffer.SkiaLayout, 0, AccessFlags.ColorAttachmentReadBit | AccessFlags.ColorAttachmentWriteBit);
            vk.CmdPipelineBarrier(readBackTransition, PipelineStageFlags.TransferBit, PipelineStageFlags.ColorAttachmentOutputBit, 0, 0, null, 0, null, 1, &barrier);
            VulkanDevice.Check(vk.EndCommandBuffer(readBackTransition), "vkEndCommandBuffer");
            Submit(readBackTransition, default, default, default);
            VulkanDevice.Check(vk.DeviceWaitIdle(device.Device), "vkDeviceWaitIdle");
        }
        backBuffer.Wrap();
        if (!read) throw new InvalidOperationException("reading the back buffer failed");
        var bitmap = new SKBitmap(new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using var pixels = held.PeekPixels();
        if (!pixels.ReadPixels(bitmap.Info, bitmap.GetPixels(), bitmap.RowBytes, 0, 0))
        {
            bitmap.Dispose();
            throw new InvalidOperationException("converting the back buffer to RGBA failed");
        }
        return bitmap;
    }

    /// <summary>
    /// PresentBackBuffer records and submits, in one command buffer that waits for the acquire, the copy of what the
    /// acquired image missed (everything when that is unknown) from the back buffer into it, and presents it; with
    /// <paramref name="readBack"/>, copies everything, reads the image back into it, then presents.
    /// </summary>
    private void PresentBackBuffer(SKBitmap? readBack)
    {
        SubmitMoves();
        var index = AcquireImage();
        var swapchain = this.swapchain!;
        var back = backBuffer!;
        // A swapchain of another size than the back buffer (the window system's choice) is cleared and copied whole.
        var sameSize = swapchain.Size == size;
        var partial = damage.Take(size, swapchain.Age(index, presents + 1), out var rects) && sameSize && readBack == null;
        var vk = device.Vk;
        var buffer = presentCopy[Slot];
        var target = swapchain.Image(index);
        var begin = new CommandBufferBeginInfo { SType = StructureType.CommandBufferBeginInfo, Flags = CommandBufferUsageFlags.OneTimeSubmitBit };
        VulkanDevice.Check(vk.BeginCommandBuffer(buffer, &begin), "vkBeginCommandBuffer");
        var barriers = stackalloc ImageMemoryBarrier[2];
        // Skia's drawing is the write to make available here: the moves' copies were, by the barrier that ended them (see VulkanBackBuffer).
        barriers[0] = back.Barrier(VulkanBackBuffer.SkiaLayout, ImageLayout.TransferSrcOptimal,
            AccessFlags.ColorAttachmentWriteBit, AccessFlags.TransferReadBit);
        // From PRESENT_SRC_KHR keeping what the image showed, or from UNDEFINED when it is overwritten whole.
        barriers[1] = VulkanBackBuffer.Barrier(target, partial ? ImageLayout.PresentSrcKhr : ImageLayout.Undefined, ImageLayout.TransferDstOptimal, 0, AccessFlags.TransferWriteBit);
        // The transfer stage is where the acquire semaphore is waited on, so the image's barrier chains after that wait.
        vk.CmdPipelineBarrier(buffer, PipelineStageFlags.ColorAttachmentOutputBit | PipelineStageFlags.TransferBit, PipelineStageFlags.TransferBit, 0, 0, null, 0, null, 2, barriers);
        if (!sameSize)
        {
            var clear = default(ClearColorValue);
            var range = new ImageSubresourceRange(ImageAspectFlags.ColorBit, 0, 1, 0, 1);
            vk.CmdClearColorImage(buffer, target, ImageLayout.TransferDstOptimal, &clear, 1, &range);
            var written = new MemoryBarrier { SType = StructureType.MemoryBarrier, SrcAccessMask = AccessFlags.TransferWriteBit, DstAccessMask = AccessFlags.TransferWriteBit };
            vk.CmdPipelineBarrier(buffer, PipelineStageFlags.TransferBit, PipelineStageFlags.TransferBit, 0, 1, &written, 0, null, 0, null);
        }
        uint count;
        if (partial)
        {
            count = CopyRegions(rects);
            PartialCopies++;
        }
        else
        {
            copyRegions[0] = VulkanBackBuffer.Region(0, 0, 0, 0, Math.Min(size.Width, swapchain.Size.Width), Math.Min(size.Height, swapchain.Size.Height));
            count = 1;
        }
        if (count > 0) vk.CmdCopyImage(buffer, back.Image, ImageLayout.TransferSrcOptimal, target, ImageLayout.TransferDstOptimal, count, copyRegions);
        // The image to present (or, for a read-back, to Skia's layout for its swapchain surfaces); the back buffer back to Skia's.
        barriers[0] = VulkanBackBuffer.Barrier(target, ImageLayout.TransferDstOptimal, readBack == null ? ImageLayout.PresentSrcKhr : ImageLayout.ColorAttachmentOptimal,
            AccessFlags.TransferWriteBit, readBack == null ? 0 : AccessFlags.ColorAttachmentReadBit | AccessFlags.ColorAttachmentWriteBit);
        // The next moves' copies wait on their own barrier out of SkiaLayout (its source stages chain after this one's destination stages).
        barriers[1] = back.Barrier(ImageLayout.TransferSrcOptimal, VulkanBackBuffer.SkiaLayout, 0,
            AccessFlags.ColorAttachmentReadBit | AccessFlags.ColorAttachmentWriteBit);
        vk.CmdPipelineBarrier(buffer, PipelineStageFlags.TransferBit, PipelineStageFlags.ColorAttachmentOutputBit | PipelineStageFlags.TransferBit, 0, 0, null, 0, null, 2, barriers);
        VulkanDevice.Check(vk.EndCommandBuffer(buffer), "vkEndCommandBuffer");
        if (readBack == null)
        {
            QueueAndPresent(index, buffer, imageAcquired[Slot], presentRegions: sameSize);
            return;
        }

        // A read-back (tests, screenshots): Skia copies the image out, synchronously, leaving it in TRANSFER_SRC_OPTIMAL;
        // move it from there to the present layout, and forget the surface, whose idea of the layout no longer matches ours.
        Submit(buffer, imageAcquired[Slot], default, default, PipelineStageFlags.TransferBit);
        var surface = swapchain.Surface(index);
        if (!surface.ReadPixels(readBack.Info, readBack.GetPixels(), readBack.RowBytes, 0, 0))
        {
            throw new InvalidOperationException("reading back the swapchain image failed (no transfer-source usage?)");
        }
        context.Submit(true);
        swapchain.ForgetSurface(index);
        VulkanDevice.Check(device.Vk.DeviceWaitIdle(device.Device), "vkDeviceWaitIdle"); // the transition buffer is re-recorded below
        swapchain.RecordTransition(readBackTransition, swapchain.Image(index), ImageLayout.TransferSrcOptimal, ImageLayout.PresentSrcKhr,
            PipelineStageFlags.TransferBit, AccessFlags.TransferReadBit, PipelineStageFlags.BottomOfPipeBit, 0);
        QueueAndPresent(index, readBackTransition, default, presentRegions: false);
    }

    /// <summary>CopyRegions fills the copy regions for <paramref name="rects"/> (clamped to the image): their box when it wastes little or they are too many, else one each; returns how many.</summary>
    private uint CopyRegions(ReadOnlySpan<SKRectI> rects)
    {
        var bounds = new SKRectI(0, 0, size.Width, size.Height);
        if (rects.Length > 1 && PresentDamage.Cover(rects, out var box)) return AddRegion(0, box, bounds);
        if (rects.Length > MaxCopyRegions)
        {
            box = rects[0];
            foreach (var r in rects) box = SKRectI.Union(box, r);
            return AddRegion(0, box, bounds);
        }
        uint count = 0;
        foreach (var r in rects) count = AddRegion(count, r, bounds);
        return count;
    }

    private uint AddRegion(uint count, SKRectI rect, SKRectI bounds)
    {
        var r = SKRectI.Intersect(rect, bounds);
        if (r.Width <= 0 || r.Height <= 0) return count;
        copyRegions[count] = VulkanBackBuffer.Region(r.Left, r.Top, r.Left, r.Top, r.Width, r.Height);
        return count + 1;
    }

    /// <summary>FinishFrame moves drawn image <paramref name="index"/> to the present layout and presents it, naming this frame's changed rectangles when asked and possible.</summary>
    private void FinishFrame(uint index, bool presentRegions) => QueueAndPresent(index, swapchain!.ToPresentable(index), default, presentRegions);

    /// <summary>
    /// QueueAndPresent submits <paramref name="transition"/> (the image's last command: into PRESENT_SRC_KHR; waiting at the
    /// transfer stage for <paramref name="acquired"/> when set), which signals the image's semaphore and the frame slot's
    /// fence, and presents the image once that semaphore is signalled.
    /// </summary>
    private void QueueAndPresent(uint index, CommandBuffer transition, Semaphore acquired, bool presentRegions)
    {
        var swapchain = this.swapchain!;
        var slot = Slot;
        var fence = frameDone[slot];
        // Reset only now, right before the submit that signals it: a wait on it never hangs on a submit that did not happen.
        VulkanDevice.Check(device.Vk.ResetFences(device.Device, 1, &fence), "vkResetFences");
        var rendered = swapchain.Rendered(index);
        Submit(transition, acquired, rendered, fence, PipelineStageFlags.TransferBit);
        presents++;
        movesSubmitted = false;
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

    private void Submit(CommandBuffer buffer, Semaphore wait, Semaphore signal, Fence fence, PipelineStageFlags waitStage = PipelineStageFlags.ColorAttachmentOutputBit)
    {
        var stage = waitStage;
        var waits = wait.Handle != 0;
        var signals = signal.Handle != 0;
        // No semaphore: a count of 0 and null pointers (the layer warns about a pointer set with a count of 0).
        var info = new SubmitInfo
        {
            SType = StructureType.SubmitInfo,
            WaitSemaphoreCount = waits ? 1u : 0u,
            PWaitSemaphores = waits ? &wait : null,
            PWaitDstStageMask = waits ? &stage : null,
            CommandBufferCount = 1,
            PCommandBuffers = &buffer,
            SignalSemaphoreCount = signals ? 1u : 0u,
            PSignalSemaphores = signals ? &signal : null,
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
        if (retainBackBuffer && (swapchain.Usage & ImageUsageFlags.TransferDstBit) == 0)
        {
            throw new InvalidOperationException("the window's Vulkan swapchain images cannot be copied into (no TRANSFER_DST usage), which a retained back buffer needs");
        }
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
        if (copyRegions != null) NativeMemory.Free(copyRegions);
    }

    /// <summary>Dispose frees every Skia surface, then the Skia context, then the Vulkan objects, in that order (else Skia touches a dead device).</summary>
    public void Dispose()
    {
        if (disposed) return;
        disposed = true;
        device.Vk.DeviceWaitIdle(device.Device);
        swapchain?.Dispose();
        backBuffer?.Dispose();
        scratch?.Dispose();
        context.Flush();
        context.Submit(true);
        context.Dispose();
        backendContext.Dispose();
        var buffer = readBackTransition;
        device.Vk.FreeCommandBuffers(device.Device, device.CommandPool, 1, &buffer);
        fixed (CommandBuffer* p = presentCopy) device.Vk.FreeCommandBuffers(device.Device, device.CommandPool, FramesInFlight, p);
        fixed (CommandBuffer* p = moveBuffers) device.Vk.FreeCommandBuffers(device.Device, device.CommandPool, FramesInFlight, p);
        DestroySyncObjects();
        device.Dispose();
    }
}
