using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Skia.Trader.Exchange.Tests;

/// <summary>
/// RawExchangeClient is the tests' own minimal Binance REST caller (HttpClient + HMAC-SHA256),
/// deliberately independent of the protocol client library so both sides are checked against the documentation.
/// </summary>
internal sealed class RawExchangeClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly string _apiKey;
    private readonly string _secret;

    public RawExchangeClient(Uri baseAddress, string apiKey = "skia-sim-key", string secret = "skia-sim-secret")
    {
        _http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(20) };
        _apiKey = apiKey;
        _secret = secret;
    }

    public long ClockSkewMs { get; set; }

    public static string Sign(string secret, string payload) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(payload)));

    public async Task<(int Status, JsonElement Body)> GetAsync(string pathAndQuery)
    {
        using HttpResponseMessage response = await _http.GetAsync(pathAndQuery);
        return ((int)response.StatusCode, await ReadAsync(response));
    }

    /// <summary>SignedAsync sends a signed request: parameters in the query for GET/DELETE, in a form body for POST.</summary>
    public async Task<(int Status, JsonElement Body, HttpResponseMessage Response)> SignedAsync(HttpMethod method, string path, string parameters,
        string? signatureOverride = null)
    {
        long timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() + ClockSkewMs;
        string payload = (parameters.Length > 0 ? parameters + "&" : "") + "timestamp=" + timestamp;
        string signed = payload + "&signature=" + (signatureOverride ?? Sign(_secret, payload));
        using var request = method == HttpMethod.Post
            ? new HttpRequestMessage(method, path) { Content = new StringContent(signed, Encoding.UTF8, "application/x-www-form-urlencoded") }
            : new HttpRequestMessage(method, path + "?" + signed);
        request.Headers.Add("X-MBX-APIKEY", _apiKey);
        HttpResponseMessage response = await _http.SendAsync(request);
        return ((int)response.StatusCode, await ReadAsync(response), response);
    }

    public async Task<JsonElement> PlaceAsync(string parameters)
    {
        var (status, body, _) = await SignedAsync(HttpMethod.Post, "/api/v3/order", parameters);
        Assert.True(status == 200, $"order refused: {status} {body}");
        return body;
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        string text = await response.Content.ReadAsStringAsync();
        if (response.Content.Headers.ContentType?.MediaType != "application/json")
            return JsonDocument.Parse("\"" + JsonEncodedText.Encode(text) + "\"").RootElement.Clone();
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public void Dispose() => _http.Dispose();
}
