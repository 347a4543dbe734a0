using System.Security.Cryptography;
using System.Text;

namespace Skia.Trader.Binance.Signing;

/// <summary>
/// RequestSigner computes Binance's request signature: lower-case hex HMAC-SHA256 of the query string
/// followed directly by the form body, keyed with the API secret.
/// </summary>
internal sealed class RequestSigner
{
    private readonly byte[] _secret;

    /// <summary>Creates a signer over the UTF-8 bytes of <paramref name="secret"/>.</summary>
    public RequestSigner(string secret)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        _secret = Encoding.UTF8.GetBytes(secret);
    }

    /// <summary>Sign returns the 64 hex characters that go in the <c>signature</c> parameter.</summary>
    public string Sign(string payload)
    {
        Span<byte> mac = stackalloc byte[32];
        int length = Encoding.UTF8.GetByteCount(payload);
        byte[] bytes = new byte[length];
        Encoding.UTF8.GetBytes(payload, bytes);
        HMACSHA256.HashData(_secret, bytes, mac);
        return Convert.ToHexStringLower(mac);
    }

    /// <inheritdoc />
    public override string ToString() => "RequestSigner(secret redacted)";
}
