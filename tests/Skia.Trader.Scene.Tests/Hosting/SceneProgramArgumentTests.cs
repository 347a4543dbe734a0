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
}
