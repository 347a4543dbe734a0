using Silk.NET.Core;
using Silk.NET.Vulkan;
using Semaphore = Silk.NET.Vulkan.Semaphore;

namespace Skia.Toolkit.Rendering.Backends.Vulkan;

/// <summary>
/// VulkanFunctions is the core Vulkan API we call, as unmanaged function pointers looked up
/// through <see cref="VulkanLoader"/>; the structs and enums are Silk.NET.Vulkan's. Not Silk's
/// <c>Vk.GetApi()</c>: its library loader reads assembly locations and DependencyModel, which
/// NativeAOT rejects (IL3000/IL3002), and the toolkit must publish with NativeAOT.
/// </summary>
internal sealed unsafe class VulkanFunctions
{
    private readonly delegate* unmanaged<InstanceCreateInfo*, AllocationCallbacks*, Instance*, Result> createInstance;
    private delegate* unmanaged<Instance, AllocationCallbacks*, void> destroyInstance;
    private delegate* unmanaged<Instance, uint*, PhysicalDevice*, Result> enumeratePhysicalDevices;
    private delegate* unmanaged<PhysicalDevice, PhysicalDeviceProperties*, void> getPhysicalDeviceProperties;
    private delegate* unmanaged<PhysicalDevice, PhysicalDeviceFeatures*, void> getPhysicalDeviceFeatures;
    private delegate* unmanaged<PhysicalDevice, uint*, QueueFamilyProperties*, void> getPhysicalDeviceQueueFamilyProperties;
    private delegate* unmanaged<PhysicalDevice, DeviceCreateInfo*, AllocationCallbacks*, Device*, Result> createDevice;
    private delegate* unmanaged<Device, AllocationCallbacks*, void> destroyDevice;
    private delegate* unmanaged<Device, uint, uint, Queue*, void> getDeviceQueue;
    private delegate* unmanaged<Device, CommandPoolCreateInfo*, AllocationCallbacks*, CommandPool*, Result> createCommandPool;
    private delegate* unmanaged<Device, CommandPool, AllocationCallbacks*, void> destroyCommandPool;
    private delegate* unmanaged<Device, CommandBufferAllocateInfo*, CommandBuffer*, Result> allocateCommandBuffers;
    private delegate* unmanaged<Device, CommandPool, uint, CommandBuffer*, void> freeCommandBuffers;
    private delegate* unmanaged<CommandBuffer, CommandBufferBeginInfo*, Result> beginCommandBuffer;
    private delegate* unmanaged<CommandBuffer, Result> endCommandBuffer;
    private delegate* unmanaged<CommandBuffer, PipelineStageFlags, PipelineStageFlags, DependencyFlags, uint, MemoryBarrier*, uint, BufferMemoryBarrier*, uint, ImageMemoryBarrier*, void> cmdPipelineBarrier;
    private delegate* unmanaged<Queue, uint, SubmitInfo*, Fence, Result> queueSubmit;
    private delegate* unmanaged<Device, FenceCreateInfo*, AllocationCallbacks*, Fence*, Result> createFence;
    private delegate* unmanaged<Device, Fence, AllocationCallbacks*, void> destroyFence;
    private delegate* unmanaged<Device, uint, Fence*, Bool32, ulong, Result> waitForFences;
    private delegate* unmanaged<Device, uint, Fence*, Result> resetFences;
    private delegate* unmanaged<Device, Result> deviceWaitIdle;
    private delegate* unmanaged<Device, SemaphoreCreateInfo*, AllocationCallbacks*, Semaphore*, Result> createSemaphore;
    private delegate* unmanaged<Device, Semaphore, AllocationCallbacks*, void> destroySemaphore;
    private delegate* unmanaged<PhysicalDevice, byte*, uint*, ExtensionProperties*, Result> enumerateDeviceExtensionProperties;
    private delegate* unmanaged<PhysicalDevice, PhysicalDeviceMemoryProperties*, void> getPhysicalDeviceMemoryProperties;
    private delegate* unmanaged<Device, ImageCreateInfo*, AllocationCallbacks*, Image*, Result> createImage;
    private delegate* unmanaged<Device, Image, AllocationCallbacks*, void> destroyImage;
    private delegate* unmanaged<Device, Image, MemoryRequirements*, void> getImageMemoryRequirements;
    private delegate* unmanaged<Device, MemoryAllocateInfo*, AllocationCallbacks*, DeviceMemory*, Result> allocateMemory;
    private delegate* unmanaged<Device, DeviceMemory, AllocationCallbacks*, void> freeMemory;
    private delegate* unmanaged<Device, Image, DeviceMemory, ulong, Result> bindImageMemory;
    private delegate* unmanaged<CommandBuffer, Image, ImageLayout, Image, ImageLayout, uint, ImageCopy*, void> cmdCopyImage;
    private delegate* unmanaged<CommandBuffer, Image, ImageLayout, ClearColorValue*, uint, ImageSubresourceRange*, void> cmdClearColorImage;

