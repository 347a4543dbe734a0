using Skia.Toolkit.Platform;
using static Skia.Toolkit.Tests.Platform.WindowFrameChecks;

namespace Skia.Toolkit.Tests.Platform;

/// <summary>
/// Windows present only the dirty rectangles (and, on GL, what the swap's buffer age says the window's buffer
/// missed). What the X server shows must still be the whole frame: read back with XGetImage, it equals the
/// retained back buffer (read from the backend, not from the window) and the headless frame of the same state
/// (exactly on raster, within the anti-aliasing budget on GL and Vulkan), after 60 partial presents, after a
/// resize and after the window was covered and uncovered (the expose presents everything), at scales 1 and 2,
/// on every backend.
/// </summary>
[Collection(DisplayCollection.Name)]
public class WindowPartialPresentTests
{
    [Theory]
    [MemberData(nameof(EveryBackendAtScales1And2), MemberType = typeof(WindowFrameChecks))]
    public void After_60_partial_presents_the_x_server_shows_the_whole_frame(RenderBackendKind kind, float scale)
    {
        using var window = Open(kind, scale, out var cells);
        window.RenderIfNeeded();
        var steps = PartialFrames(window, cells, 0, 60);
        AssertShowsWholeFrame(window, steps, scale, "after 60 partial presents");
    }

    [Theory]
    [MemberData(nameof(EveryBackendAtScales1And2), MemberType = typeof(WindowFrameChecks))]
    public void After_a_resize_partial_presents_still_show_the_whole_frame(RenderBackendKind kind, float scale)
    {
        using var window = Open(kind, scale, out var cells);
        window.RenderIfNeeded();
        var steps = PartialFrames(window, cells, 0, 10);
        ResizeTo(window, BackendScene.Width + 40, BackendScene.Height + 30);
        steps = PartialFrames(window, cells, steps, 20);
        AssertShowsWholeFrame(window, steps, scale, "after a resize and 20 partial presents");
    }

    [Theory]
    [MemberData(nameof(EveryBackendAtScales1And2), MemberType = typeof(WindowFrameChecks))]
    public void After_the_window_was_covered_and_uncovered_the_expose_presents_the_whole_frame(RenderBackendKind kind, float scale)
    {
        using var window = Open(kind, scale, out var cells);
        window.RenderIfNeeded();
        var steps = PartialFrames(window, cells, 0, 10);
        steps = CoverUncoverAndLosePixels(window, cells, steps, scale);
        steps = PartialFrames(window, cells, steps, 10);
        AssertShowsWholeFrame(window, steps, scale, "after cover, uncover and 10 more partial presents");
    }
}
