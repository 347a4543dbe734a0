using System.Diagnostics;

namespace Skia.Trader.Tests.EndToEnd;

/// <summary>
/// Xdotool drives a display as a user does: xdotool sends events through the X server (XTEST), the X server to the
/// terminal's GLFW window. Each call runs one xdotool process on the given display and fails the test if it fails.
/// </summary>
internal static class Xdotool
{
    /// <summary>Run runs xdotool with <paramref name="arguments"/> on <paramref name="display"/> and returns its output.</summary>
    public static string Run(string display, params string[] arguments)
    {
        var (code, output, error) = TryRun(display, arguments);
        Assert.True(code == 0, $"xdotool {string.Join(' ', arguments)} failed with {code}: {error}");
        return output;
    }

    /// <summary>TryRun runs xdotool and returns its exit code and output (xdotool search exits 1 when it finds nothing).</summary>
    public static (int Code, string Output, string Error) TryRun(string display, params string[] arguments)
    {
        var start = new ProcessStartInfo("xdotool") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.Environment["DISPLAY"] = display;
        foreach (var a in arguments) start.ArgumentList.Add(a);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("xdotool is not installed; ./test.sh installs it on Debian: " + e.Message, e);
        }
        using (process)
        {
            Task<string> output = process.StandardOutput.ReadToEndAsync();
            Task<string> error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(15_000))
            {
                process.Kill();
                Assert.Fail($"xdotool {string.Join(' ', arguments)} hung for 15 s");
            }
            return (process.ExitCode, output.Result, error.Result);
        }
    }
}
