namespace Skia.Trader.Exchange.Matching;

/// <summary>ExchangeError is an error answer in the exchange's words: HTTP status, Binance error code and message.</summary>
/// <param name="HttpStatus">HttpStatus is the HTTP status the REST API answers with.</param>
/// <param name="Code">Code is the Binance error code, e.g. -1013.</param>
/// <param name="Message">Message is the exact Binance message text.</param>
public sealed record ExchangeError(int HttpStatus, int Code, string Message)
{
    internal static readonly ExchangeError InvalidSymbol = new(400, -1121, "Invalid symbol.");
    internal static readonly ExchangeError InsufficientBalance = new(400, -2010, "Account has insufficient balance for requested action.");
    internal static readonly ExchangeError DuplicateOrder = new(400, -2010, "Duplicate order sent.");
    internal static readonly ExchangeError WouldTake = new(400, -2010, "Order would immediately match and take.");
    internal static readonly ExchangeError UnknownOrderCancel = new(400, -2011, "Unknown order sent.");
    internal static readonly ExchangeError OrderDoesNotExist = new(400, -2013, "Order does not exist.");
    internal static readonly ExchangeError BadSignature = new(400, -1022, "Signature for this request is not valid.");
    internal static readonly ExchangeError OutsideRecvWindow = new(400, -1021, "Timestamp for this request is outside of the recvWindow.");
    internal static readonly ExchangeError AheadOfServer = new(400, -1021, "Timestamp for this request was 1000ms ahead of the server's time.");
    internal static readonly ExchangeError RecvWindowTooLarge = new(400, -1131, "recvWindow must be less than 60000");
    internal static readonly ExchangeError ApiKeyFormat = new(401, -2014, "API-key format invalid.");
    internal static readonly ExchangeError ApiKeyInvalid = new(401, -2015, "Invalid API-key, IP, or permissions for action.");
    internal static readonly ExchangeError InvalidOrderType = new(400, -1116, "Invalid orderType.");
    internal static readonly ExchangeError InvalidSide = new(400, -1117, "Invalid side.");
    internal static readonly ExchangeError InvalidTimeInForce = new(400, -1115, "Invalid timeInForce.");
    internal static readonly ExchangeError InvalidInterval = new(400, -1120, "Invalid interval.");
    internal static readonly ExchangeError BadCombination = new(400, -1128, "Combination of optional parameters invalid.");
    internal static readonly ExchangeError StopWouldTrigger = new(400, -2010, "Order would trigger immediately.");
    internal static readonly ExchangeError IcebergExceedsQuantity = new(400, -2010, "IcebergQty exceeds QTY.");
    internal static readonly ExchangeError OcoBadPrices = new(400, -2010, "The relationship of the prices for the orders is not correct.");
    internal static readonly ExchangeError OcoTypeNotSupported = new(400, -1158, "Order type not supported in OCO.");
    internal static readonly ExchangeError OcoBothLimit = new(400, -1168, "At least one OCO order must be contingent.");
    internal static readonly ExchangeError UnsupportedCombination = new(400, -1014, "Unsupported order combination.");
    internal static readonly ExchangeError AmendIncrease = new(400, -2038, "Order amend (quantity increase) is not supported.");
    internal static readonly ExchangeError AmendNoChange = new(400, -2038, "The requested action would change no state; rejecting");
    internal static readonly ExchangeError AmendUnknownOrder = new(400, -2038, "Unknown order sent.");
    internal static readonly ExchangeError OrderListDoesNotExist = new(400, -2011, "Unknown order sent.");
    internal static readonly ExchangeError CancelNeedsOrderRef = new(400, -1102, "Param 'origClientOrderId' or 'orderId' must be sent, but both were empty/null!");
    internal static readonly ExchangeError UnknownRoute = new(404, -1000, "An unknown error occurred while processing the request.");
    internal static readonly ExchangeError TooManyRequests = new(429, -1003, "Too many requests; please use the websocket for live updates.");
    internal static readonly ExchangeError Disconnected = new(503, -1001, "Internal error; unable to process your request. Please try again.");

    /// <summary>Mandatory builds -1102 for a missing or empty parameter, in Binance's wording.</summary>
    internal static ExchangeError Mandatory(string name) =>
        new(400, -1102, $"Mandatory parameter '{name}' was not sent, was empty/null, or malformed.");

    /// <summary>NotRequired builds -1106 for a parameter sent where it does not belong.</summary>
    internal static ExchangeError NotRequired(string name) => new(400, -1106, $"Parameter '{name}' sent when not required.");

    /// <summary>MandatoryEither builds -1102 for a pair of alternatives of which neither was sent.</summary>
    internal static ExchangeError MandatoryEither(string first, string second) =>
        new(400, -1102, $"Param '{first}' or '{second}' must be sent, but both were empty/null!");

    /// <summary>TooMuchPrecision builds -1111 for a decimal with more decimals than the asset's 8 (Binance's wording since 2023-12-04).</summary>
    internal static ExchangeError TooMuchPrecision(string name) => new(400, -1111, $"Parameter '{name}' has too much precision.");

    /// <summary>Overflowed builds -1108 for a number too large to represent.</summary>
    internal static ExchangeError Overflowed(string name) => new(400, -1108, $"Parameter '{name}' overflowed.");

    /// <summary>IllegalInteger builds -1100 for an integer parameter (LONG/INT) that is not one.</summary>
    internal static ExchangeError IllegalInteger(string name) =>
        new(400, -1100, $"Illegal characters found in parameter '{name}'; legal range is '^[0-9]{{1,20}}$'.");

    /// <summary>IllegalValue builds -1100 for a malformed value.</summary>
    internal static ExchangeError IllegalValue(string name) =>
        new(400, -1100, $"Illegal characters found in parameter '{name}'; legal range is '^([0-9]{{1,20}})(\\.[0-9]{{1,20}})?$'.");

    /// <summary>Filter builds -1013 for a symbol filter failure, e.g. "Filter failure: LOT_SIZE".</summary>
    internal static ExchangeError Filter(string message) => new(400, -1013, message);
}
