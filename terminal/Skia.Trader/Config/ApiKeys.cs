using Skia.Trader.Binance.Signing;

namespace Skia.Trader.Terminal.Config;

/// <summary>
/// ApiKeys finds the API key pair for a real exchange: from <c>--key-file FILE</c>, or else from the environment
/// (BINANCE_API_KEY and BINANCE_API_SECRET); none means market data only. A key file readable by the group or others is
/// refused. The key and the secret never appear in a message, a log line or the screen.
/// </summary>
internal static class ApiKeys
{
    /// <summary>KeyVariable is the environment variable of the API key.</summary>
    public const string KeyVariable = "BINANCE_API_KEY";

    /// <summary>SecretVariable is the environment variable of the API secret.</summary>
    public const string SecretVariable = "BINANCE_API_SECRET";

    /// <summary>
    /// FromEnvironment returns the pair from <paramref name="environment"/>, null when neither variable is set, or null with
    /// <paramref name="error"/> when only one is.
    /// </summary>
    /// <param name="environment">Reads an environment variable.</param>
    /// <param name="error">One line when the pair is incomplete.</param>
    public static ApiCredentials? FromEnvironment(Func<string, string?> environment, out string? error)
    {
        error = null;
        var key = environment(KeyVariable);
        var secret = environment(SecretVariable);
        if (string.IsNullOrWhiteSpace(key) && string.IsNullOrWhiteSpace(secret)) return null;
        if (string.IsNullOrWhiteSpace(key) || string.IsNullOrWhiteSpace(secret))
        {
            error = $"{(string.IsNullOrWhiteSpace(key) ? KeyVariable : SecretVariable)} is not set while {(string.IsNullOrWhiteSpace(key) ? SecretVariable : KeyVariable)} is: set both, or neither for market data only";
            return null;
        }
        return new ApiCredentials(key.Trim(), secret.Trim());
    }

    /// <summary>
    /// FromFile reads a key file: two lines, the API key then the secret (or the lines
    /// <c>BINANCE_API_KEY=...</c> and <c>BINANCE_API_SECRET=...</c>; empty lines and lines starting with # are skipped).
    /// It returns null with <paramref name="error"/> (one line, never the file's content) when the file cannot be read,
    /// is readable by the group or others, or does not hold one pair.
    /// </summary>
    /// <param name="path">The key file.</param>
    /// <param name="error">One line saying what is wrong.</param>
    public static ApiCredentials? FromFile(string path, out string? error)
    {
        error = null;
        string[] lines;
        try
        {
            if (!OperatingSystem.IsWindows())
            {
                UnixFileMode mode = File.GetUnixFileMode(path);
                const UnixFileMode open = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.OtherRead | UnixFileMode.OtherWrite;
                if ((mode & open) != 0)
                {
                    error = $"--key-file {path}: readable or writable by others (mode {Convert.ToString((int)mode, 8)}); make it private with chmod 600 {path}";
                    return null;
                }
            }
            var info = new FileInfo(path);
            if (info.Length > 64 * 1024)
            {
                error = $"--key-file {path}: {info.Length} bytes is not a key file (two lines: the API key, then the secret)";
                return null;
            }
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error = $"--key-file {path}: cannot read it ({e.Message})";
            return null;
        }

        string? key = null, secret = null;
        var positional = new List<string>(2);
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && line[..equals].Trim() is KeyVariable) key = line[(equals + 1)..].Trim();
            else if (equals > 0 && line[..equals].Trim() is SecretVariable) secret = line[(equals + 1)..].Trim();
            else positional.Add(line);
        }
        if (key is null && secret is null && positional.Count == 2)
        {
            key = positional[0];
            secret = positional[1];
        }
        else if (positional.Count > 0 || key is null || secret is null || key.Length == 0 || secret.Length == 0)
        {
            error = $"--key-file {path}: expected two lines, the API key then the secret (or {KeyVariable}=... and {SecretVariable}=...)";
            return null;
        }
        if (key.Any(char.IsWhiteSpace) || secret.Any(char.IsWhiteSpace))
        {
            error = $"--key-file {path}: the key or the secret holds a space; expected one per line";
            return null;
        }
        return new ApiCredentials(key, secret);
    }
}
