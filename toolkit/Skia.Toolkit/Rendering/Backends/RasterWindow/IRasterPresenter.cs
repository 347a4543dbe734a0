namespace Skia.Toolkit.Rendering.Backends.RasterWindow;

/// <summary>IRasterPresenter puts a CPU-rendered frame (premultiplied RGBA) on the window's screen.</summary>
internal interface IRasterPresenter : IDisposable
{
    /// <summary>Path names how pixels reach the screen, for the log line.</summary>
    string Path { get; }

    /// <summary>Store is where the raster back buffer should live for this presenter (memory the X server shares), or null for plain memory.</summary>
    IPixelStore? Store { get; }

    /// <summary>Present shows the frame: the rectangles <paramref name="damage"/> says changed since the window last showed it, or the whole frame when it cannot vouch for them.</summary>
    void Present(RasterBackend frame, PresentDamage damage);

    /// <summary>WaitUntilRead returns once the back buffer may change: whatever was presented from it has been read (a presenter that reads it during <see cref="Present"/> returns at once).</summary>
    void WaitUntilRead();
}