    /// <summary>VulkanFunctions loads the global entry point; call <see cref="LoadInstanceLevel"/> once an instance exists.</summary>
    public VulkanFunctions()
    {
        try
        {
            createInstance = (delegate* unmanaged<InstanceCreateInfo*, AllocationCallbacks*, Instance*, Result>)VulkanLoader.Require("vkCreateInstance", 0);
        }
        catch (DllNotFoundException e)
        {
            throw new InvalidOperationException("libvulkan.so.1 not found: install libvulkan1 and a driver (mesa-vulkan-drivers)", e);
        }
    }

    /// <summary>LoadInstanceLevel loads every other function through the instance (device functions then dispatch per device).</summary>
    public void LoadInstanceLevel(Instance instance)
    {
        var i = instance.Handle;
        destroyInstance = (delegate* unmanaged<Instance, AllocationCallbacks*, void>)VulkanLoader.Require("vkDestroyInstance", i);
        enumeratePhysicalDevices = (delegate* unmanaged<Instance, uint*, PhysicalDevice*, Result>)VulkanLoader.Require("vkEnumeratePhysicalDevices", i);
        getPhysicalDeviceProperties = (delegate* unmanaged<PhysicalDevice, PhysicalDeviceProperties*, void>)VulkanLoader.Require("vkGetPhysicalDeviceProperties", i);
        getPhysicalDeviceFeatures = (delegate* unmanaged<PhysicalDevice, PhysicalDeviceFeatures*, void>)VulkanLoader.Require("vkGetPhysicalDeviceFeatures", i);
        getPhysicalDeviceQueueFamilyProperties = (delegate* unmanaged<PhysicalDevice, uint*, QueueFamilyProperties*, void>)VulkanLoader.Require("vkGetPhysicalDeviceQueueFamilyProperties", i);
        createDevice = (delegate* unmanaged<PhysicalDevice, DeviceCreateInfo*, AllocationCallbacks*, Device*, Result>)VulkanLoader.Require("vkCreateDevice", i);
        destroyDevice = (delegate* unmanaged<Device, AllocationCallbacks*, void>)VulkanLoader.Require("vkDestroyDevice", i);
        getDeviceQueue = (delegate* unmanaged<Device, uint, uint, Queue*, void>)VulkanLoader.Require("vkGetDeviceQueue", i);
        createCommandPool = (delegate* unmanaged<Device, CommandPoolCreateInfo*, AllocationCallbacks*, CommandPool*, Result>)VulkanLoader.Require("vkCreateCommandPool", i);
        destroyCommandPool = (delegate* unmanaged<Device, CommandPool, AllocationCallbacks*, void>)VulkanLoader.Require("vkDestroyCommandPool", i);
        allocateCommandBuffers = (delegate* unmanaged<Device, CommandBufferAllocateInfo*, CommandBuffer*, Result>)VulkanLoader.Require("vkAllocateCommandBuffers", i);
        freeCommandBuffers = (delegate* unmanaged<Device, CommandPool, uint, CommandBuffer*, void>)VulkanLoader.Require("vkFreeCommandBuffers", i);
        beginCommandBuffer = (delegate* unmanaged<CommandBuffer, CommandBufferBeginInfo*, Result>)VulkanLoader.Require("vkBeginCommandBuffer", i);
        endCommandBuffer = (delegate* unmanaged<CommandBuffer, Result>)VulkanLoader.Require("vkEndCommandBuffer", i);
        cmdPipelineBarrier = (delegate* unmanaged<CommandBuffer, PipelineStageFlags, PipelineStageFlags, DependencyFlags, uint, MemoryBarrier*, uint, BufferMemoryBarrier*, uint, ImageMemoryBarrier*, void>)VulkanLoader.Require("vkCmdPipelineBarrier", i);
        queueSubmit = (delegate* unmanaged<Queue, uint, SubmitInfo*, Fence, Result>)VulkanLoader.Require("vkQueueSubmit", i);
        createFence = (delegate* unmanaged<Device, FenceCreateInfo*, AllocationCallbacks*, Fence*, Result>)VulkanLoader.Require("vkCreateFence", i);
        destroyFence = (delegate* unmanaged<Device, Fence, AllocationCallbacks*, void>)VulkanLoader.Require("vkDestroyFence", i);
        waitForFences = (delegate* unmanaged<Device, uint, Fence*, Bool32, ulong, Result>)VulkanLoader.Require("vkWaitForFences", i);
        resetFences = (delegate* unmanaged<Device, uint, Fence*, Result>)VulkanLoader.Require("vkResetFences", i);
        deviceWaitIdle = (delegate* unmanaged<Device, Result>)VulkanLoader.Require("vkDeviceWaitIdle", i);
        createSemaphore = (delegate* unmanaged<Device, SemaphoreCreateInfo*, AllocationCallbacks*, Semaphore*, Result>)VulkanLoader.Require("vkCreateSemaphore", i);
        destroySemaphore = (delegate* unmanaged<Device, Semaphore, AllocationCallbacks*, void>)VulkanLoader.Require("vkDestroySemaphore", i);
        enumerateDeviceExtensionProperties = (delegate* unmanaged<PhysicalDevice, byte*, uint*, ExtensionProperties*, Result>)VulkanLoader.Require("vkEnumerateDeviceExtensionProperties", i);
        getPhysicalDeviceMemoryProperties = (delegate* unmanaged<PhysicalDevice, PhysicalDeviceMemoryProperties*, void>)VulkanLoader.Require("vkGetPhysicalDeviceMemoryProperties", i);
        createImage = (delegate* unmanaged<Device, ImageCreateInfo*, AllocationCallbacks*, Image*, Result>)VulkanLoader.Require("vkCreateImage", i);
        destroyImage = (delegate* unmanaged<Device, Image, AllocationCallbacks*, void>)VulkanLoader.Require("vkDestroyImage", i);
        getImageMemoryRequirements = (delegate* unmanaged<Device, Image, MemoryRequirements*, void>)VulkanLoader.Require("vkGetImageMemoryRequirements", i);
        allocateMemory = (delegate* unmanaged<Device, MemoryAllocateInfo*, AllocationCallbacks*, DeviceMemory*, Result>)VulkanLoader.Require("vkAllocateMemory", i);
        freeMemory = (delegate* unmanaged<Device, DeviceMemory, AllocationCallbacks*, void>)VulkanLoader.Require("vkFreeMemory", i);
        bindImageMemory = (delegate* unmanaged<Device, Image, DeviceMemory, ulong, Result>)VulkanLoader.Require("vkBindImageMemory", i);
        cmdCopyImage = (delegate* unmanaged<CommandBuffer, Image, ImageLayout, Image, ImageLayout, uint, ImageCopy*, void>)VulkanLoader.Require("vkCmdCopyImage", i);
        cmdClearColorImage = (delegate* unmanaged<CommandBuffer, Image, ImageLayout, ClearColorValue*, uint, ImageSubresourceRange*, void>)VulkanLoader.Require("vkCmdClearColorImage", i);
    }

