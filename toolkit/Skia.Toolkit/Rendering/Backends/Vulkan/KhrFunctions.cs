using Silk.NET.Core;
using Silk.NET.Vulkan;
using Semaphore = Silk.NET.Vulkan.Semaphore;

namespace Skia.Toolkit.Rendering.Backends.Vulkan;

/// <summary>KhrFunctions holds the VK_KHR_surface and VK_KHR_swapchain entry points, loaded through <see cref="VulkanLoader"/>.</summary>
internal unsafe struct KhrFunctions
{
    public delegate* unmanaged<PhysicalDevice, uint, SurfaceKHR, Bool32*, Result> GetPhysicalDeviceSurfaceSupport;
    public delegate* unmanaged<PhysicalDevice, SurfaceKHR, SurfaceCapabilitiesKHR*, Result> GetPhysicalDeviceSurfaceCapabilities;
    public delegate* unmanaged<PhysicalDevice, SurfaceKHR, uint*, SurfaceFormatKHR*, Result> GetPhysicalDeviceSurfaceFormats;
    public delegate* unmanaged<PhysicalDevice, SurfaceKHR, uint*, PresentModeKHR*, Result> GetPhysicalDeviceSurfacePresentModes;
    public delegate* unmanaged<Instance, SurfaceKHR, AllocationCallbacks*, void> DestroySurface;
    public delegate* unmanaged<Device, SwapchainCreateInfoKHR*, AllocationCallbacks*, SwapchainKHR*, Result> CreateSwapchain;
    public delegate* unmanaged<Device, SwapchainKHR, AllocationCallbacks*, void> DestroySwapchain;
    public delegate* unmanaged<Device, SwapchainKHR, uint*, Image*, Result> GetSwapchainImages;
    public delegate* unmanaged<Device, SwapchainKHR, ulong, Semaphore, Fence, uint*, Result> AcquireNextImage;
    public delegate* unmanaged<Queue, PresentInfoKHR*, Result> QueuePresent;

    /// <summary>LoadInstanceLevel loads the VK_KHR_surface functions of <paramref name="instance"/>.</summary>
    public void LoadInstanceLevel(Instance instance)
    {
        var i = instance.Handle;
        GetPhysicalDeviceSurfaceSupport = (delegate* unmanaged<PhysicalDevice, uint, SurfaceKHR, Bool32*, Result>)VulkanLoader.Require("vkGetPhysicalDeviceSurfaceSupportKHR", i);
        GetPhysicalDeviceSurfaceCapabilities = (delegate* unmanaged<PhysicalDevice, SurfaceKHR, SurfaceCapabilitiesKHR*, Result>)VulkanLoader.Require("vkGetPhysicalDeviceSurfaceCapabilitiesKHR", i);
        GetPhysicalDeviceSurfaceFormats = (delegate* unmanaged<PhysicalDevice, SurfaceKHR, uint*, SurfaceFormatKHR*, Result>)VulkanLoader.Require("vkGetPhysicalDeviceSurfaceFormatsKHR", i);
        GetPhysicalDeviceSurfacePresentModes = (delegate* unmanaged<PhysicalDevice, SurfaceKHR, uint*, PresentModeKHR*, Result>)VulkanLoader.Require("vkGetPhysicalDeviceSurfacePresentModesKHR", i);
        DestroySurface = (delegate* unmanaged<Instance, SurfaceKHR, AllocationCallbacks*, void>)VulkanLoader.Require("vkDestroySurfaceKHR", i);
    }

    /// <summary>LoadDeviceLevel loads the VK_KHR_swapchain functions of <paramref name="device"/>.</summary>
    public void LoadDeviceLevel(Instance instance, Device device)
    {
        var i = instance.Handle;
        var d = device.Handle;
        CreateSwapchain = (delegate* unmanaged<Device, SwapchainCreateInfoKHR*, AllocationCallbacks*, SwapchainKHR*, Result>)VulkanLoader.Require("vkCreateSwapchainKHR", i, d);
        DestroySwapchain = (delegate* unmanaged<Device, SwapchainKHR, AllocationCallbacks*, void>)VulkanLoader.Require("vkDestroySwapchainKHR", i, d);
        GetSwapchainImages = (delegate* unmanaged<Device, SwapchainKHR, uint*, Image*, Result>)VulkanLoader.Require("vkGetSwapchainImagesKHR", i, d);
        AcquireNextImage = (delegate* unmanaged<Device, SwapchainKHR, ulong, Semaphore, Fence, uint*, Result>)VulkanLoader.Require("vkAcquireNextImageKHR", i, d);
        QueuePresent = (delegate* unmanaged<Queue, PresentInfoKHR*, Result>)VulkanLoader.Require("vkQueuePresentKHR", i, d);
    }
}
