namespace Skia.Trader.Binance.Tests.Loopback;

/// <summary>Eventually waits for a condition that asynchronous network work will make true, failing with a message if it never does.</summary>
internal static class Eventually
{
    // Generous: the limit only matters when something is broken, and CI machines are slow and shared.
    public static readonly TimeSpan DefaultLimit = TimeSpan.FromSeconds(30);

    public static async Task True(Func<bool> condition, Func<string> describe, TimeSpan? limit = null)
    {
        DateTime deadline = DateTime.UtcNow + (limit ?? DefaultLimit);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail("Condition never became true: " + describe());
            await Task.Delay(20);
        }
    }
}