    /// <summary>vkCreateInstance.</summary>
    public Result CreateInstance(InstanceCreateInfo* info, AllocationCallbacks* allocator, Instance* instance) => createInstance(info, allocator, instance);

    /// <summary>vkDestroyInstance.</summary>
    public void DestroyInstance(Instance instance, AllocationCallbacks* allocator) => destroyInstance(instance, allocator);

    /// <summary>vkEnumeratePhysicalDevices.</summary>
    public Result EnumeratePhysicalDevices(Instance instance, uint* count, PhysicalDevice* devices) => enumeratePhysicalDevices(instance, count, devices);

    /// <summary>vkGetPhysicalDeviceProperties.</summary>
    public void GetPhysicalDeviceProperties(PhysicalDevice device, PhysicalDeviceProperties* properties) => getPhysicalDeviceProperties(device, properties);

    /// <summary>vkGetPhysicalDeviceFeatures.</summary>
    public void GetPhysicalDeviceFeatures(PhysicalDevice device, PhysicalDeviceFeatures* features) => getPhysicalDeviceFeatures(device, features);

    /// <summary>vkGetPhysicalDeviceQueueFamilyProperties.</summary>
    public void GetPhysicalDeviceQueueFamilyProperties(PhysicalDevice device, uint* count, QueueFamilyProperties* families) => getPhysicalDeviceQueueFamilyProperties(device, count, families);

