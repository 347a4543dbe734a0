using Skia.Toolkit.Platform;

namespace Skia.Toolkit.Tests.Platform;

/// <summary>NullEventSink ignores every window event, for tests that only render; <see cref="OnResize"/> lets a test throw from inside a GLFW callback.</summary>
internal sealed class NullEventSink : IGlfwEventSink
{
    public Action<int, int>? OnResize { get; init; }

    public void OnCursorPos(double x, double y, TimeSpan? time) { }
    public void OnCursorEnter(bool entered) { }
    public void OnMouseButton(int button, int action, int mods, TimeSpan? time) { }
    public void OnScroll(double dx, double dy, TimeSpan? time) { }
    public void OnKey(int key, int scancode, int action, int mods, TimeSpan? time) { }
    public void OnChar(uint codepoint) { }
    public void OnFramebufferSize(int width, int height) => OnResize?.Invoke(width, height);
    public void OnContentScale(float xScale, float yScale) { }
    public void OnFocus(bool focused) { }
    public void OnCloseRequested() { }
    public void OnRefresh() { }
}
