using System.Runtime.InteropServices;
using Silk.NET.Core;
using Silk.NET.Vulkan;
using Skia.Toolkit.Platform;

namespace Skia.Toolkit.Rendering.Backends.Vulkan;

/// <summary>
/// VulkanDevice is everything Vulkan the window needs below the swapchain: an instance with the
/// extensions GLFW asks for, the window's surface, a physical device with a queue family that
/// both draws and presents to that surface, a logical device with VK_KHR_swapchain, its queue,
/// a command pool for our layout transitions, and the KHR entry points.
/// </summary>
internal sealed unsafe class VulkanDevice : IDisposable
{
    /// <summary>ApiVersion is the Vulkan version we ask for and tell Skia about: 1.1 (VK_MAKE_API_VERSION(0, 1, 1, 0)), the least Skia needs.</summary>
    public const uint ApiVersion = (1u << 22) | (1u << 12);

    /// <summary>SwapchainExtension is the one device extension presenting needs.</summary>
    public const string SwapchainExtension = "VK_KHR_swapchain";

    /// <summary>IncrementalPresentExtension lets a present name the rectangles that changed (VkPresentRegionsKHR); enabled where the device offers it.</summary>
    public const string IncrementalPresentExtension = "VK_KHR_incremental_present";

    private readonly VulkanFunctions vk;
    private KhrFunctions khr;
    private PhysicalDeviceFeatures* enabledFeatures;
    private bool disposed;

