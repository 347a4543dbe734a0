namespace Skia.Trader.Binance.Signing;

/// <summary>
/// ApiCredentials holds an API key and its secret. They come from the environment
/// (<c>BINANCE_API_KEY</c>, <c>BINANCE_API_SECRET</c>) or a key file only the owner can read,
/// and are never printed: <see cref="ToString"/> redacts both.
/// </summary>
public sealed class ApiCredentials
{
    /// <summary>KeyVariable is the environment variable that holds the API key.</summary>
    public const string KeyVariable = "BINANCE_API_KEY";

    /// <summary>SecretVariable is the environment variable that holds the API secret.</summary>
    public const string SecretVariable = "BINANCE_API_SECRET";

    private const UnixFileMode GroupOrOthers =
        UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute |
        UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    /// <summary>Creates credentials from a key and secret; both must be non-empty.</summary>
    public ApiCredentials(string apiKey, string secret)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(apiKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(secret);
        ApiKey = apiKey;
        Secret = secret;
    }

    /// <summary>ApiKey is sent in the <c>X-MBX-APIKEY</c> header; it identifies the account, so it is not logged either.</summary>
    public string ApiKey { get; }

    internal string Secret { get; }

    /// <summary>FromEnvironment reads <c>BINANCE_API_KEY</c> and <c>BINANCE_API_SECRET</c>; null when either is unset.</summary>
    public static ApiCredentials? FromEnvironment()
    {
        string? key = Environment.GetEnvironmentVariable(KeyVariable);
        string? secret = Environment.GetEnvironmentVariable(SecretVariable);
        return string.IsNullOrWhiteSpace(key) || string.IsNullOrWhiteSpace(secret) ? null : new ApiCredentials(key, secret);
    }

    /// <summary>
    /// FromKeyFile reads a file of <c>api_key=...</c> and <c>api_secret=...</c> lines (<c>#</c> starts a comment).
    /// It refuses, with <see cref="UnauthorizedAccessException"/>, a file that group or others may access.
    /// </summary>
    public static ApiCredentials FromKeyFile(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"Key file '{path}' does not exist.", path);
        if (!OperatingSystem.IsWindows())
        {
            UnixFileMode mode = File.GetUnixFileMode(path);
            if ((mode & GroupOrOthers) != 0)
            {
                throw new UnauthorizedAccessException(
                    $"Key file '{path}' is accessible by group or others (mode {Convert.ToString((int)mode, 8)}); " +
                    $"refusing to read API secrets from it. Run: chmod 600 '{path}'");
            }
        }
        string? key = null, secret = null;
        int lineNumber = 0;
        foreach (string raw in File.ReadLines(path))
        {
            lineNumber++;
            string line = raw.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            int eq = line.IndexOf('=');
            if (eq <= 0) throw new FormatException($"Key file '{path}' line {lineNumber}: expected name=value.");
            string name = line[..eq].Trim();
            string value = line[(eq + 1)..].Trim();
            if (name.Equals("api_key", StringComparison.OrdinalIgnoreCase)) key = value;
            else if (name.Equals("api_secret", StringComparison.OrdinalIgnoreCase)) secret = value;
            else throw new FormatException($"Key file '{path}' line {lineNumber}: unknown name '{name}' (expected api_key or api_secret).");
        }
        if (string.IsNullOrWhiteSpace(key) || string.IsNullOrWhiteSpace(secret))
        {
            throw new FormatException($"Key file '{path}' must contain both api_key and api_secret.");
        }
        return new ApiCredentials(key, secret);
    }

    /// <summary>ToString shows only the key's last four characters, never the secret.</summary>
    public override string ToString() =>
        ApiKey.Length > 8 ? $"ApiCredentials(key=...{ApiKey[^4..]}, secret=redacted)" : "ApiCredentials(key=redacted, secret=redacted)";
}
