namespace Skia.Trader.Sandbox.Seccomp;

/// <summary>
/// RefusedSyscall is one system call the filter answers with EPERM, with its number on each
/// architecture the sandbox supports.
/// </summary>
/// <param name="Name">The syscall's name as in man section 2.</param>
/// <param name="X64">Number in arch/x86/entry/syscalls/syscall_64.tbl (also /usr/include/asm/unistd_64.h).</param>
/// <param name="Arm64">Number in include/uapi/asm-generic/unistd.h, which arm64 uses.</param>
/// <param name="Reason">Why a trading UI never needs it (the group named in the summary and README).</param>
internal readonly record struct RefusedSyscall(string Name, uint X64, uint Arm64, string Reason)
{
    /// <summary>
    /// All refused syscalls. Numbers were checked against the kernel UAPI headers
    /// (asm/unistd_64.h and asm-generic/unistd.h of Linux 6.x); the new mount API calls
    /// (open_tree .. mount_setattr) share one number on every architecture since 5.2.
    /// </summary>
    public static readonly RefusedSyscall[] All =
    [
        // Starting programs: a compromised renderer/parser must not get a shell.
        new("execve", 59, 221, "start programs"),
        new("execveat", 322, 281, "start programs"),
        // Inspecting or writing other processes' memory.
        new("ptrace", 101, 117, "trace processes"),
        new("process_vm_readv", 310, 270, "trace processes"),
        new("process_vm_writev", 311, 271, "trace processes"),
        // Mounting (classic and the 5.2+ file-descriptor mount API).
        new("mount", 165, 40, "mount"),
        new("umount2", 166, 39, "mount"),
        new("pivot_root", 155, 41, "mount"),
        new("open_tree", 428, 428, "mount"),
        new("move_mount", 429, 429, "mount"),
        new("fsopen", 430, 430, "mount"),
        new("fsconfig", 431, 431, "mount"),
        new("fsmount", 432, 432, "mount"),
        new("fspick", 433, 433, "mount"),
        new("mount_setattr", 442, 442, "mount"),
        // Kernel modules and replacing the kernel.
        new("init_module", 175, 105, "kernel modules"),
        new("finit_module", 313, 273, "kernel modules"),
        new("delete_module", 176, 106, "kernel modules"),
        new("kexec_load", 246, 104, "kernel modules"),
        new("kexec_file_load", 320, 294, "kernel modules"),
        // Kernel keyrings (where other programs keep credentials).
        new("add_key", 248, 217, "keyrings"),
        new("request_key", 249, 218, "keyrings"),
        new("keyctl", 250, 219, "keyrings"),
        // Changing credentials.
        new("setuid", 105, 146, "credentials"),
        new("setgid", 106, 144, "credentials"),
        new("setreuid", 113, 145, "credentials"),
        new("setregid", 114, 143, "credentials"),
        new("setresuid", 117, 147, "credentials"),
        new("setresgid", 119, 149, "credentials"),
        new("setgroups", 116, 159, "credentials"),
        new("setfsuid", 122, 151, "credentials"),
        new("setfsgid", 123, 152, "credentials"),
        new("capset", 126, 91, "credentials"),
    ];
}
