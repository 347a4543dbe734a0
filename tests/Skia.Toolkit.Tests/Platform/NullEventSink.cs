using Skia.Toolkit.Platform;

namespace Skia.Toolkit.Tests.Platform;

/// <summary>NullEventSink ignores every window event, for tests that only render.</summary>
internal sealed class NullEventSink : IGlfwEventSink
{
    public void OnCursorPos(double x, double y) { }
    public void OnCursorEnter(bool entered) { }
    public void OnMouseButton(int button, int action, int mods) { }
    public void OnScroll(double dx, double dy) { }
    public void OnKey(int key, int scancode, int action, int mods) { }
    public void OnChar(uint codepoint) { }
    public void OnFramebufferSize(int width, int height) { }
    public void OnContentScale(float xScale, float yScale) { }
    public void OnFocus(bool focused) { }
    public void OnCloseRequested() { }
    public void OnRefresh() { }
}
