using System.Diagnostics;

namespace Skia.Toolkit.Tests.Hosting;

/// <summary>GalleryProcess runs the built gallery (an app on the host) as a user runs it, and collects its output.</summary>
internal static class GalleryProcess
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr, TimeSpan Elapsed)
    {
        public string Output => Stdout + Stderr;
    }

    public static string Dll()
    {
        // The test project builds the gallery first (project reference); same configuration as these tests.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name; // bin/<configuration>/net10.0/
        var gallery = Path.Combine(RepoPaths.Root, "toolkit", "samples", "Gallery", "bin", configuration, "net10.0", "Gallery.dll");
        Assert.True(File.Exists(gallery), $"{gallery} should have been built with the tests");
        return gallery;
    }

    public static Result Run(IEnumerable<string> args, bool withDisplay = true)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(Dll());
        foreach (var a in args) start.ArgumentList.Add(a);
        if (!withDisplay)
        {
            start.Environment.Remove("DISPLAY");
            start.Environment.Remove("WAYLAND_DISPLAY");
        }
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(60_000), "the gallery hung");
        return new Result(process.ExitCode, stdout, stderr.Result, clock.Elapsed);
    }

    public static Result Run(params string[] args) => Run(args, withDisplay: true);
}
