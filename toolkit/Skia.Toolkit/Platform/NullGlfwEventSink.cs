namespace Skia.Toolkit.Platform;

/// <summary>NullGlfwEventSink ignores every window event, for windows that take no input (<see cref="ImmediateWindow"/>); closing still works through GLFW's own close flag.</summary>
internal sealed class NullGlfwEventSink : IGlfwEventSink
{
    public void OnCursorPos(double x, double y, TimeSpan? time) { }
    public void OnCursorEnter(bool entered) { }
    public void OnMouseButton(int button, int action, int mods, TimeSpan? time) { }
    public void OnScroll(double dx, double dy, TimeSpan? time) { }
    public void OnKey(int key, int scancode, int action, int mods, TimeSpan? time) { }
    public void OnChar(uint codepoint) { }
    public void OnFramebufferSize(int width, int height) { }
    public void OnContentScale(float xScale, float yScale) { }
    public void OnFocus(bool focused) { }
    public void OnCloseRequested() { }
    public void OnRefresh() { }
}
