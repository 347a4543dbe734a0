namespace Skia.Trader.Binance.Connection;

/// <summary>FrameHandler receives one complete text frame; the span is valid only during the call (it lives in a pooled buffer).</summary>
internal delegate void FrameHandler(ReadOnlySpan<byte> frame);
