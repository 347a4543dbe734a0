using Microsoft.AspNetCore.WebUtilities;

namespace Skia.Trader.Exchange.Http;

/// <summary>
/// RequestParameters are a REST request's parameters from the query string and the form body
/// (the query wins when both carry one, as on Binance), with the exact text the signature covers.
/// </summary>
internal sealed class RequestParameters
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public RequestParameters(string query, string body)
    {
        foreach (var (key, value) in QueryHelpers.ParseQuery(body))
            _values[key] = value.ToString();
        foreach (var (key, value) in QueryHelpers.ParseQuery(query))
            _values[key] = value.ToString();
        SignedPayload = WithoutSignature(query) + WithoutSignature(body);
    }

    /// <summary>
    /// Creates parameters from already separated values (a WebSocket API request's <c>params</c>), so the
    /// same order operations serve REST and the WebSocket API; <paramref name="signedPayload"/> is what
    /// that request's signature covered.
    /// </summary>
    public RequestParameters(IEnumerable<KeyValuePair<string, string>> values, string signedPayload)
    {
        foreach (var (key, value) in values)
            _values[key] = value;
        SignedPayload = signedPayload;
    }

    /// <summary>SignedPayload is the query string followed directly by the body, each without its signature parameter.</summary>
    public string SignedPayload { get; }

    public string? this[string name] => _values.TryGetValue(name, out string? v) && v.Length > 0 ? v : null;

    private static string WithoutSignature(string raw)
    {
        if (raw.Length == 0 || !raw.Contains("signature=", StringComparison.Ordinal))
            return raw;
        return string.Join('&', raw.Split('&').Where(p => !p.StartsWith("signature=", StringComparison.Ordinal)));
    }
}
