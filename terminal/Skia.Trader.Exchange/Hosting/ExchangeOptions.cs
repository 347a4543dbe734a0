using Skia.Trader.Core.Numerics;
using Skia.Trader.Exchange.Http;
using Skia.Trader.Exchange.Http.RateLimits;
using Skia.Trader.Exchange.Market;

namespace Skia.Trader.Exchange.Hosting;

/// <summary>ExchangeOptions configures an <see cref="ExchangeSimulator"/>: where it listens, what it trades, who may trade, and how lively it is.</summary>
public sealed class ExchangeOptions
{
    /// <summary>Port is the loopback TCP port to listen on; 0 picks a free one (tests).</summary>
    public int Port { get; set; }

    /// <summary>Seed makes the synthetic market's sequence of actions reproducible.</summary>
    public int Seed { get; set; } = 1;

    /// <summary>ReplayDirectory, when set, serves that recording (tests/data format) instead of the synthetic market.</summary>
    public string? ReplayDirectory { get; set; }

    /// <summary>ReplaySpeed divides the recorded pace (1: as recorded, 10: ten times faster, 0: as fast as possible).</summary>
    public double ReplaySpeed { get; set; } = 1;

    /// <summary>SyntheticMarket says whether synthetic makers and takers trade (ignored in replay mode). Off gives a quiet exchange with empty books.</summary>
    public bool SyntheticMarket { get; set; } = true;

    /// <summary>DepthUpdatesPerSecond is how many book-changing actions per symbol and second the synthetic market performs.</summary>
    public double DepthUpdatesPerSecond { get; set; } = 20;

    /// <summary>Symbols are the pairs traded (with their filters and start prices).</summary>
    public IList<SyntheticSymbol> Symbols { get; set; } = [.. SyntheticSymbol.Defaults];

    /// <summary>Credentials are the API keys accepted; each is its own account. Default: <see cref="ApiCredential.DefaultLocal"/>.</summary>
    public IList<ApiCredential> Credentials { get; set; } = [ApiCredential.DefaultLocal];

    /// <summary>InitialBalances fund every user account at start (asset -> amount).</summary>
    public IDictionary<string, Quantity> InitialBalances { get; set; } = new Dictionary<string, Quantity>(StringComparer.Ordinal)
    {
        ["USDT"] = Quantity.FromUnits(100_000),
        ["BTC"] = Quantity.FromUnits(2),
        ["ETH"] = Quantity.FromUnits(20),
        ["BNB"] = Quantity.FromUnits(100),
        ["SOL"] = Quantity.FromUnits(500),
    };

    /// <summary>MakerCommission is the commission rate of resting orders' fills (0.001 = 0.1%, Binance's base rate).</summary>
    public Quantity MakerCommission { get; set; } = Quantity.Parse("0.001");

    /// <summary>TakerCommission is the commission rate of incoming orders' fills.</summary>
    public Quantity TakerCommission { get; set; } = Quantity.Parse("0.001");

    /// <summary>ConnectionLifetime is when the exchange cuts every WebSocket connection (Binance: 24 h); shorten it to test proactive reconnects.</summary>
    public TimeSpan ConnectionLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// RateLimits are the REST limits enforced and listed in exchangeInfo's <c>rateLimits</c> (default: Binance's, see
    /// <see cref="RateLimit.BinanceDefaults"/>); tests set small ones, e.g. 50 request weight per 1 MINUTE.
    /// </summary>
    public IList<RateLimit> RateLimits { get; set; } = [.. RateLimit.BinanceDefaults];

    /// <summary>IpBanDuration is how long the first IP ban (HTTP 418) lasts; each further ban doubles it, up to 3 days (Binance: "from 2 minutes to 3 days").</summary>
    public TimeSpan IpBanDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>KlineHistoryMinutes is how many minutes of synthetic 1m klines (and coarser ones built from them) exist before start, so charts have a past.</summary>
    public int KlineHistoryMinutes { get; set; } = 1000;

    /// <summary>
    /// AllowAnyHost serves requests whatever their Host header and accepts cross-origin WebSocket
    /// upgrades. Off (the default), only loopback hosts (localhost, 127.0.0.0/8, [::1]) are served and
    /// an upgrade whose Origin is not loopback is refused, so a web page cannot reach the simulator
    /// through DNS rebinding with the documented default keys.
    /// </summary>
    public bool AllowAnyHost { get; set; }

    /// <summary>MaxRequestBodyBytes is the largest REST request body accepted (413 with a Binance error above it).</summary>
    public long MaxRequestBodyBytes { get; set; } = 64 * 1024;

    /// <summary>WebSocketApiWeightPerMinute is the request weight the WebSocket API accepts per minute from this (loopback) IP, as Binance's REQUEST_WEIGHT limit (6000); over it requests get 429 / -1003.</summary>
    public int WebSocketApiWeightPerMinute { get; set; } = 6000;

    /// <summary>Time is the clock the exchange uses for timestamps and recvWindow checks.</summary>
    public TimeProvider Time { get; set; } = TimeProvider.System;
}
