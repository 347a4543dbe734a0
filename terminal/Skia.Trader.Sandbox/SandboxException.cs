namespace Skia.Trader.Sandbox;

/// <summary>
/// SandboxException says that the sandbox could not be installed (or only partly: the message
/// names what was already in force, since neither seccomp nor Landlock can be undone).
/// </summary>
public sealed class SandboxException : Exception
{
    /// <summary>Creates the exception with a one-line message and the errno of the failed call (0 if none).</summary>
    public SandboxException(string message, int errno) : base(message) => Errno = errno;

    /// <summary>The errno of the failed system call, or 0 when no system call failed.</summary>
    public int Errno { get; }
}
