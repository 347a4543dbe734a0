using System.Diagnostics;
using Skia.Toolkit.Platform;

namespace Skia.Toolkit.Tests.Platform;

[Collection(DisplayCollection.Name)]
public class NoDisplayTests
{
    [Fact]
    public void Opening_a_window_without_display_throws_the_clear_message()
    {
        var display = Environment.GetEnvironmentVariable("DISPLAY");
        Environment.SetEnvironmentVariable("DISPLAY", null);
        try
        {
            var e = Assert.Throws<DisplayUnavailableException>(() => new Window(new InputProbe("p", 10, 10)));
            Assert.Equal("no display (DISPLAY is not set): run under xvfb-run, or use --headless", e.Message);
        }
        finally
        {
            Environment.SetEnvironmentVariable("DISPLAY", display);
        }
    }

    [Fact]
    public async Task Windowed_gallery_without_display_exits_non_zero_with_the_clear_message()
    {
        // The test project builds the gallery first (project reference); same configuration as these tests.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name; // bin/<configuration>/net10.0/
        var gallery = Path.Combine(RepoPaths.Root, "toolkit", "samples", "Gallery", "bin", configuration, "net10.0", "Gallery.dll");
        Assert.True(File.Exists(gallery), $"{gallery} should have been built with the tests");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(gallery);
        start.ArgumentList.Add("--window");
        start.Environment.Remove("DISPLAY");
        start.Environment.Remove("WAYLAND_DISPLAY");
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        var message = await stderr;
        Assert.Contains("no display (DISPLAY is not set): run under xvfb-run, or use --headless", message);
        Assert.Equal(2, process.ExitCode); // our own exit code, not a signal (134/139 would be a native crash)
        Assert.DoesNotContain("Unhandled exception", message + await stdout);
    }
}
