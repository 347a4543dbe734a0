namespace Skia.Toolkit.Platform;

/// <summary>
/// IGlWindowContext is the seam between <see cref="Rendering.Backends.Gl.GlBackend"/> and whoever made the OpenGL context
/// it draws with: GLFW, together with the window (<see cref="GlfwGlContext"/>), or the toolkit itself on a worker thread
/// for a window GLFW opened without a client API (<see cref="GlxWindowContext"/>). It binds the context, swaps the window's
/// buffers and finds GL functions; the backend never asks which of the two it has.
/// </summary>
internal interface IGlWindowContext : IDisposable
{
    /// <summary>X11Display is the X connection the context draws and swaps through (0 when there is none, e.g. EGL): buffer-age queries and read-backs go there.</summary>
    IntPtr X11Display { get; }

    /// <summary>GlxDrawable is the GLX drawable of the window (0 without GLX), for buffer-age queries.</summary>
    nuint GlxDrawable { get; }

    /// <summary>Origin says who made the context, for the backend's log line ("" when GLFW made it with the window).</summary>
    string Origin { get; }

    /// <summary>MakeContextCurrent binds the context and the window's drawable to the calling thread.</summary>
    void MakeContextCurrent();

    /// <summary>ReleaseCurrent unbinds the context from the calling thread, so another thread can take it.</summary>
    void ReleaseCurrent();

    /// <summary>SwapBuffers shows the back buffer (waits for vsync when the swap interval is 1).</summary>
    void SwapBuffers();

    /// <summary>SwapInterval sets how many vertical blanks a swap waits for (0 = none); needs the context current.</summary>
    void SwapInterval(int interval);

    /// <summary>GetProcAddress finds a GL function of the current context; names the context cannot serve (egl* under GLX) give zero.</summary>
    IntPtr GetProcAddress(string name);
}
