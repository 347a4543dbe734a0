namespace Skia.Trader.Exchange.Market;

/// <summary>RecordedFrame is one frame of a recorded combined stream: when it arrived, its stream name, the whole frame and its data payload.</summary>
internal sealed record RecordedFrame(double Seconds, string Stream, byte[] Frame, byte[] Data);
