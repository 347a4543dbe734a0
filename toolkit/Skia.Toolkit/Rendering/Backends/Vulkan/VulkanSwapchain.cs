using Silk.NET.Vulkan;
using SkiaSharp;
using Semaphore = Silk.NET.Vulkan.Semaphore;

namespace Skia.Toolkit.Rendering.Backends.Vulkan;

/// <summary>
/// VulkanSwapchain is the window's swapchain: its images wrapped as Skia surfaces, per image three
/// pre-recorded layout transitions, a semaphore that the present waits on, and what the backend
/// needs to know about the image's last use (the present it showed, the fence of that frame). Skia
/// only tracks layouts it changed itself, so we tell Skia every image is in COLOR_ATTACHMENT_OPTIMAL
/// and keep that true: before Skia draws we move the image there, from PRESENT_SRC_KHR keeping the
/// frame it last showed (a partial copy updates only what changed since) or from UNDEFINED (its old
/// contents are dropped, the whole image is overwritten), and after Skia drew we move it to PRESENT_SRC_KHR.
/// Those transitions serve frames drawn straight into the images (no back buffer) and read-backs; a window with a
/// retained back buffer copies into the image with its own command buffer, which does the image's transitions itself.
/// </summary>
internal sealed unsafe class VulkanSwapchain : IDisposable
{
    // VK_QUEUE_FAMILY_IGNORED: no ownership transfer in our barriers.
    private const uint QueueFamilyIgnored = ~0u;

    private readonly VulkanDevice device;
    private readonly GRContext context;
    private readonly Image[] images;
    private readonly CommandBuffer[] toDrawable;
    private readonly CommandBuffer[] toDrawableKeeping;
    private readonly CommandBuffer[] toPresentable;
    private readonly Semaphore[] rendered;
    private readonly long[] presentedAt;
    private readonly Fence[] lastFence;
    private readonly SKSurface?[] surfaces;
    private readonly GRBackendRenderTarget?[] targets;
    private bool disposed;

