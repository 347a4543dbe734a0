using Skia.Toolkit.Platform;

namespace Skia.Toolkit.Tests.Platform;

[Collection(DisplayCollection.Name)]
public class GlfwBindingTests
{
    [Fact]
    public void A_glfw_error_surfaces_as_an_exception_with_glfws_message()
    {
        using var window = new GlfwWindow(64, 48, "errors", withGlContext: false, visible: false, new NullEventSink());
        Glfw.ClearError();
        Glfw.glfwWindowHint(0xDEAD, 1); // not a window hint: GLFW reports GLFW_INVALID_ENUM
        var e = Assert.Throws<GlfwException>(() => Glfw.ThrowIfError("glfwWindowHint"));
        Assert.Equal(0x00010003, e.Code); // GLFW_INVALID_ENUM
        Assert.Contains("0x0000DEAD", e.GlfwMessage, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("glfwWindowHint failed", e.Message);
        Glfw.ThrowIfError("nothing"); // the error was consumed
    }

    [Fact]
    public void An_exception_inside_a_glfw_callback_comes_out_of_the_event_pump_not_through_native_code()
    {
        var sink = new NullEventSink { OnResize = (_, _) => throw new InvalidOperationException("handler failed") };
        using var window = new GlfwWindow(64, 48, "callback failure", withGlContext: false, visible: true, sink);
        window.SetSize(100, 80);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        Exception? caught = null;
        while (caught == null && DateTime.UtcNow < deadline)
        {
            caught = Record.Exception(() => GlfwRuntime.WaitEvents(TimeSpan.FromMilliseconds(20)));
        }
        Assert.Equal("handler failed", Assert.IsType<InvalidOperationException>(caught).Message);
    }

    [Fact]
    public void Clipboard_cursors_sizes_and_vulkan_queries_work_on_a_real_window()
    {
        using var window = new GlfwWindow(120, 90, "services", withGlContext: true, visible: true, new NullEventSink());
        window.ClipboardText = "BTCUSDT 43,210.5 ✓";
        Assert.Equal("BTCUSDT 43,210.5 ✓", window.ClipboardText);
        foreach (var shape in Enum.GetValues<CursorShape>()) window.SetCursor(shape);
        Assert.Equal(new SkiaSharp.SKSizeI(120, 90), window.FramebufferSize);
        Assert.True(window.ContentScale > 0);
        Assert.NotEqual(0u, (uint)window.X11Window);
        Assert.True(GlfwRuntime.VulkanSupported());
        Assert.Contains("VK_KHR_surface", GlfwRuntime.RequiredInstanceExtensions());
        Assert.Equal(IntPtr.Zero, GlfwWindow.GetProcAddress("eglGetCurrentDisplay")); // the GLX trap is filtered
        window.MakeContextCurrent();
        Assert.NotEqual(IntPtr.Zero, GlfwWindow.GetProcAddress("glClear"));
    }
}
