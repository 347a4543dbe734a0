using System.Runtime.InteropServices;

namespace Skia.Trader.Sandbox.Seccomp;

/// <summary>
/// SeccompArchitecture is what the filter needs to know about one CPU architecture: the
/// <c>AUDIT_ARCH_*</c> value the kernel puts in <c>seccomp_data.arch</c>, the number of the
/// seccomp syscall itself, and how to read <see cref="RefusedSyscall"/> numbers for it.
/// </summary>
internal sealed class SeccompArchitecture
{
    /// <summary>x86-64: AUDIT_ARCH_X86_64 = EM_X86_64 (62) | __AUDIT_ARCH_64BIT | __AUDIT_ARCH_LE (include/uapi/linux/audit.h).</summary>
    public static readonly SeccompArchitecture X64 = new("x86-64", 0xC000003E, seccompSyscall: 317, hasX32: true, s => s.X64);

    /// <summary>aarch64: AUDIT_ARCH_AARCH64 = EM_AARCH64 (183) | __AUDIT_ARCH_64BIT | __AUDIT_ARCH_LE.</summary>
    public static readonly SeccompArchitecture Arm64 = new("aarch64", 0xC00000B7, seccompSyscall: 277, hasX32: false, s => s.Arm64);

    private readonly Func<RefusedSyscall, uint> _number;

    private SeccompArchitecture(string name, uint auditArch, uint seccompSyscall, bool hasX32, Func<RefusedSyscall, uint> number)
    {
        Name = name;
        AuditArch = auditArch;
        SeccompSyscall = seccompSyscall;
        HasX32 = hasX32;
        _number = number;
    }

    /// <summary>The name used in the summary line.</summary>
    public string Name { get; }

    /// <summary>The value of <c>seccomp_data.arch</c> for native syscalls of this architecture.</summary>
    public uint AuditArch { get; }

    /// <summary>The number of seccomp(2) on this architecture.</summary>
    public uint SeccompSyscall { get; }

    /// <summary>
    /// True on x86-64, where x32-ABI syscalls arrive with the same AUDIT_ARCH_X86_64 but with
    /// __X32_SYSCALL_BIT (0x40000000) set in the number, so a deny list must refuse that range
    /// too or execve could be reached as x32's 520 | 0x40000000.
    /// </summary>
    public bool HasX32 { get; }

    /// <summary>The syscall number of <paramref name="syscall"/> on this architecture.</summary>
    public uint NumberOf(RefusedSyscall syscall) => _number(syscall);

    /// <summary>The architecture of the running process, or null where the sandbox has no syscall table.</summary>
    public static SeccompArchitecture? ForProcess(Architecture architecture) => architecture switch
    {
        Architecture.X64 => X64,
        Architecture.Arm64 => Arm64,
        _ => null,
    };
}
