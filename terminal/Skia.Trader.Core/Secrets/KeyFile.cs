using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Skia.Trader.Core.Secrets;

/// <summary>
/// KeyFile reads an API key pair from a small text file of <c>api_key=...</c> and <c>api_secret=...</c>
/// lines (<c>#</c> starts a comment), the one format both the terminal and the simulator accept. It
/// refuses what is not a regular file (a FIFO would block the reader forever, a device never ends),
/// a file larger than <see cref="MaxBytes"/>, and on Unix a file that group or others may access.
/// Its messages name the file and the line, never the text of a line: a stray line may be a secret.
/// </summary>
public static partial class KeyFile
{
    /// <summary>MaxBytes is the largest key file read; a key pair is well under 1 KiB.</summary>
    public const int MaxBytes = 64 * 1024;

    private const UnixFileMode GroupOrOthers =
        UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute |
        UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    /// <summary>Read returns the key and secret in <paramref name="path"/>; <see cref="KeyFileException"/> says in one sentence what is wrong.</summary>
    public static (string ApiKey, string Secret) Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text = ReadSmallRegularFile(path);
        string? key = null, secret = null;
        int lineNumber = 0;
        foreach (string raw in text.Split('\n'))
        {
            lineNumber++;
            string line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
                continue;
            int eq = line.IndexOf('=');
            string name = eq > 0 ? line[..eq].Trim() : "";
            if (name.Equals("api_key", StringComparison.OrdinalIgnoreCase))
                key = line[(eq + 1)..].Trim();
            else if (name.Equals("api_secret", StringComparison.OrdinalIgnoreCase))
                secret = line[(eq + 1)..].Trim();
            else
                throw new KeyFileException($"Key file '{path}' line {lineNumber}: expected api_key=... or api_secret=... (the line is not shown: it may hold a secret).");
        }
        if (string.IsNullOrWhiteSpace(key) || string.IsNullOrWhiteSpace(secret))
            throw new KeyFileException($"Key file '{path}' must contain both api_key=... and api_secret=....");
        return (key, secret);
    }

    private static string ReadSmallRegularFile(string path)
    {
        if (Directory.Exists(path))
            throw new KeyFileException($"Key file '{path}' is a directory, not a file.");
        if (!File.Exists(path))
            throw new KeyFileException($"Key file '{path}' does not exist.");
        if (OperatingSystem.IsWindows())
            return ReadBounded(File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read), path);
        if ((File.GetUnixFileMode(path) & GroupOrOthers) != 0)
            throw new KeyFileException($"Key file '{path}' is accessible by group or others; refusing to read secrets from it. Run: chmod 600 '{path}'");
        // Opened non-blocking: opening a FIFO for reading would otherwise wait for a writer forever.
        int fd = OpenNonBlocking(path, ReadOnly | (OperatingSystem.IsMacOS() ? MacNonBlock : LinuxNonBlock));
        if (fd < 0)
            throw new KeyFileException($"Key file '{path}' cannot be opened (error {Marshal.GetLastPInvokeError()}).");
        return ReadBounded(new SafeFileHandle(fd, ownsHandle: true), path);
    }

    private static string ReadBounded(SafeFileHandle handle, string path)
    {
        using var stream = new FileStream(handle, FileAccess.Read, bufferSize: 0);
        // A regular file can seek; a FIFO, socket or character device cannot.
        if (!stream.CanSeek)
            throw new KeyFileException($"Key file '{path}' is not a regular file (a pipe, socket or device); give the path of a plain file.");
        if (stream.Length > MaxBytes)
            throw new KeyFileException($"Key file '{path}' is {stream.Length} bytes; a key file holds two short lines (at most {MaxBytes} bytes).");
        byte[] bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return Encoding.UTF8.GetString(bytes);
    }

    private const int ReadOnly = 0;
    private const int LinuxNonBlock = 0x800; // O_NONBLOCK (04000) on Linux x64 and arm64
    private const int MacNonBlock = 0x4;

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int OpenNonBlocking(string path, int flags);
}
