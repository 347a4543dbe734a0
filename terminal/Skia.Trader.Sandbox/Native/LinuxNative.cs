using System.Runtime.InteropServices;

namespace Skia.Trader.Sandbox.Native;

/// <summary>
/// The few libc entry points the sandbox needs. Every argument is blittable and the stubs are
/// generated at compile time (<see cref="LibraryImportAttribute"/>), so this stays NativeAOT-clean.
/// </summary>
/// <remarks>
/// <c>prctl</c> and <c>syscall</c> are variadic in C. On Linux x86-64 and aarch64 integer
/// variadic arguments travel in the same registers as fixed ones, so declaring them with a fixed
/// arity is sound there (and those are the only architectures <see cref="LinuxSandbox"/> acts on).
/// "libc" resolves to the C library of the running system (glibc's libc.so.6, or musl).
/// </remarks>
internal static partial class LinuxNative
{
    private const string Libc = "libc";

    /// <summary>prctl(2).</summary>
    [LibraryImport(Libc, EntryPoint = "prctl", SetLastError = true)]
    internal static partial int Prctl(int option, nuint arg2, nuint arg3, nuint arg4, nuint arg5);

    /// <summary>
    /// syscall(2) with four arguments; returns -1 and sets errno on failure. Calls that take fewer
    /// pass 0 for the rest: a register left unset would reach the kernel as garbage (landlock_add_rule
    /// answers EINVAL to non-zero flags in its fourth argument).
    /// </summary>
    [LibraryImport(Libc, EntryPoint = "syscall", SetLastError = true)]
    internal static partial nint Syscall(nint number, nint arg1, nint arg2, nint arg3, nint arg4);

    /// <summary>open(2) without a mode (never used with O_CREAT).</summary>
    [LibraryImport(Libc, EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int Open(string path, int flags);

    /// <summary>close(2).</summary>
    [LibraryImport(Libc, EntryPoint = "close")]
    internal static partial int Close(int fd);

    /// <summary>prctl option that sets the no_new_privs bit (include/uapi/linux/prctl.h).</summary>
    internal const int PR_SET_NO_NEW_PRIVS = 38;

    /// <summary>prctl option that reads the no_new_privs bit.</summary>
    internal const int PR_GET_NO_NEW_PRIVS = 39;

    /// <summary>open(2) flags, identical on x86-64 and aarch64 (include/uapi/asm-generic/fcntl.h).</summary>
    internal const int O_PATH = 0x200000, O_CLOEXEC = 0x80000;

    /// <summary>errno values used in decisions and messages (include/uapi/asm-generic/errno*.h).</summary>
    internal const int EPERM = 1, ENOENT = 2, EACCES = 13, EFAULT = 14, EINVAL = 22, ENOSYS = 38, EOPNOTSUPP = 95;

    /// <summary>A short name for an errno, for messages.</summary>
    internal static string ErrnoName(int errno) => errno switch
    {
        EPERM => "EPERM",
        ENOENT => "ENOENT",
        EACCES => "EACCES",
        EFAULT => "EFAULT",
        EINVAL => "EINVAL",
        ENOSYS => "ENOSYS",
        EOPNOTSUPP => "EOPNOTSUPP",
        _ => "errno " + errno,
    };
}
