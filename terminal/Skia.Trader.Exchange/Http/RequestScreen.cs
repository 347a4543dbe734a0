using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;
using Skia.Trader.Exchange.Matching;

namespace Skia.Trader.Exchange.Http;

/// <summary>
/// RequestScreen looks at every request before a route or a WebSocket hub does: it serves only
/// loopback Host headers and refuses cross-origin WebSocket upgrades (unless
/// <see cref="Hosting.ExchangeOptions.AllowAnyHost"/>), and for a request with a body it checks the
/// API key first and only then reads the body, at most <see cref="MaxBodyBytes"/> of it, so an
/// unauthenticated client cannot make the exchange hold megabytes. Refusals are Binance JSON.
/// </summary>
internal sealed class RequestScreen
{
    private readonly RequestAuthenticator _authenticator;
    private readonly bool _allowAnyHost;

    public RequestScreen(RequestAuthenticator authenticator, bool allowAnyHost, long maxBodyBytes)
    {
        _authenticator = authenticator;
        _allowAnyHost = allowAnyHost;
        MaxBodyBytes = maxBodyBytes;
    }

    /// <summary>MaxBodyBytes is the largest body read (Binance's requests are a few hundred bytes of form parameters).</summary>
    public long MaxBodyBytes { get; }

    /// <summary>AdmitAsync returns true when the request may go on (its body, if any, now buffered), false when it was answered here.</summary>
    public async Task<bool> AdmitAsync(HttpContext context)
    {
        HttpRequest request = context.Request;
        if (!_allowAnyHost)
        {
            string host = request.Host.Host;
            if (host.Length > 0 && !LoopbackHost.IsLoopback(host))
            {
                await RefuseAsync(context, HttpRefusal.NotAuthorized, closeConnection: true);
                return false;
            }
            if (context.WebSockets.IsWebSocketRequest && request.Headers.Origin.ToString() is { Length: > 0 } origin && !LoopbackHost.IsLoopbackOrigin(origin))
            {
                await RefuseAsync(context, HttpRefusal.NotAuthorized, closeConnection: true);
                return false;
            }
        }
        // HEAD is answered as GET without the body (Kestrel drops it for a HEAD request), so a
        // client probing a route sees the status and headers a GET gets, not an empty 404.
        if (HttpMethods.IsHead(request.Method))
            request.Method = HttpMethods.Get;
        if (!HasBody(request))
            return true;

        // The key before the body: an unknown client never gets the exchange to read what it sends.
        string apiKey = request.Headers["X-MBX-APIKEY"].ToString();
        ExchangeError? keyError = string.IsNullOrEmpty(apiKey) ? ExchangeError.ApiKeyFormat
            : !_authenticator.IsKnownKey(apiKey) ? ExchangeError.ApiKeyInvalid
            : null;
        if (keyError is not null)
        {
            await RefuseAsync(context, keyError, closeConnection: true);
            return false;
        }
        if (request.ContentLength > MaxBodyBytes)
        {
            await RefuseAsync(context, HttpRefusal.For(413), closeConnection: true);
            return false;
        }
        byte[]? body = await ReadBoundedAsync(request.Body, context.RequestAborted);
        if (body is null)
        {
            await RefuseAsync(context, HttpRefusal.For(413), closeConnection: true);
            return false;
        }
        request.Body = new MemoryStream(body, writable: false);
        request.ContentLength = body.Length;
        return true;
    }

    /// <summary>RefuseAsync answers with a Binance error (and, with <paramref name="closeConnection"/>, ends the connection instead of draining an unread body).</summary>
    public static async Task RefuseAsync(HttpContext context, ExchangeError error, bool closeConnection = false)
    {
        byte[] json = HttpRefusal.Json(error);
        HttpResponse response = context.Response;
        response.StatusCode = error.HttpStatus;
        response.ContentType = "application/json;charset=UTF-8";
        response.ContentLength = json.Length;
        if (closeConnection)
            response.Headers[HeaderNames.Connection] = "close";
        await response.Body.WriteAsync(json, context.RequestAborted);
    }

    private static bool HasBody(HttpRequest request) =>
        request.ContentLength > 0 || (request.ContentLength is null && request.HttpContext.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody == true);

    private async Task<byte[]?> ReadBoundedAsync(Stream body, CancellationToken ct)
    {
        var buffer = new MemoryStream();
        byte[] chunk = new byte[8192];
        while (true)
        {
            int n;
            try
            {
                n = await body.ReadAsync(chunk, ct);
            }
            catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                return null;
            }
            if (n == 0)
                return buffer.ToArray();
            if (buffer.Length + n > MaxBodyBytes)
                return null;
            buffer.Write(chunk, 0, n);
        }
    }
}
