using System.Runtime.InteropServices;
using System.Text;

namespace Skia.Toolkit.Rendering.Backends.Vulkan;

/// <summary>
/// VulkanLoader looks up Vulkan entry points in the system loader (<c>libvulkan.so.1</c>). The KHR
/// surface and swapchain functions come from here as unmanaged function pointers, because
/// Silk.NET.Vulkan.Extensions.KHR is not available to us; Skia resolves its own entry points
/// through <see cref="ProcAddress"/> too.
/// </summary>
internal static unsafe partial class VulkanLoader
{
    private const string Library = "libvulkan.so.1";

    [LibraryImport(Library)] private static partial IntPtr vkGetInstanceProcAddr(IntPtr instance, byte* name);
    [LibraryImport(Library)] private static partial IntPtr vkGetDeviceProcAddr(IntPtr device, byte* name);

    /// <summary>ProcAddress finds a Vulkan function: device-level when <paramref name="device"/> is set, else instance-level (zero when unknown).</summary>
    public static IntPtr ProcAddress(string name, IntPtr instance, IntPtr device)
    {
        Span<byte> buffer = stackalloc byte[128];
        var length = Encoding.ASCII.GetBytes(name, buffer[..^1]);
        buffer[length] = 0;
        fixed (byte* p = buffer)
        {
            return device != IntPtr.Zero ? vkGetDeviceProcAddr(device, p) : vkGetInstanceProcAddr(instance, p);
        }
    }

    /// <summary>Require finds a Vulkan function or throws naming it: a missing KHR entry point means the driver cannot present.</summary>
    public static IntPtr Require(string name, IntPtr instance, IntPtr device = 0)
    {
        var address = ProcAddress(name, instance, device);
        if (address == IntPtr.Zero) throw new InvalidOperationException($"the Vulkan driver has no {name}");
        return address;
    }
}
