using System.Runtime.InteropServices;
using Skia.Trader.Sandbox.Seccomp;

namespace Skia.Trader.Sandbox.Tests.Probe;

/// <summary>Raw system calls the probe makes, so a refusal is seen as the kernel's -1/errno and not through a .NET wrapper.</summary>
internal static unsafe partial class ProbeNative
{
    [LibraryImport("libc", EntryPoint = "syscall", SetLastError = true)]
    private static partial nint Syscall6(nint number, nint a1, nint a2, nint a3, nint a4, nint a5, nint a6);

    [LibraryImport("libc", EntryPoint = "execve", SetLastError = true)]
    private static partial int Execve(byte* path, byte** argv, byte** envp);

    [LibraryImport("libc", EntryPoint = "getuid")]
    internal static partial uint GetUid();

    [LibraryImport("libc", EntryPoint = "getgid")]
    internal static partial uint GetGid();

    /// <summary>The number of the named refused syscall on this machine's architecture.</summary>
    internal static nint Number(string name)
    {
        var arch = SeccompArchitecture.ForProcess(RuntimeInformation.ProcessArchitecture)
            ?? throw new PlatformNotSupportedException(RuntimeInformation.ProcessArchitecture.ToString());
        return (nint)arch.NumberOf(RefusedSyscall.All.Single(s => s.Name == name));
    }

    /// <summary>A raw syscall; "0" or "-1 errno=N".</summary>
    internal static string Call(string name, nint a1 = 0, nint a2 = 0, nint a3 = 0, nint a4 = 0, nint a5 = 0, nint a6 = 0)
    {
        nint rc = Syscall6(Number(name), a1, a2, a3, a4, a5, a6);
        return rc == -1 ? "-1 errno=" + Marshal.GetLastPInvokeError() : rc.ToString();
    }

    /// <summary>execve(path, [path], []) — on success this process becomes <paramref name="path"/> and never returns.</summary>
    internal static string Exec(string path)
    {
        byte[] bytes = System.Text.Encoding.UTF8.GetBytes(path + "\0");
        fixed (byte* p = bytes)
        {
            byte** argv = stackalloc byte*[2] { p, null };
            byte** envp = stackalloc byte*[1] { null };
            int rc = Execve(p, argv, envp);
            return rc == -1 ? "-1 errno=" + Marshal.GetLastPInvokeError() : rc.ToString();
        }
    }

    /// <summary>process_vm_readv of 8 bytes of this process's own memory; "8" when it works.</summary>
    internal static string ReadOwnMemory()
    {
        long source = 0x1122334455667788, target = 0;
        var local = new IoVec { Base = &target, Length = 8 };
        var remote = new IoVec { Base = &source, Length = 8 };
        return Call("process_vm_readv", Environment.ProcessId, (nint)(&local), 1, (nint)(&remote), 1, 0);
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct IoVec
    {
        public void* Base;
        public nuint Length;
    }
}
