using System.Runtime.InteropServices;

namespace Skia.Trader.Sandbox.Seccomp;

/// <summary>
/// SockFilter is one classic-BPF instruction, laid out as the kernel's
/// <c>struct sock_filter { __u16 code; __u8 jt; __u8 jf; __u32 k; }</c> (include/uapi/linux/filter.h):
/// 8 bytes, no padding.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal readonly struct SockFilter(ushort code, byte jt, byte jf, uint k)
{
    /// <summary>The opcode (class | size | mode, see the BPF_* constants in <see cref="SeccompProgram"/>).</summary>
    public readonly ushort Code = code;

    /// <summary>Instructions to skip when a conditional jump is taken.</summary>
    public readonly byte JumpTrue = jt;

    /// <summary>Instructions to skip when a conditional jump is not taken.</summary>
    public readonly byte JumpFalse = jf;

    /// <summary>The operand: an offset into <c>struct seccomp_data</c>, a constant to compare, or a return value.</summary>
    public readonly uint K = k;

    /// <inheritdoc/>
    public override string ToString() => $"{{ 0x{Code:x2}, {JumpTrue}, {JumpFalse}, 0x{K:x8} }}";
}

/// <summary>
/// SockFprog is the kernel's <c>struct sock_fprog { unsigned short len; struct sock_filter *filter; }</c>:
/// on a 64-bit ABI the pointer sits at offset 8, which sequential layout reproduces.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct SockFprog
{
    /// <summary>Number of instructions.</summary>
    public ushort Length;

    /// <summary>The first instruction.</summary>
    public SockFilter* Filter;
}
