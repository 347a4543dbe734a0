using Skia.Trader.Sandbox.Seccomp;

namespace Skia.Trader.Sandbox.Tests.Seccomp;

/// <summary>
/// ClassicBpf runs a seccomp program the way the kernel's checker and interpreter would for the
/// instructions the sandbox uses (ld [k], jeq, jge, ret), so the program can be checked for every
/// syscall and for an architecture this machine is not. Anything else is an error, as is a jump
/// past the end or falling off the end (the kernel rejects both at load time).
/// </summary>
internal static class ClassicBpf
{
    /// <summary>The value the program returns for a call with number <paramref name="nr"/> from architecture <paramref name="arch"/>.</summary>
    public static uint Run(SockFilter[] program, uint nr, uint arch)
    {
        uint a = 0;
        int pc = 0;
        for (int steps = 0; steps <= program.Length; steps++)
        {
            if (pc >= program.Length)
                throw new InvalidOperationException($"program runs off its end at {pc}");
            var insn = program[pc];
            switch (insn.Code)
            {
                case SeccompProgram.LoadWord:
                    a = insn.K switch
                    {
                        SeccompProgram.OffsetNr => nr,
                        SeccompProgram.OffsetArch => arch,
                        _ => throw new InvalidOperationException($"load from unexpected offset {insn.K}"),
                    };
                    pc++;
                    break;
                case SeccompProgram.JumpIfEqual:
                    pc += 1 + (a == insn.K ? insn.JumpTrue : insn.JumpFalse);
                    break;
                case SeccompProgram.JumpIfGreaterOrEqual:
                    pc += 1 + (a >= insn.K ? insn.JumpTrue : insn.JumpFalse);
                    break;
                case SeccompProgram.Return:
                    return insn.K;
                default:
                    throw new InvalidOperationException($"unexpected opcode 0x{insn.Code:x2} at {pc}");
            }
        }
        throw new InvalidOperationException("program loops");
    }
}
