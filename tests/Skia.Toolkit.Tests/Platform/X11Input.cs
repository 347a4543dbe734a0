using System.Diagnostics;
using System.Globalization;
using Skia.Toolkit.Core;
using Skia.Toolkit.Platform;

namespace Skia.Toolkit.Tests.Platform;

/// <summary>
/// X11Input drives a real window the way a user does: xdotool sends events to the X server (XTEST), the X
/// server to GLFW, GLFW to the Window. Waits are bounded loops on a condition, not sleeps.
/// </summary>
internal static class X11Input
{
    public static void Xdotool(params string[] args)
    {
        var start = new ProcessStartInfo("xdotool") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        Assert.True(process.WaitForExit(15_000), "xdotool hung");
        Assert.True(process.ExitCode == 0, $"xdotool {string.Join(' ', args)} failed: {process.StandardError.ReadToEnd()}");
    }

    /// <summary>PumpUntil turns the window's own loop (<see cref="Window.RunOnce"/>) until <paramref name="condition"/> holds, failing after ten seconds.</summary>
    public static void PumpUntil(Window window, Func<bool> condition, string what)
    {
        var deadline = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(10), $"timed out waiting for {what}");
            window.RunOnce(TimeSpan.FromMilliseconds(10));
        }
        window.RenderIfNeeded();
    }

    public static string Id(Window window) => ((ulong)window.X11WindowId).ToString(CultureInfo.InvariantCulture);

    /// <summary>MoveTo moves the X pointer over the middle of <paramref name="widget"/>.</summary>
    public static void MoveTo(Window window, Widget widget)
    {
        var b = widget.BoundsInWindow;
        var s = window.Root.Scale;
        Xdotool("mousemove", "--window", Id(window),
            ((int)(b.MidX * s)).ToString(CultureInfo.InvariantCulture), ((int)(b.MidY * s)).ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>ClickAt moves the X pointer over the middle of <paramref name="widget"/> and clicks the left button.</summary>
    public static void ClickAt(Window window, Widget widget)
    {
        MoveTo(window, widget);
        Xdotool("click", "1");
    }
}
