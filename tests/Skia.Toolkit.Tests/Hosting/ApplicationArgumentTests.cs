using Skia.Toolkit.Hosting;

namespace Skia.Toolkit.Tests.Hosting;

/// <summary>
/// A person's mistake on the command line of an app on the host (here the real gallery, run as a process)
/// is one line on standard error naming what was wrong, and exit code 64, never a stack trace; and it is
/// found before anything is allocated (--scale 1000 used to die with "Out of memory.", rc 134).
/// </summary>
public class ApplicationArgumentTests
{
    public static TheoryData<string[], string> BadArguments => new()
    {
        { ["--screenshot", "/nonexistent/dir/x.png"], "directory /nonexistent/dir does not exist" },
        { ["--out=/nonexistent/dir/x.png"], "directory /nonexistent/dir does not exist" },
        { ["--screenshot", "/dev/full"], "--screenshot /dev/full" },
        { ["--out=/dev/full"], "No space left on device" },
        { ["--markup", "/nonexistent/m.txt"], "--markup /nonexistent/m.txt" },
        { ["--screenshot", "/tmp"], "/tmp is a directory" },
        { ["--scale", "1000"], "--scale 1000 is out of range" },
        { ["--scale", "0"], "--scale 0 is out of range" },
        { ["--scale", "NaN"], "--scale NaN is out of range" },
        { ["--scale", "-2"], "--scale -2 is out of range" },
        { ["--scale", "big"], "--scale 'big' is not a number" },
        { ["--exit-after", "-1"], "--exit-after -1 is out of range" },
        { ["--exit-after", "soon"], "--exit-after 'soon' is not a number" },
        { ["--no-such-option"], "--no-such-option" },
        { ["--backend", "metal"], "metal" },
        { ["--window", "--headless"], "--window and --headless exclude each other" },
        { ["--headless", "--backend", "vulkan"], "--backend vulkan needs a window" },
        { ["--tab", "9"], "no tab 9; there are 4" },
    };

    [Theory]
    [MemberData(nameof(BadArguments))]
    public void A_bad_argument_is_one_line_and_exit_64(string[] args, string expected)
    {
        var run = GalleryProcess.Run(args);
        Assert.True(run.ExitCode == Application.UsageExitCode, $"exit {run.ExitCode}, want 64; output:\n{run.Output}");
        var lines = run.Stderr.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.True(lines.Length == 1, $"want one line on stderr, got:\n{run.Stderr}");
        Assert.StartsWith("gallery: ", lines[0]);
        Assert.Contains(expected, lines[0]);
        Assert.DoesNotContain("   at ", run.Output);
        Assert.DoesNotContain("Unhandled exception", run.Output);
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public void A_bad_screenshot_path_is_refused_before_the_run_and_leaves_nothing_behind()
    {
        var dir = Directory.CreateTempSubdirectory("host-args-");
        try
        {
            // An empty existing file is probed with one byte and truncated back: it stays as it was.
            var empty = Path.Combine(dir.FullName, "empty.png");
            File.WriteAllBytes(empty, []);
            var run = GalleryProcess.Run("--scale", "1000", "--screenshot", empty);
            Assert.Equal(Application.UsageExitCode, run.ExitCode);
            Assert.Equal(0, new FileInfo(empty).Length);
            Assert.Equal(["empty.png"], Directory.GetFiles(dir.FullName).Select(Path.GetFileName));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Help_lists_the_standard_options_and_the_apps_own_and_exits_0()
    {
        var run = GalleryProcess.Run("--help");
        Assert.Equal(0, run.ExitCode);
        foreach (var option in new[] { "--window", "--headless", "--backend <auto|gl|raster|vulkan>", "--scale", "--out, --screenshot", "--exit-after", "--markup", "--tab", "--all-tabs" })
        {
            Assert.Contains(option, run.Stdout);
        }
    }
}
