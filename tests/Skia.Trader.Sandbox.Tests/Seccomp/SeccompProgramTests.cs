using System.Runtime.InteropServices;
using Skia.Trader.Sandbox.Seccomp;

namespace Skia.Trader.Sandbox.Tests.Seccomp;

/// <summary>The BPF program itself, run through <see cref="ClassicBpf"/> for both architectures.</summary>
public sealed class SeccompProgramTests
{
    public static TheoryData<string> Architectures => new() { "x86-64", "aarch64" };

    private static SeccompArchitecture Arch(string name) => name == "x86-64" ? SeccompArchitecture.X64 : SeccompArchitecture.Arm64;

    [Theory]
    [MemberData(nameof(Architectures))]
    public void Every_refused_syscall_gets_EPERM(string name)
    {
        var arch = Arch(name);
        var program = SeccompProgram.Build(arch);
        foreach (var syscall in RefusedSyscall.All)
            Assert.True(ClassicBpf.Run(program, arch.NumberOf(syscall), arch.AuditArch) == 0x00050001, $"{syscall.Name} ({arch.NumberOf(syscall)}) on {name}");
    }

    [Theory]
    [MemberData(nameof(Architectures))]
    public void Every_other_syscall_number_is_allowed(string name)
    {
        var arch = Arch(name);
        var program = SeccompProgram.Build(arch);
        var refused = RefusedSyscall.All.Select(arch.NumberOf).ToHashSet();
        for (uint nr = 0; nr < 600; nr++)
        {
            if (!refused.Contains(nr))
                Assert.True(ClassicBpf.Run(program, nr, arch.AuditArch) == SeccompProgram.SECCOMP_RET_ALLOW, $"syscall {nr} on {name} should be allowed");
        }
    }

    [Theory]
    [MemberData(nameof(Architectures))]
    public void A_call_from_another_architecture_kills_the_process(string name)
    {
        var arch = Arch(name);
        var program = SeccompProgram.Build(arch);
        const uint AuditArchI386 = 0x40000003; // EM_386 | __AUDIT_ARCH_LE: int 0x80 from an x86-64 process
        var other = arch == SeccompArchitecture.X64 ? SeccompArchitecture.Arm64 : SeccompArchitecture.X64;
        foreach (uint foreign in new[] { AuditArchI386, other.AuditArch })
        {
            Assert.Equal(SeccompProgram.SECCOMP_RET_KILL_PROCESS, ClassicBpf.Run(program, 11, foreign)); // 11 = execve on i386
            Assert.Equal(SeccompProgram.SECCOMP_RET_KILL_PROCESS, ClassicBpf.Run(program, 0, foreign));
        }
    }

    [Fact]
    public void X32_abi_calls_are_refused_on_x86_64()
    {
        var program = SeccompProgram.Build(SeccompArchitecture.X64);
        const uint X32Execve = 520 | 0x40000000; // arch/x86/entry/syscalls/syscall_64.tbl: 520 x32 execve
        Assert.Equal(0x00050001u, ClassicBpf.Run(program, X32Execve, SeccompArchitecture.X64.AuditArch));
        Assert.Equal(0x00050001u, ClassicBpf.Run(program, 0 | 0x40000000, SeccompArchitecture.X64.AuditArch));
    }

    [Fact]
    public void The_program_checks_the_architecture_before_anything_else()
    {
        var program = SeccompProgram.Build(SeccompArchitecture.X64);
        Assert.Equal(new SockFilter(SeccompProgram.LoadWord, 0, 0, SeccompProgram.OffsetArch), program[0]);
        Assert.Equal(new SockFilter(SeccompProgram.JumpIfEqual, 1, 0, 0xC000003E), program[1]);
        Assert.Equal(new SockFilter(SeccompProgram.Return, 0, 0, SeccompProgram.SECCOMP_RET_KILL_PROCESS), program[2]);
    }

    [Fact]
    public void Sock_filter_has_the_kernels_layout()
    {
        // struct sock_filter is 8 bytes; struct sock_fprog is 16 on a 64-bit ABI (pointer at offset 8).
        Assert.Equal(8, Marshal.SizeOf<SockFilter>());
        Assert.Equal(16, Marshal.SizeOf<SockFprog>());
        Assert.Equal(8, (int)Marshal.OffsetOf<SockFprog>(nameof(SockFprog.Filter)));
    }

    [Fact]
    public void Syscall_names_are_unique_and_numbers_distinct_per_architecture()
    {
        Assert.Equal(RefusedSyscall.All.Length, RefusedSyscall.All.Select(s => s.Name).Distinct().Count());
        Assert.Equal(RefusedSyscall.All.Length, RefusedSyscall.All.Select(s => s.X64).Distinct().Count());
        Assert.Equal(RefusedSyscall.All.Length, RefusedSyscall.All.Select(s => s.Arm64).Distinct().Count());
    }
}
