namespace Skia.Toolkit.Platform;

/// <summary>WindowOptions says how a <see cref="Window"/> is opened.</summary>
public sealed class WindowOptions
{
    /// <summary>Title is the title bar text.</summary>
    public string Title { get; init; } = "Skia.Toolkit";

    /// <summary>Width is the initial client width in logical pixels.</summary>
    public int Width { get; init; } = 1024;

    /// <summary>Height is the initial client height in logical pixels.</summary>
    public int Height { get; init; } = 768;

    /// <summary>Scale overrides the display's DPI scale (device pixels per logical pixel); null uses the window system's content scale.</summary>
    public float? Scale { get; init; }

    /// <summary>Backend picks the rendering backend; <see cref="RenderBackendKind.Auto"/> falls back in order gl, vulkan, raster.</summary>
    public RenderBackendKind Backend { get; init; } = RenderBackendKind.Auto;

    /// <summary>Vsync makes presenting wait for the display where the backend can; otherwise the frame clock paces frames.</summary>
    public bool Vsync { get; init; } = true;

    /// <summary>RefreshRate is the frame clock's rate in hertz when it paces frames itself.</summary>
    public double RefreshRate { get; init; } = 60;

    /// <summary>
    /// RasterFirstFrame shows the first frames of a GL, Vulkan or auto window from the CPU, put straight on the X server
    /// (no driver to load), then makes the GPU backend on a worker thread, started once that first frame is presented (so
    /// the driver's loading does not take a core from it; <see cref="Window.WaitForGpu"/> starts it at once); the window switches to it between two
    /// frames once it is ready (<see cref="Window.GpuWarming"/>, <see cref="Window.BackendChanged"/>), starting from the
    /// frame already shown. Off by default: <see cref="Window.BackendName"/> then names the GPU backend from the start.
    /// Needs an X11 display; elsewhere it is ignored.
    /// </summary>
    public bool RasterFirstFrame { get; init; }

    /// <summary>Visible shows the window at once; false opens it hidden.</summary>
    public bool Visible { get; init; } = true;

    /// <summary>DiagnosticsHotkey shows and hides the diagnostics overlay (frame times, dirty rectangles); null installs none.</summary>
    public Input.Hotkey? DiagnosticsHotkey { get; init; } = Diagnostics.DiagnosticsOverlay.DefaultHotkey;

    /// <summary>Log receives the one-line note of which backend was chosen and why; null writes it to standard error.</summary>
    public Action<string>? Log { get; init; }
}
