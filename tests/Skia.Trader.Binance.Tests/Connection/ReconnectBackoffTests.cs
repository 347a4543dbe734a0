using Skia.Trader.Binance.Connection;

namespace Skia.Trader.Binance.Tests.Connection;

public class ReconnectBackoffTests
{
    [Fact]
    public void Waits_grow_exponentially_with_jitter_up_to_the_cap_and_reset_after_success()
    {
        var backoff = new ReconnectBackoff(TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(2), seed: 7);
        double[] waits = Enumerable.Range(0, 8).Select(_ => backoff.NextDelay().TotalMilliseconds).ToArray();
        double[] ceilings = [100, 200, 400, 800, 1600, 2000, 2000, 2000];
        for (int i = 0; i < waits.Length; i++)
        {
            Assert.InRange(waits[i], ceilings[i] / 2, ceilings[i]);
        }
        Assert.NotEqual(waits[5], waits[6]); // jitter: clients dropped together do not return together
        backoff.Reset();
        Assert.InRange(backoff.NextDelay().TotalMilliseconds, 50, 100);
    }
}