    /// <summary>VulkanSwapchain makes a swapchain of <paramref name="size"/> (or the size the window system insists on), replacing <paramref name="old"/>.</summary>
    public VulkanSwapchain(VulkanDevice device, GRContext context, SKSizeI size, bool vsync, SwapchainKHR old)
    {
        this.device = device;
        this.context = context;
        var khr = device.Khr;
        SurfaceCapabilitiesKHR caps;
        VulkanDevice.Check(khr.GetPhysicalDeviceSurfaceCapabilities(device.PhysicalDevice, device.Surface, &caps), "vkGetPhysicalDeviceSurfaceCapabilitiesKHR");
        (Format, ColorType) = ChooseFormat(device, out var colorSpace);

        // 0xFFFFFFFF means "the surface takes the swapchain's size" (X11 gives the window size instead).
        var extent = caps.CurrentExtent.Width != uint.MaxValue
            ? caps.CurrentExtent
            : new Extent2D(
                Math.Clamp((uint)size.Width, caps.MinImageExtent.Width, caps.MaxImageExtent.Width),
                Math.Clamp((uint)size.Height, caps.MinImageExtent.Height, caps.MaxImageExtent.Height));
        Size = new SKSizeI((int)extent.Width, (int)extent.Height);

        var imageCount = Math.Max(caps.MinImageCount, 2);
        if (caps.MaxImageCount != 0) imageCount = Math.Min(imageCount, caps.MaxImageCount);
        Usage = ImageUsageFlags.ColorAttachmentBit | (caps.SupportedUsageFlags & (ImageUsageFlags.TransferSrcBit | ImageUsageFlags.TransferDstBit));
        var alpha = (caps.SupportedCompositeAlpha & CompositeAlphaFlagsKHR.OpaqueBitKhr) != 0
            ? CompositeAlphaFlagsKHR.OpaqueBitKhr
            : (CompositeAlphaFlagsKHR)((uint)caps.SupportedCompositeAlpha & (uint)-(int)caps.SupportedCompositeAlpha); // lowest supported bit

        var info = new SwapchainCreateInfoKHR
        {
            SType = StructureType.SwapchainCreateInfoKhr,
            Surface = device.Surface,
            MinImageCount = imageCount,
            ImageFormat = Format,
            ImageColorSpace = colorSpace,
            ImageExtent = extent,
            ImageArrayLayers = 1,
            ImageUsage = Usage,
            ImageSharingMode = SharingMode.Exclusive,
            PreTransform = caps.CurrentTransform,
            CompositeAlpha = alpha,
            PresentMode = ChoosePresentMode(vsync),
            Clipped = true,
            OldSwapchain = old,
        };
        SwapchainKHR swapchain;
        VulkanDevice.Check(khr.CreateSwapchain(device.Device, &info, null, &swapchain), "vkCreateSwapchainKHR");
        Handle = swapchain;

        uint count = 0;
        VulkanDevice.Check(khr.GetSwapchainImages(device.Device, Handle, &count, null), "vkGetSwapchainImagesKHR");
        images = new Image[count];
        fixed (Image* p = images) VulkanDevice.Check(khr.GetSwapchainImages(device.Device, Handle, &count, p), "vkGetSwapchainImagesKHR");

        toDrawable = AllocateCommandBuffers(count);
        toDrawableKeeping = AllocateCommandBuffers(count);
        toPresentable = AllocateCommandBuffers(count);
        // The source stage is where the acquire semaphore is waited on, so each barrier chains after that wait.
        for (var i = 0; i < count; i++)
        {
            RecordTransition(toDrawable[i], images[i], ImageLayout.Undefined, ImageLayout.ColorAttachmentOptimal,
                PipelineStageFlags.ColorAttachmentOutputBit, 0, PipelineStageFlags.ColorAttachmentOutputBit, AccessFlags.ColorAttachmentReadBit | AccessFlags.ColorAttachmentWriteBit);
            RecordTransition(toDrawableKeeping[i], images[i], ImageLayout.PresentSrcKhr, ImageLayout.ColorAttachmentOptimal,
                PipelineStageFlags.ColorAttachmentOutputBit, 0, PipelineStageFlags.ColorAttachmentOutputBit, AccessFlags.ColorAttachmentReadBit | AccessFlags.ColorAttachmentWriteBit);
            RecordTransition(toPresentable[i], images[i], ImageLayout.ColorAttachmentOptimal, ImageLayout.PresentSrcKhr,
                PipelineStageFlags.ColorAttachmentOutputBit, AccessFlags.ColorAttachmentWriteBit, PipelineStageFlags.BottomOfPipeBit, 0);
        }
        rendered = new Semaphore[count];
        var semaphoreInfo = new SemaphoreCreateInfo { SType = StructureType.SemaphoreCreateInfo };
        for (var i = 0; i < count; i++)
        {
            Semaphore semaphore;
            VulkanDevice.Check(device.Vk.CreateSemaphore(device.Device, &semaphoreInfo, null, &semaphore), "vkCreateSemaphore");
            rendered[i] = semaphore;
        }
        presentedAt = new long[count];
        lastFence = new Fence[count];
        surfaces = new SKSurface?[count];
        targets = new GRBackendRenderTarget?[count];
    }

    /// <summary>Handle is the VkSwapchainKHR.</summary>
    public SwapchainKHR Handle { get; }

    /// <summary>Size is the swapchain's image size in pixels.</summary>
    public SKSizeI Size { get; }

    /// <summary>Format is the images' Vulkan format.</summary>
    public Format Format { get; }

    /// <summary>ColorType is the Skia colour type matching <see cref="Format"/>.</summary>
    public SKColorType ColorType { get; }

    /// <summary>Usage is what the images may be used for (colour attachment, and transfers where allowed: the back buffer's copies in, read-backs out).</summary>
    public ImageUsageFlags Usage { get; }

    /// <summary>ImageCount is the number of swapchain images.</summary>
    public int ImageCount => images.Length;

