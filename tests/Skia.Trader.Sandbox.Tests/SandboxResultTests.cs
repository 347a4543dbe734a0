using System.Runtime.InteropServices;

namespace Skia.Trader.Sandbox.Tests;

/// <summary>The result and summary line, and the platforms where the sandbox must change nothing.</summary>
public sealed class SandboxResultTests
{
    private static readonly SandboxOptions Options = new() { ConfigDirectory = "/nonexistent/config", LogDirectory = "/nonexistent/log" };

    [Fact]
    public void Off_Linux_nothing_is_applied_and_the_reason_is_given()
    {
        var result = LinuxSandbox.ApplyOn(Options, isLinux: false, Architecture.X64);
        Assert.False(result.SeccompApplied);
        Assert.False(result.LandlockApplied);
        Assert.Equal(0, result.RefusedSyscallCount);
        Assert.Empty(result.WritablePaths);
        Assert.StartsWith("sandbox: not applied: not Linux (", result.Summary);
        Assert.False(Directory.Exists(Options.ConfigDirectory)); // a no-op really touches nothing
    }

    [Theory]
    [InlineData(Architecture.X86)]
    [InlineData(Architecture.Arm)]
    [InlineData(Architecture.RiscV64)]
    public void On_an_architecture_without_a_syscall_table_nothing_is_applied(Architecture architecture)
    {
        var result = LinuxSandbox.ApplyOn(Options, isLinux: true, architecture);
        Assert.False(result.SeccompApplied);
        Assert.Equal($"sandbox: not applied: no syscall table for {architecture.ToString().ToLowerInvariant()} (supported: x86-64, aarch64)", result.Summary);
    }

    [Fact]
    public void Summary_with_Landlock_names_the_writable_paths_and_the_scope()
    {
        var result = new SandboxResult(null, "x86-64", ["execve", "ptrace"], 7, null, LandlockScope.CallingThreadAndDescendants, ["/home/t/.config/skia-trader", "/dev/null"]);
        Assert.Equal(
            "sandbox: seccomp on x86-64 refuses 2 syscalls (start programs, trace processes, mount, kernel modules, keyrings, credentials) on all threads; "
            + "landlock ABI 7 limits writes to 2 paths (/home/t/.config/skia-trader, /dev/null) on the calling thread and threads it starts",
            result.Summary);
    }

    [Fact]
    public void Summary_without_Landlock_says_writes_are_unrestricted()
    {
        var result = new SandboxResult(null, "aarch64", ["execve"], null, "the kernel has no Landlock (ENOSYS)", LandlockScope.None, []);
        Assert.Equal(
            "sandbox: seccomp on aarch64 refuses 1 syscalls (start programs, trace processes, mount, kernel modules, keyrings, credentials) on all threads; "
            + "landlock unavailable: the kernel has no Landlock (ENOSYS), file writes unrestricted",
            result.Summary);
        Assert.True(result.SeccompApplied);
        Assert.False(result.LandlockApplied);
    }

    [Fact]
    public void Runtime_writable_paths_include_the_GPU_and_null_devices()
    {
        var paths = SandboxOptions.RuntimeWritablePaths();
        Assert.Contains("/dev/null", paths);
        Assert.Contains("/dev/dri", paths);
        Assert.Contains("/dev/shm", paths);
    }
}
