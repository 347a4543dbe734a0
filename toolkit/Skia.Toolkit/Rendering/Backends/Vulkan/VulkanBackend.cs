using Silk.NET.Vulkan;
using Skia.Toolkit.Platform;
using SkiaSharp;

namespace Skia.Toolkit.Rendering.Backends.Vulkan;

/// <summary>
/// VulkanBackend renders with Skia's Vulkan backend into a retained back buffer (a Skia-owned
/// VkImage keeping the previous frame) and presents it whole through the window's swapchain.
/// Synchronisation is deliberately simple and CPU-side (a fence after acquire, a synchronous
/// submit after drawing): SkiaSharp exposes no semaphores, and one window's frame of UI does not
/// need GPU/CPU overlap. Without a retained back buffer (<see cref="ImmediateWindow"/>) a frame is
/// drawn straight into the acquired swapchain image, whose previous contents are undefined: the
/// caller redraws every pixel.
/// </summary>
internal sealed unsafe class VulkanBackend : IWindowBackend
{
    private static readonly SKPaint CopyPaint = new() { BlendMode = SKBlendMode.Src };

    private readonly VulkanDevice device;
    // Kept in a field: Skia holds on to it for the context's whole life.
    private readonly GRVkGetProcedureAddressDelegate getProcAddress = VulkanLoader.ProcAddress;
    private readonly GRVkBackendContext backendContext;
    private readonly GRContext context;
    private readonly Fence fence;
    private readonly bool vsync;
    private readonly bool retainBackBuffer;
    private VulkanSwapchain? swapchain;
    // The swapchain image a frame without a back buffer is being drawn into, until Present.
    private uint? drawingImage;
    private SKSurface? backBuffer;
    private SKSizeI size;
    private bool swapchainStale;
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
            var fenceInfo = new FenceCreateInfo { SType = StructureType.FenceCreateInfo };
            Fence f;
            VulkanDevice.Check(device.Vk.CreateFence(device.Device, &fenceInfo, null, &f), "vkCreateFence");
            fence = f;
        }
        catch
        {
            context?.Dispose();
            backendContext?.Dispose();
            device.Dispose();
            throw;
        }
    }

    /// <summary>Name is "vulkan".</summary>
    public string Name => "vulkan";

    /// <summary>Detail is the Vulkan driver's name for the device (e.g. "llvmpipe (LLVM 15.0.6, 256 bits)" for lavapipe).</summary>
    public string Detail => "Vulkan device " + device.DeviceName;

    /// <summary>Vsync says whether presenting waits for the display (FIFO present mode).</summary>
    public bool Vsync => vsync;

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
            backBuffer = SKSurface.Create(context, false, new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul), 0, GRSurfaceOrigin.TopLeft)
                ?? throw new InvalidOperationException($"Skia could not make a {size.Width}x{size.Height} Vulkan back buffer");
            backBuffer.Canvas.Clear(SKColors.Transparent);
            swapchainStale = true;
        }
        var canvas = backBuffer.Canvas;
        canvas.RestoreToCount(1);
        canvas.ResetMatrix();
        return canvas;
    }

    /// <summary>EndFrame sends the frame's drawing to the GPU.</summary>
    public void EndFrame()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (drawingImage is { } index) swapchain!.Surface(index).Flush();
        else backBuffer?.Flush();
    }

    /// <summary>Present copies the whole back buffer into a swapchain image and presents it (without a back buffer: presents the image the frame was drawn into).</summary>
    public void Present()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (drawingImage is { } index)
        {
            drawingImage = null;
            context.Submit(true);
            PresentImage(index, null);
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
        Submit(swapchain!.ToDrawable(index), default);
        drawingImage = index;
        var canvas = swapchain.Surface(index).Canvas;
        canvas.RestoreToCount(1);
        canvas.ResetMatrix();
        return canvas;
    }

    /// <summary>AcquireImage gets the next swapchain image (remaking the swapchain once when it is out of date) and waits until it is free.</summary>
    private uint AcquireImage()
    {
        var khr = device.Khr;
        // One retry: a window resized between frames makes the old swapchain out of date once.
        for (var attempt = 0; ; attempt++)
        {
            if (swapchain == null || swapchainStale) RecreateSwapchain();
            uint index;
            var acquired = khr.AcquireNextImage(device.Device, swapchain!.Handle, ulong.MaxValue, default, fence, &index);
            if (acquired == Result.ErrorOutOfDateKhr && attempt == 0)
            {
                swapchainStale = true;
                continue;
            }
            if (acquired != Result.SuboptimalKhr) VulkanDevice.Check(acquired, "vkAcquireNextImageKHR");
            WaitAndResetFence();
            return index;
        }
    }

    /// <summary>ReadWindowPixels presents the back buffer, reading back the swapchain image it was copied into: what the window shows.</summary>
    public SKBitmap ReadWindowPixels()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (backBuffer == null) throw new InvalidOperationException("no frame was drawn yet");
        var bitmap = new SKBitmap(new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        try
        {
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
        Submit(swapchain!.ToDrawable(index), default);
        var surface = swapchain.Surface(index);
        surface.Canvas.Clear(SKColors.Transparent);
        backBuffer!.Draw(surface.Canvas, 0, 0, CopyPaint);
        surface.Flush();
        context.Submit(true);
        PresentImage(index, readBack);
    }

    /// <summary>PresentImage moves drawn image <paramref name="index"/> to the present layout (reading it back first when asked) and queues it for presentation.</summary>
    private void PresentImage(uint index, SKBitmap? readBack)
    {
        var swapchain = this.swapchain!;
        var presentable = swapchain.ToPresentable(index);
        if (readBack != null)
        {
            var surface = swapchain.Surface(index);
            if (!surface.ReadPixels(readBack.Info, readBack.GetPixels(), readBack.RowBytes, 0, 0))
            {
                throw new InvalidOperationException("reading back the swapchain image failed (no transfer-source usage?)");
            }
            context.Submit(true);
            // Skia moved the image to TRANSFER_SRC_OPTIMAL for the copy: transition from there,
            // and forget the surface, whose idea of the layout no longer matches ours.
            swapchain.RecordTransition(presentable, swapchain.Image(index), ImageLayout.TransferSrcOptimal, ImageLayout.PresentSrcKhr,
                PipelineStageFlags.TransferBit, AccessFlags.TransferReadBit, PipelineStageFlags.BottomOfPipeBit, 0);
            swapchain.ForgetSurface(index);
        }
        Submit(presentable, fence);
        WaitAndResetFence();
        if (readBack != null)
        {
            swapchain.RecordTransition(presentable, swapchain.Image(index), ImageLayout.ColorAttachmentOptimal, ImageLayout.PresentSrcKhr,
                PipelineStageFlags.ColorAttachmentOutputBit, AccessFlags.ColorAttachmentWriteBit, PipelineStageFlags.BottomOfPipeBit, 0);
        }

        var handle = swapchain.Handle;
        var present = new PresentInfoKHR
        {
            SType = StructureType.PresentInfoKhr,
            SwapchainCount = 1,
            PSwapchains = &handle,
            PImageIndices = &index,
        };
        var presented = device.Khr.QueuePresent(device.Queue, &present);
        if (presented is Result.ErrorOutOfDateKhr or Result.SuboptimalKhr) swapchainStale = true;
        else VulkanDevice.Check(presented, "vkQueuePresentKHR");
    }

    private void Submit(CommandBuffer buffer, Fence signal)
    {
        var info = new SubmitInfo
        {
            SType = StructureType.SubmitInfo,
            CommandBufferCount = 1,
            PCommandBuffers = &buffer,
        };
        VulkanDevice.Check(device.Vk.QueueSubmit(device.Queue, 1, &info, signal), "vkQueueSubmit");
    }

    private void WaitAndResetFence()
    {
        var f = fence;
        VulkanDevice.Check(device.Vk.WaitForFences(device.Device, 1, &f, true, ulong.MaxValue), "vkWaitForFences");
        VulkanDevice.Check(device.Vk.ResetFences(device.Device, 1, &f), "vkResetFences");
    }

    private void RecreateSwapchain()
    {
        device.Vk.DeviceWaitIdle(device.Device);
        var old = swapchain;
        swapchain = new VulkanSwapchain(device, context, size, vsync, old?.Handle ?? default);
        old?.Dispose();
        swapchainStale = false;
    }

    /// <summary>Dispose frees every Skia surface, then the Skia context, then the Vulkan objects, in that order (else Skia touches a dead device).</summary>
    public void Dispose()
    {
        if (disposed) return;
        disposed = true;
        device.Vk.DeviceWaitIdle(device.Device);
        swapchain?.Dispose();
        backBuffer?.Dispose();
        context.Flush();
        context.Submit(true);
        context.Dispose();
        backendContext.Dispose();
        device.Vk.DestroyFence(device.Device, fence, null);
        device.Dispose();
    }
}
