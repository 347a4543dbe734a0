using Skia.Trader.Scene.Hosting;

namespace Skia.Trader.Scene.Tests.Hosting;

/// <summary>
/// A scene program refuses an output file it could not write before the run starts: exit 2, nothing
/// measured, and no view is built (the run would otherwise end 10 s later in an exception).
/// </summary>
public class SceneProgramArgumentTests
{
    [Theory]
    [InlineData("--png")]
    [InlineData("--frame-log")]
    public void An_output_file_in_a_missing_directory_is_refused_before_the_run(string option)
    {
        var output = new StringWriter();
        var viewBuilt = false;
        int exit = SceneProgram.Run([option, "/nonexistent-scene-dir/out.file", "--seconds", "1"], (_, _, _) =>
        {
            viewBuilt = true;
            throw new InvalidOperationException("no view should be built for a refused command line");
        }, output);

        Assert.Equal(2, exit);
        Assert.False(viewBuilt);
        Assert.Equal("", output.ToString());
    }

    [Theory]
    [InlineData("headless", SceneMode.Headless)]
    [InlineData("raster-window", SceneMode.RasterWindow)]
    [InlineData("gl", SceneMode.Gl)]
    [InlineData("vulkan", SceneMode.Vulkan)]
    public void Each_mode_reaches_the_view_under_the_name_the_report_uses(string name, SceneMode mode)
    {
        SceneMode? asked = null;
        int Run() => SceneProgram.Run(["--mode", name, "--seconds", "1"], (_, _, options) =>
        {
            asked = options.Mode;
            throw new InvalidOperationException("stop here: no window in this test");
        }, new StringWriter());

        if (mode == SceneMode.Headless) Assert.Throws<InvalidOperationException>(() => Run()); // headless has no window to fail to open
        else Assert.Equal(1, Run()); // a window that cannot open is one line on stderr and exit 1
        Assert.Equal(mode, asked);
        Assert.Equal(name, SceneProgram.ModeName(mode));
    }

    [Theory]
    [InlineData("headless")]
    [InlineData("raster-window")]
    public void Raster_first_is_refused_outside_gl_and_vulkan(string mode)
    {
        int exit = SceneProgram.Run(["--mode", mode, "--raster-first"], (_, _, _) => throw new InvalidOperationException("no view for a bad command line"), new StringWriter());
        Assert.Equal(2, exit);
    }

    [Fact]
    public void An_unknown_mode_is_refused_with_the_usage_line()
    {
        int exit = SceneProgram.Run(["--mode", "raster"], (_, _, _) => throw new InvalidOperationException("no view for a bad command line"), new StringWriter());
        Assert.Equal(2, exit);
    }
}
