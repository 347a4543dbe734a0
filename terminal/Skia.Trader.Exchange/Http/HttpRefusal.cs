using Skia.Trader.Exchange.Json;
using Skia.Trader.Exchange.Matching;

namespace Skia.Trader.Exchange.Http;

/// <summary>
/// HttpRefusal is the Binance-shaped JSON error for a request refused before any route sees it:
/// by Kestrel itself (a request line, header block or body over the limit, a malformed request)
/// or by <see cref="RequestScreen"/>. Binance documents the codes, not a message for each case
/// ("codes are universal, but messages can vary", errors.md), so these say what was wrong.
/// </summary>
internal static class HttpRefusal
{
    /// <summary>For returns the error a refusal with HTTP <paramref name="status"/> answers with.</summary>
    public static ExchangeError For(int status) => status switch
    {
        400 => new ExchangeError(400, -1000, "Malformed HTTP request."),
        403 => NotAuthorized,
        404 => ExchangeError.UnknownRoute,
        405 => new ExchangeError(405, -1000, "HTTP method not allowed."),
        408 => new ExchangeError(408, -1000, "The request was not received in time."),
        411 => new ExchangeError(411, -1000, "Content-Length required."),
        413 => new ExchangeError(413, -1000, "Request body too large."),
        414 => new ExchangeError(414, -1000, "Request URL too long."),
        431 => new ExchangeError(431, -1000, "Request headers too large."),
        >= 500 => new ExchangeError(status, -1001, ExchangeError.Disconnected.Message),
        _ => new ExchangeError(status, -1000, "An unknown error occurred while processing the request."),
    };

    /// <summary>NotAuthorized is -1002 (UNAUTHORIZED), the answer to a request from a host or origin the simulator does not serve.</summary>
    public static readonly ExchangeError NotAuthorized = new(403, -1002, "You are not authorized to execute this request.");

    /// <summary>Json is the error's body, <c>{"code":..,"msg":".."}</c>.</summary>
    public static byte[] Json(ExchangeError error) => RestJson.Error(error.Code, error.Message);
}
