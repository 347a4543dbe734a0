using Skia.Trader.Sandbox.Tests.Probe;

namespace Skia.Trader.Sandbox.Tests;

/// <summary>
/// A real toolkit window keeps drawing under the sandbox on every backend: the GPU driver
/// (Mesa under Xvfb here) still opens its devices and caches, fonts still load, and a window
/// opened after the sandbox gets a working context. Needs a display: ./test.sh starts Xvfb, or
/// <c>source .ci/setup.sh; ensure_display</c>.
/// </summary>
public sealed class WindowUnderSandboxTests
{
    [Theory]
    [InlineData("gl")]
    [InlineData("vulkan")]
    [InlineData("raster")]
    public void A_window_draws_the_same_frame_after_the_sandbox_and_a_new_window_opens_under_it(string backend)
    {
        using var run = ProbeRun.Start("window-" + backend, sandbox: true);
        Assert.False(run.Output.ContainsKey("display"), "no display (" + run.Output.GetValueOrDefault("display") + "): run ./test.sh, or source .ci/setup.sh; ensure_display");
        Assert.Equal(backend, run["backend"]);
        Assert.StartsWith("sandbox: seccomp on ", run["summary"]);
        Assert.True(int.Parse(run["ink_pixels"]) > 100, $"the repainted window shows its text ({run["ink_pixels"]} ink pixels)");
        Assert.Equal("True", run["same_after_apply"]);
        Assert.Equal(backend, run["second_backend"]);
        Assert.True(int.Parse(run["second_ink_pixels"]) > 100, $"the window opened under the sandbox shows its text ({run["second_ink_pixels"]} ink pixels)");
        Assert.True(long.Parse(run["screenshot_bytes"]) > 0, "a PNG written to the config directory");
    }
}
