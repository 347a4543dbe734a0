using Skia.Trader.Core.Secrets;

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
    /// FromKeyFile reads a file of <c>api_key=...</c> and <c>api_secret=...</c> lines (<c>#</c> starts a comment)
    /// with <see cref="KeyFile"/>: it refuses, with <see cref="KeyFileException"/>, a file that group or others may
    /// access, one that is not a regular file (a FIFO would block forever), and a line with no known name, without
    /// ever quoting a line of the file.
    /// </summary>
    public static ApiCredentials FromKeyFile(string path)
    {
        (string key, string secret) = KeyFile.Read(path);
        return new ApiCredentials(key, secret);
    }

    /// <summary>ToString shows only the key's last four characters, never the secret.</summary>
    public override string ToString() =>
        ApiKey.Length > 8 ? $"ApiCredentials(key=...{ApiKey[^4..]}, secret=redacted)" : "ApiCredentials(key=redacted, secret=redacted)";
}
