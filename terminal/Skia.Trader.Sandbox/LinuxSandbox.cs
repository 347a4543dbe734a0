using System.Runtime.InteropServices;
using Skia.Trader.Sandbox.Landlock;
using Skia.Trader.Sandbox.Native;
using Skia.Trader.Sandbox.Seccomp;

namespace Skia.Trader.Sandbox;

/// <summary>
/// LinuxSandbox locks the running process down once it has started: a seccomp-bpf filter refuses
/// (EPERM) what a trading UI never needs — starting programs, tracing other processes, mounting,
/// kernel modules, keyrings, changing credentials — and, where the kernel has Landlock, file
/// writes are limited to the config and log directories plus what the runtime needs.
/// </summary>
/// <remarks>
/// Nothing here can be undone for the life of the process. Call it after start-up (windows,
/// GL context and fonts loaded) and log <see cref="SandboxResult.Summary"/>:
/// <code>
/// var result = LinuxSandbox.Apply(new SandboxOptions { ConfigDirectory = cfg, LogDirectory = logs });
/// log.Info(result.Summary);
/// </code>
/// </remarks>
public static class LinuxSandbox
{
    private const int SECCOMP_SET_MODE_FILTER = 1;

    /// <summary>Apply the filter to every thread of the process, not only the caller (seccomp(2)).</summary>
    private const int SECCOMP_FILTER_FLAG_TSYNC = 1;

    /// <summary>1 once a call has started applying on Linux: filters and domains would stack, so a second call is a mistake.</summary>
    private static int s_applied;

    /// <summary>
    /// Applies the sandbox to the whole process and says what was applied. On a platform other
    /// than Linux x86-64/aarch64 it changes nothing and returns a result whose
    /// <see cref="SandboxResult.NotAppliedReason"/> says why. If Landlock is unavailable the
    /// seccomp filter is still installed and the result says so.
    /// </summary>
    /// <exception cref="SandboxException">A system call failed, or an extra writable path does not exist; the message says which and what is already in force.</exception>
    /// <exception cref="InvalidOperationException">The sandbox was already applied to this process.</exception>
    public static SandboxResult Apply(SandboxOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return ApplyOn(options, OperatingSystem.IsLinux(), RuntimeInformation.ProcessArchitecture);
    }

    /// <summary>Apply with the platform passed in, so the refusal paths can be tested on any machine.</summary>
    internal static SandboxResult ApplyOn(SandboxOptions options, bool isLinux, Architecture processArchitecture)
    {
        string archName = processArchitecture.ToString().ToLowerInvariant();
        if (!isLinux)
            return SandboxResult.NotApplied($"not Linux ({RuntimeInformation.OSDescription})", archName);
        var arch = SeccompArchitecture.ForProcess(processArchitecture);
        if (arch is null)
            return SandboxResult.NotApplied($"no syscall table for {archName} (supported: x86-64, aarch64)", archName);

        // Resolved before anything is applied: a missing extra path leaves the process untouched
        // and Apply can be called again with corrected options.
        var writable = WritablePath.Resolve(options);
        if (Interlocked.Exchange(ref s_applied, 1) != 0)
            throw new InvalidOperationException("The sandbox is already applied to this process; it cannot be applied twice or removed.");

        // no_new_privs first: seccomp(2) refuses an unprivileged filter without it, and it keeps
        // a setuid binary from gaining rights (moot with execve refused, but it is the contract).
        if (LinuxNative.Prctl(LinuxNative.PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0)
        {
            int errno = Marshal.GetLastPInvokeError();
            throw new SandboxException($"Sandbox: prctl(PR_SET_NO_NEW_PRIVS) failed with {LinuxNative.ErrnoName(errno)}; nothing applied.", errno);
        }

        InstallSeccomp(arch);

        int? abi = LandlockRuleset.ProbeAbi(out string? unavailable);
        var scope = LandlockScope.None;
        if (abi is int version)
        {
            try
            {
                scope = LandlockRuleset.RestrictWrites(version, writable)
                    ? LandlockScope.AllThreads
                    : LandlockScope.CallingThreadAndDescendants;
            }
            catch (SandboxException e)
            {
                throw new SandboxException(e.Message + " The seccomp filter is installed; file writes are not restricted.", e.Errno);
            }
        }
        var refused = RefusedSyscall.All.Select(s => s.Name).ToArray();
        return new SandboxResult(
            notAppliedReason: null,
            arch.Name,
            refused,
            abi,
            unavailable,
            scope,
            abi is null ? [] : writable.Select(w => w.Path).ToArray());
    }

    private static unsafe void InstallSeccomp(SeccompArchitecture arch)
    {
        var program = SeccompProgram.Build(arch);
        fixed (SockFilter* filter = program)
        {
            var fprog = new SockFprog { Length = (ushort)program.Length, Filter = filter };
            // glibc has no seccomp() wrapper; prctl(PR_SET_SECCOMP) would not take TSYNC.
            nint rc = LinuxNative.Syscall((nint)arch.SeccompSyscall, SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_TSYNC, (nint)(&fprog), 0);
            if (rc == 0)
                return;
            if (rc > 0)
            {
                // TSYNC answers with the id of a thread it could not synchronise (one that has
                // its own, diverging filter); nothing was installed.
                throw new SandboxException($"Sandbox: seccomp could not synchronise thread {rc}; no filter installed.", 0);
            }
            int errno = Marshal.GetLastPInvokeError();
            throw new SandboxException($"Sandbox: seccomp(SECCOMP_SET_MODE_FILTER) failed with {LinuxNative.ErrnoName(errno)}; no filter installed (no_new_privs is set).", errno);
        }
    }
}