    /// <summary>Surface returns the Skia surface over image <paramref name="index"/>, made on first use.</summary>
    public SKSurface Surface(uint index)
    {
        var surface = surfaces[index];
        if (surface != null) return surface;
        var info = new GRVkImageInfo
        {
            Image = images[index].Handle,
            ImageTiling = (uint)ImageTiling.Optimal,
            ImageLayout = (uint)ImageLayout.ColorAttachmentOptimal,
            Format = (uint)Format,
            ImageUsageFlags = (uint)Usage,
            SampleCount = 1,
            LevelCount = 1,
            CurrentQueueFamily = device.QueueFamily,
            SharingMode = (uint)SharingMode.Exclusive,
        };
        var target = new GRBackendRenderTarget(Size.Width, Size.Height, info);
        surface = SKSurface.Create(context, target, GRSurfaceOrigin.TopLeft, ColorType)
            ?? throw new InvalidOperationException($"Skia could not wrap swapchain image {index} ({Format}, {Size.Width}x{Size.Height})");
        targets[index] = target;
        surfaces[index] = surface;
        return surface;
    }

    /// <summary>ForgetSurface drops the Skia surface of an image whose layout Skia changed outside our transitions (a read-back).</summary>
    public void ForgetSurface(uint index)
    {
        surfaces[index]?.Dispose();
        surfaces[index] = null;
        targets[index]?.Dispose();
        targets[index] = null;
    }

    /// <summary>ToDrawable is image <paramref name="index"/>'s transition into COLOR_ATTACHMENT_OPTIMAL: from PRESENT_SRC_KHR keeping its pixels when <paramref name="keepContents"/> (the image was presented before), else from UNDEFINED.</summary>
    public CommandBuffer ToDrawable(uint index, bool keepContents) => keepContents ? toDrawableKeeping[index] : toDrawable[index];

    /// <summary>Rendered is image <paramref name="index"/>'s semaphore: signalled by the frame's last submit, waited on by its present.</summary>
    public Semaphore Rendered(uint index) => rendered[index];

    /// <summary>
    /// Age says how many presents ago image <paramref name="index"/> was last presented, <paramref name="present"/> being the
    /// number of the present now being made (counting from 1): 0 when it never was, so its contents are undefined.
    /// </summary>
    public int Age(uint index, long present) => presentedAt[index] == 0 ? 0 : (int)Math.Min(present - presentedAt[index], int.MaxValue);

    /// <summary>Presented records that image <paramref name="index"/> is shown by present number <paramref name="present"/>, its frame's work signalling <paramref name="fence"/>.</summary>
    public void Presented(uint index, long present, Fence fence)
    {
        presentedAt[index] = present;
        lastFence[index] = fence;
    }

    /// <summary>LastFence is the fence of the frame that last used image <paramref name="index"/> (none yet: a null handle).</summary>
    public Fence LastFence(uint index) => lastFence[index];

    /// <summary>ToPresentable is image <paramref name="index"/>'s transition from COLOR_ATTACHMENT_OPTIMAL to PRESENT_SRC_KHR.</summary>
    public CommandBuffer ToPresentable(uint index) => toPresentable[index];

    /// <summary>Image is swapchain image <paramref name="index"/>.</summary>
    public Image Image(uint index) => images[index];

    /// <summary>RecordTransition records one image layout barrier into <paramref name="buffer"/> (reset first).</summary>
    public void RecordTransition(CommandBuffer buffer, Image image, ImageLayout from, ImageLayout to,
        PipelineStageFlags srcStage, AccessFlags srcAccess, PipelineStageFlags dstStage, AccessFlags dstAccess)
    {
        var vk = device.Vk;
        var begin = new CommandBufferBeginInfo { SType = StructureType.CommandBufferBeginInfo };
        VulkanDevice.Check(vk.BeginCommandBuffer(buffer, &begin), "vkBeginCommandBuffer");
        var barrier = new ImageMemoryBarrier
        {
            SType = StructureType.ImageMemoryBarrier,
            SrcAccessMask = srcAccess,
            DstAccessMask = dstAccess,
            OldLayout = from,
            NewLayout = to,
            SrcQueueFamilyIndex = QueueFamilyIgnored,
            DstQueueFamilyIndex = QueueFamilyIgnored,
            Image = image,
            SubresourceRange = new ImageSubresourceRange(ImageAspectFlags.ColorBit, 0, 1, 0, 1),
        };
        vk.CmdPipelineBarrier(buffer, srcStage, dstStage, 0, 0, null, 0, null, 1, &barrier);
        VulkanDevice.Check(vk.EndCommandBuffer(buffer), "vkEndCommandBuffer");
    }

