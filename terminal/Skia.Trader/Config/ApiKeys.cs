using Skia.Trader.Binance.Signing;

namespace Skia.Trader.Terminal.Config;

/// <summary>
/// ApiKeys finds the API key pair for a real exchange: from <c>--key-file FILE</c>, or else from the environment
/// (BINANCE_API_KEY and BINANCE_API_SECRET); none means market data only. A key file the group or others may access is
/// refused. The key and the secret never appear in a message, a log line or the screen.
/// </summary>
internal static class ApiKeys
{
    /// <summary>KeyVariable is the environment variable of the API key.</summary>
    public const string KeyVariable = ApiCredentials.KeyVariable;

    /// <summary>SecretVariable is the environment variable of the API secret.</summary>
    public const string SecretVariable = ApiCredentials.SecretVariable;

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
    /// FromFile reads a key file of <c>api_key=...</c> and <c>api_secret=...</c> lines with the shared
    /// <see cref="Skia.Trader.Core.Secrets.KeyFile"/> reader (the simulator's format too). It returns null with
    /// <paramref name="error"/> (one line that never quotes the file) when the file is missing, not a regular file, open to
    /// the group or others, or not one pair.
    /// </summary>
    /// <param name="path">The key file.</param>
    /// <param name="error">One line saying what is wrong.</param>
    public static ApiCredentials? FromFile(string path, out string? error)
    {
        error = null;
        try
        {
            return ApiCredentials.FromKeyFile(path);
        }
        catch (Skia.Trader.Core.Secrets.KeyFileException e)
        {
            error = "--key-file: " + e.Message;
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = $"--key-file: key file '{path}' cannot be read ({e.Message})";
            return null;
        }
    }
}
