using System.Net.Sockets;
using Skia.Trader.Binance.Rest;

namespace Skia.Trader.Terminal;

/// <summary>
/// ConnectProblem turns a failure to start on an exchange into one line for the user, or null when the failure is not
/// one of the expected ones (a bug, which must not be dressed up as a network problem).
/// </summary>
internal static class ConnectProblem
{
    /// <summary>Binance's code for a symbol it does not list ("Invalid symbol.", BINANCE.md).</summary>
    private const int InvalidSymbol = -1121;

    /// <summary>Describe says what went wrong connecting to <paramref name="exchange"/> for <paramref name="symbols"/>.</summary>
    /// <param name="failure">What the connection attempt threw.</param>
    /// <param name="exchange">The exchange's address (null when the in-process simulator did not start).</param>
    /// <param name="symbols">The symbols asked for on the command line.</param>
    public static string? Describe(Exception failure, Uri? exchange, IReadOnlyList<string> symbols)
    {
        var where = exchange is null ? "the in-process exchange" : "the exchange at " + exchange;
        return failure switch
        {
            BinanceApiException { Code: InvalidSymbol } => $"{where} does not list {string.Join(",", symbols)} (\"{failure.Message}\"): check --symbols",
            // No answer at all (refused, reset, timed out): nothing listens there, or it is not an exchange.
            BinanceApiException { HttpStatus: 0 } => $"cannot reach {where}: {failure.Message}",
            BinanceApiException e => $"{where} refused to start the session: HTTP {e.HttpStatus}, code {e.Code}: {e.Message}",
            HttpRequestException or IOException or SocketException or TaskCanceledException or InvalidOperationException
                => $"cannot reach {where}: {failure.Message}",
            _ => null,
        };
    }
}
