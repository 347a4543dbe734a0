namespace Skia.Trader.Binance.Rest.Wire;

/// <summary>ApiErrorDto is Binance's error body <c>{"code":-1121,"msg":"Invalid symbol."}</c>.</summary>
internal sealed class ApiErrorDto
{
    /// <summary>Code is the negative Binance error code.</summary>
    public int Code { get; set; }

    /// <summary>Msg is the exchange's message, shown to the user as is.</summary>
    public string? Msg { get; set; }
}