    private CommandBuffer[] AllocateCommandBuffers(uint count)
    {
        var buffers = new CommandBuffer[count];
        var info = new CommandBufferAllocateInfo
        {
            SType = StructureType.CommandBufferAllocateInfo,
            CommandPool = device.CommandPool,
            Level = CommandBufferLevel.Primary,
            CommandBufferCount = count,
        };
        fixed (CommandBuffer* p = buffers) VulkanDevice.Check(device.Vk.AllocateCommandBuffers(device.Device, &info, p), "vkAllocateCommandBuffers");
        return buffers;
    }

    /// <summary>ChooseFormat picks the swapchain format for <paramref name="device"/>'s surface: B8G8R8A8_UNORM, else R8G8B8A8_UNORM (the retained back buffer takes the same, so copies move bytes unchanged).</summary>
    public static (Format, SKColorType) ChooseFormat(VulkanDevice device, out ColorSpaceKHR colorSpace)
    {
        var khr = device.Khr;
        uint count = 0;
        VulkanDevice.Check(khr.GetPhysicalDeviceSurfaceFormats(device.PhysicalDevice, device.Surface, &count, null), "vkGetPhysicalDeviceSurfaceFormatsKHR");
        var formats = new SurfaceFormatKHR[count];
        fixed (SurfaceFormatKHR* p = formats) VulkanDevice.Check(khr.GetPhysicalDeviceSurfaceFormats(device.PhysicalDevice, device.Surface, &count, p), "vkGetPhysicalDeviceSurfaceFormatsKHR");
        // UNORM, not SRGB: our colours are already sRGB-encoded, as they are in the raster backend and in GL.
        foreach (var f in formats)
        {
            if (f.Format == Format.B8G8R8A8Unorm) { colorSpace = f.ColorSpace; return (f.Format, SKColorType.Bgra8888); }
        }
        foreach (var f in formats)
        {
            if (f.Format == Format.R8G8B8A8Unorm) { colorSpace = f.ColorSpace; return (f.Format, SKColorType.Rgba8888); }
        }
        throw new InvalidOperationException("the window surface offers neither B8G8R8A8_UNORM nor R8G8B8A8_UNORM");
    }

    private PresentModeKHR ChoosePresentMode(bool vsync)
    {
        if (vsync) return PresentModeKHR.FifoKhr; // FIFO is the one mode every driver must support.
        var khr = device.Khr;
        uint count = 0;
        khr.GetPhysicalDeviceSurfacePresentModes(device.PhysicalDevice, device.Surface, &count, null);
        var modes = new PresentModeKHR[count];
        fixed (PresentModeKHR* p = modes) khr.GetPhysicalDeviceSurfacePresentModes(device.PhysicalDevice, device.Surface, &count, p);
        if (Array.IndexOf(modes, PresentModeKHR.MailboxKhr) >= 0) return PresentModeKHR.MailboxKhr;
        if (Array.IndexOf(modes, PresentModeKHR.ImmediateKhr) >= 0) return PresentModeKHR.ImmediateKhr;
        return PresentModeKHR.FifoKhr;
    }

    /// <summary>Dispose frees the Skia surfaces, the command buffers, the semaphores and the swapchain; the device must be idle.</summary>
    public void Dispose()
    {
        if (disposed) return;
        disposed = true;
        for (uint i = 0; i < surfaces.Length; i++) ForgetSurface(i);
        context.Flush();
        context.Submit(true);
        fixed (CommandBuffer* p = toDrawable) device.Vk.FreeCommandBuffers(device.Device, device.CommandPool, (uint)toDrawable.Length, p);
        fixed (CommandBuffer* p = toDrawableKeeping) device.Vk.FreeCommandBuffers(device.Device, device.CommandPool, (uint)toDrawableKeeping.Length, p);
        foreach (var semaphore in rendered) device.Vk.DestroySemaphore(device.Device, semaphore, null);
        fixed (CommandBuffer* p = toPresentable) device.Vk.FreeCommandBuffers(device.Device, device.CommandPool, (uint)toPresentable.Length, p);
        device.Khr.DestroySwapchain(device.Device, Handle, null);
    }
}
