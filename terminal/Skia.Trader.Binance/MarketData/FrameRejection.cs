namespace Skia.Trader.Binance.MarketData;

/// <summary>FrameRejection says why a frame was not accepted; each reason has its own counter in <see cref="FrameCounters"/>.</summary>
public enum FrameRejection
{
    /// <summary>None: the frame was accepted.</summary>
    None,
    /// <summary>The bytes are not valid JSON (truncated, garbage, bad UTF-8).</summary>
    MalformedJson,
    /// <summary>Valid JSON whose shape matches no known message.</summary>
    UnknownShape,
    /// <summary>A known message missing a field it cannot do without.</summary>
    MissingField,
    /// <summary>A price, quantity or id that is not an exact number in range.</summary>
    BadNumber,
    /// <summary>A symbol this connection did not subscribe.</summary>
    UnknownSymbol,
}
