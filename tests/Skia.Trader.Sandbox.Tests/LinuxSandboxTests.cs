using Skia.Trader.Sandbox.Tests.Probe;

namespace Skia.Trader.Sandbox.Tests;

/// <summary>
/// The sandbox applied for real, in a child process (<see cref="SandboxProbe"/>). Each refusal is
/// paired with a control run of the same probe without the sandbox, where the same call works,
/// so a refusal cannot come from the machine instead of the filter.
/// </summary>
public sealed class LinuxSandboxTests
{
    private const string EPERM = "-1 errno=1";

    [Fact]
    public void Starting_a_program_fails_with_EPERM_on_every_thread()
    {
        using var run = ProbeRun.Start("exec", sandbox: true);
        Assert.Equal("True", run["seccomp_applied"]);
        Assert.Equal("error=1", run["exec_main"]);          // Process.Start -> Win32Exception, NativeErrorCode EPERM
        Assert.Equal("error=1", run["exec_early_thread"]);  // a thread that existed before Apply (TSYNC)
        Assert.Equal("error=1", run["exec_pool"]);
        Assert.Equal(EPERM, run["execve"]);                 // the raw call
    }

    [Fact]
    public void Every_thread_carries_the_filter_and_no_new_privs()
    {
        using var run = ProbeRun.Start("exec", sandbox: true);
        int threads = int.Parse(run["threads"]);
        Assert.True(threads > 1, "a .NET process has more than one thread");
        Assert.Equal(threads, int.Parse(run["seccomp_filter_threads"]));
        Assert.Equal(threads, int.Parse(run["no_new_privs_threads"]));
    }

    [Fact]
    public void Without_the_sandbox_the_same_probe_starts_programs()
    {
        using var run = ProbeRun.Start("exec", sandbox: false);
        Assert.Equal("exit=0", run["exec_main"]);
        Assert.Equal("exit=0", run["exec_early_thread"]);
        Assert.Equal("exit=0", run["exec_pool"]);
        Assert.Equal("0", run["seccomp_filter_threads"]);
    }

    [Fact]
    public void Tracing_reading_other_memory_changing_credentials_and_keyrings_are_refused()
    {
        using var run = ProbeRun.Start("privileged", sandbox: true);
        Assert.Equal(EPERM, run["ptrace_attach"]);
        Assert.Equal(EPERM, run["process_vm_readv"]);
        Assert.Equal(EPERM, run["setuid"]);
        Assert.Equal(EPERM, run["setgid"]);
        Assert.Equal(EPERM, run["keyctl"]);
    }

    [Fact]
    public void Without_the_sandbox_the_same_calls_succeed_or_fail_otherwise()
    {
        using var run = ProbeRun.Start("privileged", sandbox: false);
        Assert.Equal("0", run["ptrace_attach"]);
        Assert.Equal("8", run["process_vm_readv"]);
        Assert.Equal("0", run["setuid"]);   // to the uid it already has
        Assert.Equal("0", run["setgid"]);
        Assert.NotEqual(EPERM, run["keyctl"]);
    }

