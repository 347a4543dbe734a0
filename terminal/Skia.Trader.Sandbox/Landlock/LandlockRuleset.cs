using System.Runtime.InteropServices;
using Skia.Trader.Sandbox.Native;

namespace Skia.Trader.Sandbox.Landlock;

/// <summary>
/// LandlockRuleset drives the three Landlock syscalls (Documentation/userspace-api/landlock.rst):
/// probe the ABI, create a ruleset that handles write rights, grant them beneath each writable
/// path, and restrict the process.
/// </summary>
internal static unsafe class LandlockRuleset
{
    // Landlock came after the syscall tables were unified, so these numbers are the same on
    // x86-64 and aarch64 (include/uapi/asm-generic/unistd.h, arch/x86/entry/syscalls/syscall_64.tbl).
    private const int SysCreateRuleset = 444, SysAddRule = 445, SysRestrictSelf = 446;

    private const int LANDLOCK_CREATE_RULESET_VERSION = 1 << 0;
    private const int LANDLOCK_RULE_PATH_BENEATH = 1;

    /// <summary>
    /// landlock_restrict_self flag that applies the domain to every thread of the process
    /// (ABI 8+; security/landlock/tsync.c). Without it a domain covers only the calling thread
    /// and the threads it starts afterwards.
    /// </summary>
    private const int LANDLOCK_RESTRICT_SELF_TSYNC = 1 << 3;

    /// <summary>The first Landlock ABI version that knows <see cref="LANDLOCK_RESTRICT_SELF_TSYNC"/>.</summary>
    internal const int TsyncAbi = 8;

    /// <summary>struct landlock_ruleset_attr's first member; the kernel accepts a shorter struct than it knows.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct RulesetAttr
    {
        public ulong HandledAccessFs;
    }

    /// <summary>struct landlock_path_beneath_attr, which the UAPI declares packed (12 bytes).</summary>
    [StructLayout(LayoutKind.Sequential, Pack = 1)]
    private struct PathBeneathAttr
    {
        public ulong AllowedAccess;
        public int ParentFd;
    }

    /// <summary>
    /// Asks the kernel for its Landlock ABI version. Returns the version, or null with the reason
    /// when Landlock is absent (ENOSYS: not built in) or disabled (EOPNOTSUPP: not in the boot's lsm= list).
    /// </summary>
    public static int? ProbeAbi(out string? unavailableReason)
    {
        nint abi = LinuxNative.Syscall(SysCreateRuleset, 0, 0, LANDLOCK_CREATE_RULESET_VERSION, 0);
        if (abi >= 1)
        {
            unavailableReason = null;
            return (int)abi;
        }
        int errno = Marshal.GetLastPInvokeError();
        unavailableReason = errno switch
        {
            LinuxNative.ENOSYS => "the kernel has no Landlock (ENOSYS)",
            LinuxNative.EOPNOTSUPP => "Landlock is disabled at boot (EOPNOTSUPP)",
            _ => "Landlock probe failed (" + LinuxNative.ErrnoName(errno) + ")",
        };
        return null;
    }

    /// <summary>
    /// Restricts file writes to beneath <paramref name="writable"/> (directories get every write
    /// right, files only write/truncate). Returns true when the domain covers every thread.
    /// Throws <see cref="SandboxException"/> when a syscall fails; the caller must have set no_new_privs.
    /// </summary>
    public static bool RestrictWrites(int abi, IReadOnlyList<WritablePath> writable)
    {
        var attr = new RulesetAttr { HandledAccessFs = LandlockAccess.HandledWrites(abi) };
        int ruleset = (int)LinuxNative.Syscall(SysCreateRuleset, (nint)(&attr), sizeof(RulesetAttr), 0, 0);
        if (ruleset < 0)
            throw Failure("landlock_create_ruleset", Marshal.GetLastPInvokeError());
        try
        {
            foreach (var path in writable)
                AddRule(ruleset, abi, path);
            bool allThreads = abi >= TsyncAbi;
            nint flags = allThreads ? LANDLOCK_RESTRICT_SELF_TSYNC : 0;
            if (LinuxNative.Syscall(SysRestrictSelf, ruleset, flags, 0, 0) != 0)
                throw Failure("landlock_restrict_self", Marshal.GetLastPInvokeError());
            return allThreads;
        }
        finally
        {
            LinuxNative.Close(ruleset);
        }
    }

    private static void AddRule(int ruleset, int abi, WritablePath path)
    {
        // O_PATH: the descriptor only names the inode; Landlock documents it as the preferred way.
        int fd = LinuxNative.Open(path.Path, LinuxNative.O_PATH | LinuxNative.O_CLOEXEC);
        if (fd < 0)
            throw Failure($"open(\"{path.Path}\", O_PATH)", Marshal.GetLastPInvokeError());
        try
        {
            var rule = new PathBeneathAttr
            {
                AllowedAccess = path.IsDirectory ? LandlockAccess.HandledWrites(abi) : LandlockAccess.FileWrites(abi),
                ParentFd = fd,
            };
            if (LinuxNative.Syscall(SysAddRule, ruleset, LANDLOCK_RULE_PATH_BENEATH, (nint)(&rule), 0) != 0)
                throw Failure($"landlock_add_rule(\"{path.Path}\")", Marshal.GetLastPInvokeError());
        }
        finally
        {
            LinuxNative.Close(fd);
        }
    }

    private static SandboxException Failure(string call, int errno) =>
        new($"Landlock: {call} failed with {LinuxNative.ErrnoName(errno)}.", errno);
}
