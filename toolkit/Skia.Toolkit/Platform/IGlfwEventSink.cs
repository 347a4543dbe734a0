namespace Skia.Toolkit.Platform;

/// <summary>IGlfwEventSink receives one GLFW window's events, already routed from GLFW's static callbacks.</summary>
internal interface IGlfwEventSink
{
    /// <summary>OnCursorPos is the pointer position in window (screen-coordinate) units; <paramref name="time"/> is when the pointer got there on the X server's clock, or null where the platform gives no event time.</summary>
    void OnCursorPos(double x, double y, TimeSpan? time);

    /// <summary>OnCursorEnter says the pointer entered (true) or left (false) the window.</summary>
    void OnCursorEnter(bool entered);

    /// <summary>OnMouseButton is a button press or release with GLFW's modifier bits; <paramref name="time"/> is when the user pressed or released it on the X server's clock, or null where the platform gives no event time.</summary>
    void OnMouseButton(int button, int action, int mods, TimeSpan? time);

    /// <summary>OnScroll is a wheel or touchpad scroll in GLFW's units (one notch is 1); <paramref name="time"/> as for <see cref="OnMouseButton"/>.</summary>
    void OnScroll(double dx, double dy, TimeSpan? time);

    /// <summary>OnKey is a key press, repeat or release with GLFW's key code and modifier bits; <paramref name="time"/> as for <see cref="OnMouseButton"/>.</summary>
    void OnKey(int key, int scancode, int action, int mods, TimeSpan? time);

    /// <summary>OnChar is one Unicode code point of text input.</summary>
    void OnChar(uint codepoint);

    /// <summary>OnFramebufferSize is the new drawable size in device pixels.</summary>
    void OnFramebufferSize(int width, int height);

    /// <summary>OnContentScale is the new DPI scale (device pixels per logical unit).</summary>
    void OnContentScale(float xScale, float yScale);

    /// <summary>OnFocus says the window gained (true) or lost (false) keyboard focus.</summary>
    void OnFocus(bool focused);

    /// <summary>OnCloseRequested is the user asking to close the window.</summary>
    void OnCloseRequested();

    /// <summary>OnRefresh is the window system asking for the contents to be drawn again (exposed).</summary>
    void OnRefresh();
}
