using Skia.Trader.Exchange.Market;

namespace Skia.Trader.Exchange.Streams;

/// <summary>
/// ReplayFeed plays a recording to each market-stream connection from its start, at the
/// recorded pace divided by <see cref="Speed"/> (0: as fast as the socket takes it), sending
/// each frame only to connections subscribed to its stream.
/// </summary>
internal sealed class ReplayFeed(ReplayRecording recording, double speed, CancellationToken stopping)
{
    public double Speed { get; } = speed;

    public void Attach(MarketStreamHub hub) => hub.ConnectionOpened += c => _ = PlayAsync(c);

    private async Task PlayAsync(MarketStreamConnection connection)
    {
        if (recording.Frames.Count == 0)
            return;
        double t0 = recording.Frames[0].Seconds;
        long opened = Environment.TickCount64;
        try
        {
            foreach (RecordedFrame frame in recording.Frames)
            {
                if (stopping.IsCancellationRequested || connection.Socket.State != System.Net.WebSockets.WebSocketState.Open)
                    return;
                if (Speed > 0)
                {
                    long due = opened + (long)((frame.Seconds - t0) * 1000 / Speed);
                    long wait = due - Environment.TickCount64;
                    if (wait > 0)
                        await Task.Delay(TimeSpan.FromMilliseconds(wait), stopping);
                }
                connection.Deliver(frame.Stream, frame.Data, () => frame.Frame);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
