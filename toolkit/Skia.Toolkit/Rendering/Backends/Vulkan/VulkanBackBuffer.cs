using Silk.NET.Vulkan;
using SkiaSharp;

namespace Skia.Toolkit.Rendering.Backends.Vulkan;

/// <summary>
/// VulkanBackBuffer is the window's retained back buffer: a VkImage the backend allocates itself (optimal tiling,
/// in the swapchain's format, usable as colour attachment, sampled image and transfer source and destination) and
/// wraps for Skia, so that the backend can copy pixels within it (a scroll) and out of it (a present) with
/// vkCmdCopyImage, which a software driver carries out as a copy of memory rather than a textured draw.
/// Skia tracks an image's layout only through its own work, so the backend keeps one rule: between Skia's uses
/// the image is in <see cref="SkiaLayout"/>, the layout Skia was told and leaves after drawing. Every command
/// buffer of ours that touches the image moves it out of that layout and back. Skia only draws into it; where
/// Skia does something else (a read-back leaves it in TRANSFER_SRC_OPTIMAL) the backend moves the image back
/// and wraps it again (<see cref="Rewrap"/>).
/// <para>The barriers' access masks follow from that rule. No copy touches the image in <see cref="SkiaLayout"/>, so
/// every copy's write is made available by the barrier that brings the image back into it, and every later copy
/// waits on a barrier out of it (source stages including the previous one's destination stages: the dependencies
/// chain) whose visibility covers what that copy reads. A barrier out of <see cref="SkiaLayout"/> therefore names
/// only Skia's colour-attachment writes as its source, and one into it only colour-attachment accesses as its
/// destination: access masks that fit the layout.</para>
/// </summary>
internal sealed unsafe class VulkanBackBuffer : IDisposable
{
    /// <summary>SkiaLayout is the layout the image is in whenever Skia may use it (what Skia believes and leaves after drawing).</summary>
    public const ImageLayout SkiaLayout = ImageLayout.ColorAttachmentOptimal;

    /// <summary>Usage is what the image may be used for: Skia's drawing and sampling, our copies.</summary>
    public const ImageUsageFlags Usage = ImageUsageFlags.ColorAttachmentBit | ImageUsageFlags.SampledBit | ImageUsageFlags.TransferSrcBit | ImageUsageFlags.TransferDstBit;

    private readonly VulkanDevice device;
    private readonly GRContext context;
    private readonly DeviceMemory memory;
    private readonly ulong memorySize;
    private GRBackendTexture? texture;
    private SKSurface? surface;
    private bool disposed;

    /// <summary>VulkanBackBuffer allocates a <paramref name="size"/> image of <paramref name="format"/> (Skia's <paramref name="colorType"/>); call <see cref="Wrap"/> once it is in <see cref="SkiaLayout"/>.</summary>
    public VulkanBackBuffer(VulkanDevice device, GRContext context, SKSizeI size, Format format, SKColorType colorType)
    {
        this.device = device;
        this.context = context;
        Size = size;
        Format = format;
        ColorType = colorType;
        var vk = device.Vk;
        var info = new ImageCreateInfo
        {
            SType = StructureType.ImageCreateInfo,
            ImageType = ImageType.Type2D,
            Format = format,
            Extent = new Extent3D((uint)size.Width, (uint)size.Height, 1),
            MipLevels = 1,
            ArrayLayers = 1,
            Samples = SampleCountFlags.Count1Bit,
            Tiling = ImageTiling.Optimal,
            Usage = Usage,
            SharingMode = SharingMode.Exclusive,
            InitialLayout = ImageLayout.Undefined,
        };
        Image image;
        VulkanDevice.Check(vk.CreateImage(device.Device, &info, null, &image), "vkCreateImage");
        Image = image;
        try
        {
            MemoryRequirements requirements;
            vk.GetImageMemoryRequirements(device.Device, image, &requirements);
            var allocate = new MemoryAllocateInfo
            {
                SType = StructureType.MemoryAllocateInfo,
                AllocationSize = requirements.Size,
                MemoryTypeIndex = MemoryType(requirements.MemoryTypeBits),
            };
            DeviceMemory m;
            VulkanDevice.Check(vk.AllocateMemory(device.Device, &allocate, null, &m), "vkAllocateMemory");
            memory = m;
            memorySize = requirements.Size;
            VulkanDevice.Check(vk.BindImageMemory(device.Device, image, memory, 0), "vkBindImageMemory");
        }
        catch
        {
            if (memory.Handle != 0) vk.FreeMemory(device.Device, memory, null);
            vk.DestroyImage(device.Device, image, null);
            throw;
        }
    }

    /// <summary>Image is the VkImage.</summary>
    public Image Image { get; }

    /// <summary>Size is the image's size in pixels.</summary>
    public SKSizeI Size { get; }

    /// <summary>Format is the image's Vulkan format (the swapchain's, so a copy into a swapchain image moves bytes unchanged).</summary>
    public Format Format { get; }

