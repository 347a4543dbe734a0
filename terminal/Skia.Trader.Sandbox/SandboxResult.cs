using System.Text;

namespace Skia.Trader.Sandbox;

/// <summary>
/// SandboxResult says exactly what <see cref="LinuxSandbox.Apply"/> put in force, and
/// <see cref="Summary"/> says it in one line for the log.
/// </summary>
public sealed class SandboxResult
{
    internal SandboxResult(
        string? notAppliedReason,
        string architecture,
        IReadOnlyList<string> refusedSyscalls,
        int? landlockAbi,
        string? landlockUnavailableReason,
        LandlockScope landlockScope,
        IReadOnlyList<string> writablePaths)
    {
        NotAppliedReason = notAppliedReason;
        Architecture = architecture;
        RefusedSyscalls = refusedSyscalls;
        LandlockAbi = landlockAbi;
        LandlockUnavailableReason = landlockUnavailableReason;
        LandlockScope = landlockScope;
        WritablePaths = writablePaths;
    }

    /// <summary>A result for a platform where nothing was applied (not Linux, or an architecture without a syscall table).</summary>
    internal static SandboxResult NotApplied(string reason, string architecture) =>
        new(reason, architecture, [], null, null, LandlockScope.None, []);

    /// <summary>Why nothing was applied, or null when the seccomp filter is installed.</summary>
    public string? NotAppliedReason { get; }

    /// <summary>True when the seccomp filter is installed on every thread of the process.</summary>
    public bool SeccompApplied => NotAppliedReason is null;

    /// <summary>The architecture the filter was built for ("x86-64", "aarch64"), or the process's architecture when not applied.</summary>
    public string Architecture { get; }

    /// <summary>The names of the syscalls the filter answers with EPERM (empty when not applied).</summary>
    public IReadOnlyList<string> RefusedSyscalls { get; }

    /// <summary>How many syscalls the filter refuses.</summary>
    public int RefusedSyscallCount => RefusedSyscalls.Count;

    /// <summary>The kernel's Landlock ABI version when Landlock restricts writes, otherwise null.</summary>
    public int? LandlockAbi { get; }

    /// <summary>Why Landlock is not in force (e.g. "the kernel has no Landlock (ENOSYS)"), or null when it is.</summary>
    public string? LandlockUnavailableReason { get; }

    /// <summary>True when Landlock limits file writes to <see cref="WritablePaths"/>.</summary>
    public bool LandlockApplied => LandlockAbi is not null;

    /// <summary>Which threads the Landlock restriction covers.</summary>
    public LandlockScope LandlockScope { get; }

    /// <summary>The absolute paths beneath which writes stay allowed (empty when Landlock is not in force: then writes are unrestricted).</summary>
    public IReadOnlyList<string> WritablePaths { get; }

    /// <summary>One line for the log saying what was applied, e.g.
    /// "sandbox: seccomp on x86-64 refuses 33 syscalls (start programs, ...) on all threads; landlock ABI 7 limits writes to 2 paths (/a, /b) on the calling thread and threads it starts".</summary>
    public string Summary
    {
        get
        {
            if (NotAppliedReason is not null)
                return "sandbox: not applied: " + NotAppliedReason;
            var line = new StringBuilder("sandbox: seccomp on ").Append(Architecture)
                .Append(" refuses ").Append(RefusedSyscallCount).Append(" syscalls (")
                .AppendJoin(", ", Seccomp.RefusedSyscall.All.Select(s => s.Reason).Distinct())
                .Append(") on all threads; ");
            if (LandlockAbi is int abi)
            {
                line.Append("landlock ABI ").Append(abi).Append(" limits writes to ")
                    .Append(WritablePaths.Count).Append(" paths (").AppendJoin(", ", WritablePaths).Append(')')
                    .Append(LandlockScope == LandlockScope.AllThreads ? " on all threads" : " on the calling thread and threads it starts");
            }
            else
            {
                line.Append("landlock unavailable: ").Append(LandlockUnavailableReason).Append(", file writes unrestricted");
            }
            return line.ToString();
        }
    }

    /// <inheritdoc/>
    public override string ToString() => Summary;
}