    /// <summary>vkCreateDevice.</summary>
    public Result CreateDevice(PhysicalDevice physical, DeviceCreateInfo* info, AllocationCallbacks* allocator, Device* device) => createDevice(physical, info, allocator, device);

    /// <summary>vkDestroyDevice.</summary>
    public void DestroyDevice(Device device, AllocationCallbacks* allocator) => destroyDevice(device, allocator);

    /// <summary>vkGetDeviceQueue.</summary>
    public void GetDeviceQueue(Device device, uint family, uint index, Queue* queue) => getDeviceQueue(device, family, index, queue);

    /// <summary>vkCreateCommandPool.</summary>
    public Result CreateCommandPool(Device device, CommandPoolCreateInfo* info, AllocationCallbacks* allocator, CommandPool* pool) => createCommandPool(device, info, allocator, pool);

    /// <summary>vkDestroyCommandPool.</summary>
    public void DestroyCommandPool(Device device, CommandPool pool, AllocationCallbacks* allocator) => destroyCommandPool(device, pool, allocator);

    /// <summary>vkAllocateCommandBuffers.</summary>
    public Result AllocateCommandBuffers(Device device, CommandBufferAllocateInfo* info, CommandBuffer* buffers) => allocateCommandBuffers(device, info, buffers);

    /// <summary>vkFreeCommandBuffers.</summary>
    public void FreeCommandBuffers(Device device, CommandPool pool, uint count, CommandBuffer* buffers) => freeCommandBuffers(device, pool, count, buffers);

    /// <summary>vkBeginCommandBuffer.</summary>
    public Result BeginCommandBuffer(CommandBuffer buffer, CommandBufferBeginInfo* info) => beginCommandBuffer(buffer, info);

    /// <summary>vkEndCommandBuffer.</summary>
    public Result EndCommandBuffer(CommandBuffer buffer) => endCommandBuffer(buffer);

    /// <summary>vkCmdPipelineBarrier.</summary>
    public void CmdPipelineBarrier(CommandBuffer buffer, PipelineStageFlags src, PipelineStageFlags dst, DependencyFlags flags,
        uint memoryCount, MemoryBarrier* memory, uint bufferCount, BufferMemoryBarrier* buffers, uint imageCount, ImageMemoryBarrier* images) =>
        cmdPipelineBarrier(buffer, src, dst, flags, memoryCount, memory, bufferCount, buffers, imageCount, images);

