using System.Security.Cryptography;
using System.Text;
using Skia.Trader.Exchange.Matching;

namespace Skia.Trader.Exchange.Http;

/// <summary>
/// RequestAuthenticator checks signed requests as Binance does: a known API key, a hex
/// HMAC-SHA256 of the payload with its secret, and a timestamp within recvWindow (default
/// 5000 ms, at most 60000) of the server clock and not more than 1000 ms ahead of it.
/// </summary>
internal sealed class RequestAuthenticator
{
    private readonly Dictionary<string, byte[]> _secrets = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;

    public RequestAuthenticator(IEnumerable<ApiCredential> credentials, TimeProvider time)
    {
        foreach (ApiCredential c in credentials)
            _secrets[c.ApiKey] = Encoding.UTF8.GetBytes(c.Secret);
        _time = time;
    }

    public IEnumerable<string> ApiKeys => _secrets.Keys;

    /// <summary>IsKnownKey is true for an API key the exchange accepts (checked before a request's body is read).</summary>
    public bool IsKnownKey(string apiKey) => _secrets.ContainsKey(apiKey);

    /// <summary>Sign returns the lower-case hex HMAC-SHA256 of <paramref name="payload"/> under <paramref name="secret"/>.</summary>
    public static string Sign(string secret, string payload) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(payload)));

    /// <summary>Authenticate returns the error for a bad key, signature or clock, or null when the request is good.</summary>
    public ExchangeError? Authenticate(string? apiKey, string signedPayload, string? signature, string? timestamp, string? recvWindow)
    {
        if (string.IsNullOrEmpty(apiKey))
            return ExchangeError.ApiKeyFormat;
        if (!_secrets.TryGetValue(apiKey, out byte[]? secret))
            return ExchangeError.ApiKeyInvalid;
        if (string.IsNullOrEmpty(signature))
            return ExchangeError.Mandatory("signature");
        byte[] expected = HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(signedPayload));
        byte[] given;
        try
        {
            given = Convert.FromHexString(signature);
        }
        catch (FormatException)
        {
            return ExchangeError.BadSignature;
        }
        if (!CryptographicOperations.FixedTimeEquals(expected, given))
            return ExchangeError.BadSignature;
        if (string.IsNullOrEmpty(timestamp))
            return ExchangeError.Mandatory("timestamp");
        if (!long.TryParse(timestamp, out long ts))
            return ExchangeError.IllegalValue("timestamp");
        long window = 5000;
        if (!string.IsNullOrEmpty(recvWindow) && !long.TryParse(recvWindow, out window))
            return ExchangeError.IllegalValue("recvWindow");
        if (window > 60_000 || window <= 0)
            return ExchangeError.RecvWindowTooLarge;
        long now = _time.GetUtcNow().ToUnixTimeMilliseconds();
        if (ts > now + 1000)
            return ExchangeError.AheadOfServer;
        if (now - ts > window)
            return ExchangeError.OutsideRecvWindow;
        return null;
    }
}
