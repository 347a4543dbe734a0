namespace Skia.Toolkit.Platform;

/// <summary>
/// GlfwGlContext is the OpenGL context GLFW made together with a window (a window opened with a client API): the
/// window owns it, so disposing this frees nothing.
/// </summary>
internal sealed class GlfwGlContext : IGlWindowContext
{
    private readonly GlfwWindow window;

    /// <summary>GlfwGlContext wraps <paramref name="window"/>'s context; the window must have been made with one.</summary>
    public GlfwGlContext(GlfwWindow window)
    {
        if (!window.HasGlContext) throw new ArgumentException("the window was made without an OpenGL context", nameof(window));
        this.window = window;
    }

    /// <inheritdoc/>
    public IntPtr X11Display => Glfw.glfwGetX11Display();

    /// <inheritdoc/>
    public nuint GlxDrawable => window.GlxWindow;

    /// <inheritdoc/>
    public string Origin => "";

    /// <inheritdoc/>
    public void MakeContextCurrent() => window.MakeContextCurrent();

    /// <inheritdoc/>
    public void ReleaseCurrent()
    {
        if (Glfw.glfwGetCurrentContext() == window.Handle) Glfw.glfwMakeContextCurrent(IntPtr.Zero);
    }

    /// <inheritdoc/>
    public void SwapBuffers() => window.SwapBuffers();

    /// <inheritdoc/>
    public void SwapInterval(int interval) => GlfwWindow.SwapInterval(interval);

    /// <inheritdoc/>
    public IntPtr GetProcAddress(string name) => GlfwWindow.GetProcAddress(name);

    /// <summary>Dispose frees nothing: the context goes with the window.</summary>
    public void Dispose()
    {
    }
}