    /// <summary>VulkanDevice brings Vulkan up for <paramref name="window"/> (a window made without a GL context).</summary>
    public VulkanDevice(GlfwWindow window)
    {
        if (!GlfwRuntime.VulkanSupported()) throw new InvalidOperationException("GLFW found no Vulkan loader or driver that can present to windows");
        vk = new VulkanFunctions();
        InstanceExtensions = GlfwRuntime.RequiredInstanceExtensions();
        try
        {
            Instance = CreateInstance(vk, InstanceExtensions);
            vk.LoadInstanceLevel(Instance);
            khr.LoadInstanceLevel(Instance);
            Surface = new SurfaceKHR(window.CreateVulkanSurface(Instance.Handle));
            (PhysicalDevice, QueueFamily, DeviceName) = ChoosePhysicalDevice();
            // What the device offers is read before the device is made (the validation layer's best practice: no
            // feature is enabled unchecked). None is enabled: Skia needs none of the optional features and, without
            // them (dual-source blending, sample-rate shading), takes the same drawing paths on every device.
            PhysicalDeviceFeatures supported;
            vk.GetPhysicalDeviceFeatures(PhysicalDevice, &supported);
            enabledFeatures = (PhysicalDeviceFeatures*)NativeMemory.AllocZeroed((nuint)sizeof(PhysicalDeviceFeatures));
            IncrementalPresent = Offers(IncrementalPresentExtension);
            DeviceExtensions = IncrementalPresent ? [SwapchainExtension, IncrementalPresentExtension] : [SwapchainExtension];
            Device = CreateDevice();
            khr.LoadDeviceLevel(Instance, Device);
            Queue queue;
            vk.GetDeviceQueue(Device, QueueFamily, 0, &queue);
            Queue = queue;
            var poolInfo = new CommandPoolCreateInfo
            {
                SType = StructureType.CommandPoolCreateInfo,
                QueueFamilyIndex = QueueFamily,
                Flags = CommandPoolCreateFlags.ResetCommandBufferBit,
            };
            CommandPool pool;
            Check(vk.CreateCommandPool(Device, &poolInfo, null, &pool), "vkCreateCommandPool");
            CommandPool = pool;
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>Vk is the core Vulkan API, loaded for this instance.</summary>
    public VulkanFunctions Vk => vk;

    /// <summary>Khr holds the surface and swapchain entry points.</summary>
    public ref readonly KhrFunctions Khr => ref khr;

    /// <summary>InstanceExtensions are the instance extensions enabled (what GLFW asked for).</summary>
    public string[] InstanceExtensions { get; }

    /// <summary>DeviceExtensions are the device extensions enabled: VK_KHR_swapchain, and VK_KHR_incremental_present where offered.</summary>
    public string[] DeviceExtensions { get; } = [SwapchainExtension];

    /// <summary>IncrementalPresent says whether VK_KHR_incremental_present is enabled, so a present may carry VkPresentRegionsKHR.</summary>
    public bool IncrementalPresent { get; }

    /// <summary>Instance is the Vulkan instance.</summary>
    public Instance Instance { get; }

    /// <summary>Surface is the window's VkSurfaceKHR.</summary>
    public SurfaceKHR Surface { get; }

    /// <summary>PhysicalDevice is the GPU (or lavapipe, Mesa's CPU driver) we render with.</summary>
    public PhysicalDevice PhysicalDevice { get; }

    /// <summary>DeviceName is the driver's name for the physical device, for the backend log line.</summary>
    public string DeviceName { get; } = "";

    /// <summary>QueueFamily is the index of the family that draws and presents.</summary>
    public uint QueueFamily { get; }

    /// <summary>Device is the logical device.</summary>
    public Device Device { get; }

    /// <summary>Queue is the one queue everything is submitted to.</summary>
    public Queue Queue { get; }

    /// <summary>CommandPool is where our layout-transition command buffers come from.</summary>
    public CommandPool CommandPool { get; }

    /// <summary>EnabledFeatures points at the device features enabled (none), which Skia reads.</summary>
    public IntPtr EnabledFeatures => (IntPtr)enabledFeatures;

    /// <summary>Check throws when a Vulkan call did not succeed, naming the call and its result.</summary>
    public static void Check(Result result, string call)
    {
        if (result != Result.Success) throw new InvalidOperationException($"{call} failed: {result}");
    }

    private static Instance CreateInstance(VulkanFunctions vk, string[] extensions)
    {
        var names = new IntPtr[extensions.Length];
        var appName = Marshal.StringToCoTaskMemUTF8("Skia.Toolkit");
        try
        {
            for (var i = 0; i < names.Length; i++) names[i] = Marshal.StringToCoTaskMemUTF8(extensions[i]);
            fixed (IntPtr* pNames = names)
            {
                var app = new ApplicationInfo
                {
                    SType = StructureType.ApplicationInfo,
                    PApplicationName = (byte*)appName,
                    PEngineName = (byte*)appName,
                    ApiVersion = ApiVersion,
                };
                var info = new InstanceCreateInfo
                {
                    SType = StructureType.InstanceCreateInfo,
                    PApplicationInfo = &app,
                    EnabledExtensionCount = (uint)names.Length,
                    PpEnabledExtensionNames = (byte**)pNames,
                };
                Instance instance;
                Check(vk.CreateInstance(&info, null, &instance), "vkCreateInstance");
                return instance;
            }
        }
        finally
        {
            foreach (var n in names) Marshal.FreeCoTaskMem(n);
            Marshal.FreeCoTaskMem(appName);
        }
    }

    private (PhysicalDevice Device, uint Family, string Name) ChoosePhysicalDevice()
    {
        uint count = 0;
        Check(vk.EnumeratePhysicalDevices(Instance, &count, null), "vkEnumeratePhysicalDevices");
        if (count == 0) throw new InvalidOperationException("no Vulkan device found (is mesa-vulkan-drivers installed?)");
        var devices = new PhysicalDevice[count];
        fixed (PhysicalDevice* p = devices) Check(vk.EnumeratePhysicalDevices(Instance, &count, p), "vkEnumeratePhysicalDevices");

        (PhysicalDevice, uint, string)? best = null;
        var bestRank = int.MaxValue;
        foreach (var device in devices)
        {
            PhysicalDeviceProperties properties;
            vk.GetPhysicalDeviceProperties(device, &properties);
            if (properties.ApiVersion < ApiVersion) continue;
            var family = PresentingGraphicsFamily(device);
            if (family < 0) continue;
            // A real GPU beats a software one; lavapipe (CPU) is what Xvfb machines have.
            var rank = properties.DeviceType switch
            {
                PhysicalDeviceType.DiscreteGpu => 0,
                PhysicalDeviceType.IntegratedGpu => 1,
                PhysicalDeviceType.VirtualGpu => 2,
                _ => 3,
            };
            if (rank >= bestRank) continue;
            bestRank = rank;
            best = (device, (uint)family, Marshal.PtrToStringUTF8((IntPtr)properties.DeviceName) ?? "?");
        }
        return best ?? throw new InvalidOperationException("no Vulkan 1.1 device can draw and present to this window");
    }

    private int PresentingGraphicsFamily(PhysicalDevice device)
    {
        uint count = 0;
        vk.GetPhysicalDeviceQueueFamilyProperties(device, &count, null);
        var families = new QueueFamilyProperties[count];
        fixed (QueueFamilyProperties* p = families) vk.GetPhysicalDeviceQueueFamilyProperties(device, &count, p);
        for (var i = 0; i < count; i++)
        {
            if ((families[i].QueueFlags & QueueFlags.GraphicsBit) == 0) continue;
            Bool32 supported = false;
            if (khr.GetPhysicalDeviceSurfaceSupport(device, (uint)i, Surface, &supported) == Result.Success && supported) return i;
        }
        return -1;
    }

    private bool Offers(string extension)
    {
        uint count = 0;
        if (vk.EnumerateDeviceExtensionProperties(PhysicalDevice, &count, null) != Result.Success || count == 0) return false;
        var properties = new ExtensionProperties[count];
        fixed (ExtensionProperties* p = properties)
        {
            if (vk.EnumerateDeviceExtensionProperties(PhysicalDevice, &count, p) is not (Result.Success or Result.Incomplete)) return false;
            for (var i = 0; i < count; i++)
            {
                if (Marshal.PtrToStringUTF8((IntPtr)p[i].ExtensionName) == extension) return true;
            }
        }
        return false;
    }

    private Device CreateDevice()
    {
        var priority = 1f;
        var queueInfo = new DeviceQueueCreateInfo
        {
            SType = StructureType.DeviceQueueCreateInfo,
            QueueFamilyIndex = QueueFamily,
            QueueCount = 1,
            PQueuePriorities = &priority,
        };
        var names = new IntPtr[DeviceExtensions.Length];
        try
        {
            for (var i = 0; i < names.Length; i++) names[i] = Marshal.StringToCoTaskMemUTF8(DeviceExtensions[i]);
            fixed (IntPtr* pNames = names)
            {
                var info = new DeviceCreateInfo
                {
                    SType = StructureType.DeviceCreateInfo,
                    QueueCreateInfoCount = 1,
                    PQueueCreateInfos = &queueInfo,
                    EnabledExtensionCount = (uint)names.Length,
                    PpEnabledExtensionNames = (byte**)pNames,
                    PEnabledFeatures = enabledFeatures,
                };
                Device device;
                Check(vk.CreateDevice(PhysicalDevice, &info, null, &device), "vkCreateDevice");
                return device;
            }
        }
        finally
        {
            foreach (var n in names) Marshal.FreeCoTaskMem(n);
        }
    }

    /// <summary>Dispose destroys the device, the surface and the instance; everything made on the device must be gone first.</summary>
    public void Dispose()
    {
        if (disposed) return;
        disposed = true;
        if (Device.Handle != 0)
        {
            vk.DeviceWaitIdle(Device);
            if (CommandPool.Handle != 0) vk.DestroyCommandPool(Device, CommandPool, null);
            vk.DestroyDevice(Device, null);
        }
        if (Surface.Handle != 0) khr.DestroySurface(Instance, Surface, null);
        if (Instance.Handle != 0) vk.DestroyInstance(Instance, null);
        if (enabledFeatures != null) NativeMemory.Free(enabledFeatures);
        enabledFeatures = null;
    }
}