    /// <summary>ColorType is the Skia colour type matching <see cref="Format"/>.</summary>
    public SKColorType ColorType { get; }

    /// <summary>Surface is Skia's surface over the image (after <see cref="Wrap"/>).</summary>
    public SKSurface Surface => surface ?? throw new InvalidOperationException("the Vulkan back buffer is not wrapped for Skia");

    /// <summary>Wrap makes Skia's surface over the image, which must be in <see cref="SkiaLayout"/>, with every Skia command on it finished or none made.</summary>
    public void Wrap()
    {
        var info = new GRVkImageInfo
        {
            Image = Image.Handle,
            Alloc = new GRVkAlloc { Memory = memory.Handle, Offset = 0, Size = memorySize },
            ImageTiling = (uint)ImageTiling.Optimal,
            ImageLayout = (uint)SkiaLayout,
            Format = (uint)Format,
            ImageUsageFlags = (uint)Usage,
            SampleCount = 1,
            LevelCount = 1,
            CurrentQueueFamily = device.QueueFamily,
            SharingMode = (uint)SharingMode.Exclusive,
        };
        texture = new GRBackendTexture(Size.Width, Size.Height, info);
        surface = SKSurface.Create(context, texture, GRSurfaceOrigin.TopLeft, 1, ColorType)
            ?? throw new InvalidOperationException($"Skia could not wrap a {Size.Width}x{Size.Height} Vulkan back buffer ({Format})");
    }

    /// <summary>Unwrap drops Skia's surface over the image and waits until Skia's work is done (the image itself stays).</summary>
    public void Unwrap()
    {
        surface?.Dispose();
        surface = null;
        texture?.Dispose();
        texture = null;
        context.Flush();
        context.Submit(true);
    }

    /// <summary>Rewrap drops Skia's surface and wraps the image again: call it once the image is back in <see cref="SkiaLayout"/> after Skia left it elsewhere.</summary>
    public void Rewrap()
    {
        Unwrap();
        Wrap();
    }

    /// <summary>Barrier fills an image layout barrier for this image (all of it, no ownership transfer).</summary>
    public ImageMemoryBarrier Barrier(ImageLayout from, ImageLayout to, AccessFlags srcAccess, AccessFlags dstAccess) => Barrier(Image, from, to, srcAccess, dstAccess);

    /// <summary>Barrier fills an image layout barrier for <paramref name="image"/> (all of it, no ownership transfer).</summary>
    public static ImageMemoryBarrier Barrier(Image image, ImageLayout from, ImageLayout to, AccessFlags srcAccess, AccessFlags dstAccess) => new()
    {
        SType = StructureType.ImageMemoryBarrier,
        SrcAccessMask = srcAccess,
        DstAccessMask = dstAccess,
        OldLayout = from,
        NewLayout = to,
        SrcQueueFamilyIndex = ~0u,
        DstQueueFamilyIndex = ~0u,
        Image = image,
        SubresourceRange = new ImageSubresourceRange(ImageAspectFlags.ColorBit, 0, 1, 0, 1),
    };

    /// <summary>Region is a copy of the <paramref name="width"/> x <paramref name="height"/> pixels at (<paramref name="x"/>, <paramref name="y"/>) to (<paramref name="toX"/>, <paramref name="toY"/>).</summary>
    public static ImageCopy Region(int x, int y, int toX, int toY, int width, int height) => new()
    {
        SrcSubresource = new ImageSubresourceLayers(ImageAspectFlags.ColorBit, 0, 0, 1),
        SrcOffset = new Offset3D(x, y, 0),
        DstSubresource = new ImageSubresourceLayers(ImageAspectFlags.ColorBit, 0, 0, 1),
        DstOffset = new Offset3D(toX, toY, 0),
        Extent = new Extent3D((uint)width, (uint)height, 1),
    };

    private uint MemoryType(uint allowed)
    {
        PhysicalDeviceMemoryProperties properties;
        device.Vk.GetPhysicalDeviceMemoryProperties(device.PhysicalDevice, &properties);
        var fallback = -1;
        for (var i = 0; i < properties.MemoryTypeCount; i++)
        {
            if ((allowed & (1u << i)) == 0) continue;
            if ((properties.MemoryTypes[i].PropertyFlags & MemoryPropertyFlags.DeviceLocalBit) != 0) return (uint)i;
            if (fallback < 0) fallback = i;
        }
        return fallback >= 0 ? (uint)fallback : throw new InvalidOperationException("no Vulkan memory type can hold the back buffer");
    }

    /// <summary>Dispose drops Skia's surface, then frees the image and its memory; the device must be done with them.</summary>
    public void Dispose()
    {
        if (disposed) return;
        disposed = true;
        Unwrap();
        device.Vk.DeviceWaitIdle(device.Device); // a present's copy may still read it
        device.Vk.DestroyImage(device.Device, Image, null);
        device.Vk.FreeMemory(device.Device, memory, null);
    }
}