    [Fact]
    public void Writes_are_limited_to_the_config_and_log_directories_where_Landlock_exists()
    {
        using var run = ProbeRun.Start("write", sandbox: true);
        Assert.Equal("ok", run["write_config"]);
        Assert.Equal("ok", run["write_log"]);
        Assert.Equal("ok", run["mkdir_config"]);
        Assert.Equal("ok", run["write_dev_null"]);
        Assert.Equal("ok", run["read_outside"]);     // reads stay unrestricted
        if (run["landlock_abi"] == "none")
        {
            // The result must say so, and then writes really are unrestricted.
            Assert.NotEqual("", run["landlock_unavailable"]);
            Assert.Contains("file writes unrestricted", run["summary"]);
            Assert.Equal("ok", run["write_outside"]);
            return;
        }
        Assert.True(int.Parse(run["landlock_abi"]) >= 1);
        Assert.Equal("denied:UnauthorizedAccessException", run["write_outside"]);
        Assert.Equal("denied:UnauthorizedAccessException", run["overwrite_outside"]);
        Assert.Equal("denied:UnauthorizedAccessException", run["mkdir_outside"]);
        Assert.Equal("denied:UnauthorizedAccessException", run["delete_outside"]);
        Assert.StartsWith("denied:", run["move_to_outside"]);
        Assert.Equal("denied:UnauthorizedAccessException", run["thread_write_outside"]); // a thread started after Apply
        Assert.Contains(run.Config, run["writable"].Split('|'));
        Assert.Contains(run.Log, run["writable"].Split('|'));
        Assert.DoesNotContain(run["writable"].Split('|'), p => run.Outside.StartsWith(p + "/", StringComparison.Ordinal) || p == run.Outside);
        if (run["landlock_scope"] == nameof(LandlockScope.AllThreads))
            Assert.Equal("denied:UnauthorizedAccessException", run["pool_write_outside"]);
        else
            Assert.True(int.Parse(run["landlock_abi"]) < 8, "below ABI 8 only the calling thread and its descendants are covered, and the result says so");
        Assert.Equal("before", File.ReadAllText(Path.Combine(run.Outside, "existing.txt")));
        Assert.False(File.Exists(Path.Combine(run.Outside, "new.txt")));
    }

    [Fact]
    public void Without_the_sandbox_the_same_writes_outside_succeed()
    {
        using var run = ProbeRun.Start("write", sandbox: false);
        Assert.Equal("ok", run["write_outside"]);
        Assert.Equal("ok", run["mkdir_outside"]);
        Assert.Equal("ok", run["thread_write_outside"]);
        Assert.Equal("ok", run["delete_outside"]);
    }

    [Fact]
    public void A_missing_extra_path_applies_nothing_and_an_existing_one_stays_writable()
    {
        using var run = ProbeRun.Start("options", sandbox: true);
        Assert.Equal($"Sandbox: extra writable path \"{Path.Combine(run.Outside, "missing")}\" does not exist; nothing applied.", run["missing_extra"]);
        Assert.Equal("False", run["no_new_privs_after_refusal"]);
        Assert.Equal("True", run["retry_seccomp_applied"]);
        Assert.Contains(Path.Combine(run.Outside, "extra"), run["writable"].Split('|'));
        Assert.Equal("ok", run["write_extra"]);
        Assert.Equal(run["landlock_abi"] == "none" ? "ok" : "denied:UnauthorizedAccessException", run["write_outside"]);
    }

    [Fact]
    public void Ordinary_work_still_runs_under_the_sandbox()
    {
        using var run = ProbeRun.Start("work", sandbox: true);
        Assert.Equal("True", run["seccomp_applied"]);
        Assert.Equal("hello", run["http"]);          // TcpListener + HttpClient on loopback
        Assert.Equal("4", run["threads_joined"]);
        Assert.Equal("499500", run["parallel_sum"]);
        Assert.Equal("True", run["gc_gen2_ran"]);
        Assert.Equal("True", run["read_file_bytes"]);
        Assert.Equal("True", run["dns_localhost"]);
        Assert.Equal("ok", run["delay"]);
        Assert.Equal(nameof(InvalidOperationException), run["second_apply"]); // cannot be stacked by mistake
    }

    [Fact]
    public void The_summary_line_says_what_was_applied()
    {
        using var run = ProbeRun.Start("write", sandbox: true);
        string summary = run["summary"];
        Assert.DoesNotContain('\n', summary);
        Assert.StartsWith($"sandbox: seccomp on {(System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture == System.Runtime.InteropServices.Architecture.X64 ? "x86-64" : "aarch64")} refuses {run["refused_count"]} syscalls (start programs, trace processes, mount, kernel modules, keyrings, credentials) on all threads; ", summary);
        if (run["landlock_abi"] != "none")
        {
            Assert.Contains($"landlock ABI {run["landlock_abi"]} limits writes to ", summary);
            Assert.Contains(run.Config, summary);
            Assert.Contains(run.Log, summary);
        }
    }
}