    /// <summary>vkQueueSubmit.</summary>
    public Result QueueSubmit(Queue queue, uint count, SubmitInfo* submits, Fence fence) => queueSubmit(queue, count, submits, fence);

    /// <summary>vkCreateFence.</summary>
    public Result CreateFence(Device device, FenceCreateInfo* info, AllocationCallbacks* allocator, Fence* fence) => createFence(device, info, allocator, fence);

    /// <summary>vkDestroyFence.</summary>
    public void DestroyFence(Device device, Fence fence, AllocationCallbacks* allocator) => destroyFence(device, fence, allocator);

    /// <summary>vkWaitForFences.</summary>
    public Result WaitForFences(Device device, uint count, Fence* fences, Bool32 waitAll, ulong timeout) => waitForFences(device, count, fences, waitAll, timeout);

    /// <summary>vkResetFences.</summary>
    public Result ResetFences(Device device, uint count, Fence* fences) => resetFences(device, count, fences);

    /// <summary>vkDeviceWaitIdle.</summary>
    public Result DeviceWaitIdle(Device device) => deviceWaitIdle(device);

    /// <summary>vkCreateSemaphore.</summary>
    public Result CreateSemaphore(Device device, SemaphoreCreateInfo* info, AllocationCallbacks* allocator, Semaphore* semaphore) => createSemaphore(device, info, allocator, semaphore);

    /// <summary>vkDestroySemaphore.</summary>
    public void DestroySemaphore(Device device, Semaphore semaphore, AllocationCallbacks* allocator) => destroySemaphore(device, semaphore, allocator);

    /// <summary>vkEnumerateDeviceExtensionProperties (the device's own extensions: no layer name).</summary>
    public Result EnumerateDeviceExtensionProperties(PhysicalDevice device, uint* count, ExtensionProperties* properties) => enumerateDeviceExtensionProperties(device, null, count, properties);

    /// <summary>vkGetPhysicalDeviceMemoryProperties.</summary>
    public void GetPhysicalDeviceMemoryProperties(PhysicalDevice device, PhysicalDeviceMemoryProperties* properties) => getPhysicalDeviceMemoryProperties(device, properties);

    /// <summary>vkCreateImage.</summary>
    public Result CreateImage(Device device, ImageCreateInfo* info, AllocationCallbacks* allocator, Image* image) => createImage(device, info, allocator, image);

    /// <summary>vkDestroyImage.</summary>
    public void DestroyImage(Device device, Image image, AllocationCallbacks* allocator) => destroyImage(device, image, allocator);

    /// <summary>vkGetImageMemoryRequirements.</summary>
    public void GetImageMemoryRequirements(Device device, Image image, MemoryRequirements* requirements) => getImageMemoryRequirements(device, image, requirements);

    /// <summary>vkAllocateMemory.</summary>
    public Result AllocateMemory(Device device, MemoryAllocateInfo* info, AllocationCallbacks* allocator, DeviceMemory* memory) => allocateMemory(device, info, allocator, memory);

    /// <summary>vkFreeMemory.</summary>
    public void FreeMemory(Device device, DeviceMemory memory, AllocationCallbacks* allocator) => freeMemory(device, memory, allocator);

    /// <summary>vkBindImageMemory.</summary>
    public Result BindImageMemory(Device device, Image image, DeviceMemory memory, ulong offset) => bindImageMemory(device, image, memory, offset);

    /// <summary>vkCmdCopyImage.</summary>
    public void CmdCopyImage(CommandBuffer buffer, Image source, ImageLayout sourceLayout, Image target, ImageLayout targetLayout, uint count, ImageCopy* regions) =>
        cmdCopyImage(buffer, source, sourceLayout, target, targetLayout, count, regions);

    /// <summary>vkCmdClearColorImage.</summary>
    public void CmdClearColorImage(CommandBuffer buffer, Image image, ImageLayout layout, ClearColorValue* color, uint count, ImageSubresourceRange* ranges) =>
        cmdClearColorImage(buffer, image, layout, color, count, ranges);
}
