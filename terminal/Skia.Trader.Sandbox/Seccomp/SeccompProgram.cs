namespace Skia.Trader.Sandbox.Seccomp;

/// <summary>
/// SeccompProgram writes the classic-BPF program the sandbox installs: a deny list that answers
/// EPERM for <see cref="RefusedSyscall.All"/> and allows everything else.
/// </summary>
/// <remarks>
/// Follows Documentation/userspace-api/seccomp_filter.rst: the program runs over
/// <c>struct seccomp_data { int nr; __u32 arch; __u64 instruction_pointer; __u64 args[6]; }</c>
/// (include/uapi/linux/seccomp.h), so <c>nr</c> is at offset 0 and <c>arch</c> at offset 4, and
/// its 32-bit return value is <c>SECCOMP_RET_*</c> action | data. The document's "Pitfalls" asks
/// to check the architecture first, because the same number means different calls on different
/// ABIs (an x86-64 process can enter the kernel through the i386 <c>int 0x80</c> gate, where 11
/// is execve); a call from any architecture but ours kills the process.
/// <code>
///   0: ld  [4]                      ; A = seccomp_data.arch
///   1: jeq #AUDIT_ARCH, 1, 0        ; ours? skip the kill
///   2: ret #SECCOMP_RET_KILL_PROCESS
///   3: ld  [0]                      ; A = seccomp_data.nr
///  (4: jge #0x40000000, deny, 0     ; x86-64 only: any x32-ABI call is refused)
///   n: jeq #nr_i, deny, 0           ; one per refused syscall
///      ret #SECCOMP_RET_ALLOW
/// deny: ret #SECCOMP_RET_ERRNO | EPERM
/// </code>
/// </remarks>
internal static class SeccompProgram
{
    // Opcode parts from include/uapi/linux/bpf_common.h.
    private const ushort BPF_LD = 0x00, BPF_JMP = 0x05, BPF_RET = 0x06;
    private const ushort BPF_W = 0x00, BPF_ABS = 0x20, BPF_K = 0x00;
    private const ushort BPF_JEQ = 0x10, BPF_JGE = 0x30;

    /// <summary>Load the 32-bit word at a constant offset into seccomp_data.</summary>
    internal const ushort LoadWord = BPF_LD | BPF_W | BPF_ABS;

    /// <summary>Jump if A == k.</summary>
    internal const ushort JumpIfEqual = BPF_JMP | BPF_JEQ | BPF_K;

    /// <summary>Jump if A &gt;= k (unsigned).</summary>
    internal const ushort JumpIfGreaterOrEqual = BPF_JMP | BPF_JGE | BPF_K;

    /// <summary>Return k.</summary>
    internal const ushort Return = BPF_RET | BPF_K;

    /// <summary>Offsets into struct seccomp_data.</summary>
    internal const uint OffsetNr = 0, OffsetArch = 4;

    /// <summary>Return actions from include/uapi/linux/seccomp.h.</summary>
    internal const uint SECCOMP_RET_KILL_PROCESS = 0x80000000, SECCOMP_RET_ERRNO = 0x00050000, SECCOMP_RET_ALLOW = 0x7fff0000;

    /// <summary>__X32_SYSCALL_BIT (arch/x86/include/uapi/asm/unistd.h).</summary>
    internal const uint X32SyscallBit = 0x40000000;

    /// <summary>The value the filter returns for a refused call: the call fails with errno EPERM (1).</summary>
    internal const uint Deny = SECCOMP_RET_ERRNO | 1;

    /// <summary>Builds the program for <paramref name="arch"/>.</summary>
    public static SockFilter[] Build(SeccompArchitecture arch)
    {
        var refused = RefusedSyscall.All;
        var program = new List<SockFilter>(refused.Length + 7)
        {
            new(LoadWord, 0, 0, OffsetArch),
            new(JumpIfEqual, 1, 0, arch.AuditArch),
            new(Return, 0, 0, SECCOMP_RET_KILL_PROCESS),
            new(LoadWord, 0, 0, OffsetNr),
        };

        // Every comparison jumps forward to the shared deny at the end; jt counts the
        // instructions to skip, so it is the distance to the last instruction minus one.
        int compares = refused.Length + (arch.HasX32 ? 1 : 0);
        int denyIndex = program.Count + compares + 1;
        if (arch.HasX32)
            program.Add(new(JumpIfGreaterOrEqual, JumpTo(program.Count, denyIndex), 0, X32SyscallBit));
        foreach (var syscall in refused)
            program.Add(new(JumpIfEqual, JumpTo(program.Count, denyIndex), 0, arch.NumberOf(syscall)));
        program.Add(new(Return, 0, 0, SECCOMP_RET_ALLOW));
        program.Add(new(Return, 0, 0, Deny));
        return [.. program];
    }

    private static byte JumpTo(int from, int to)
    {
        int skip = to - from - 1;
        // Classic BPF jump offsets are 8 bits; a longer list would need a jump table.
        if (skip is < 0 or > byte.MaxValue)
            throw new InvalidOperationException($"BPF jump of {skip} instructions does not fit in 8 bits.");
        return (byte)skip;
    }
}
