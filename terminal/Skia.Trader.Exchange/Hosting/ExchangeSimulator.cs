using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.AspNetCore.WebSockets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Skia.Trader.Core.Symbols;
using Skia.Trader.Exchange.Faults;
using Skia.Trader.Exchange.Http;
using Skia.Trader.Exchange.Http.RateLimits;
using Skia.Trader.Exchange.Market;
using Skia.Trader.Exchange.Matching;
using Skia.Trader.Exchange.Streams;
using Skia.Trader.Exchange.WebSocketApi;
using MsOptions = Microsoft.Extensions.Options.Options;

namespace Skia.Trader.Exchange.Hosting;

/// <summary>
/// ExchangeSimulator is a Binance-compatible exchange on loopback: Kestrel on 127.0.0.1 (one
/// port for REST, market streams at /ws/&lt;stream&gt; and /stream?streams=, and the WebSocket
/// API at /ws-api/v3), a matching engine, and either a synthetic market or a recorded replay.
/// Use it standalone (the program Skia.Trader.Exchange, ../Skia.Trader.Exchange.Host) or in-process: <c>await using var sim = new ExchangeSimulator();
/// Uri url = await sim.StartAsync();</c>, then assert on <see cref="Ledger"/> and break things with <see cref="Faults"/>.
/// </summary>
public sealed class ExchangeSimulator : IAsyncDisposable
{
    // The server pings every 20 s and drops a client that has not answered within a minute (BINANCE.md).
    private static readonly TimeSpan PingInterval = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan PongTimeout = TimeSpan.FromSeconds(60);
    // The clock that drives the synthetic market and the stream flushes: fine enough for 100 ms streams.
    private static readonly TimeSpan ClockPeriod = TimeSpan.FromMilliseconds(25);
    // Request size limits (Kestrel's defaults, stated where a reader of the contract can find them: BINANCE.md).
    internal const int MaxRequestLineBytes = 8 * 1024, MaxRequestHeaderBytes = 32 * 1024, MaxRequestHeaderCount = 100;

    private readonly MatchingEngine _engine;
    private readonly MarketStreamHub _streams = new();
    private readonly WebSocketApiHub _webSocketApi;
    private readonly MarketFeed _feed;
    private readonly RestApi _rest;
    private readonly RequestScreen _screen;
    private readonly SyntheticMarket? _market;
    private readonly CancellationTokenSource _stopping = new();
    private KestrelServer? _server;
    private Task? _clock;

    /// <summary>ExchangeSimulator builds the exchange (nothing listens until <see cref="StartAsync"/>).</summary>
    public ExchangeSimulator(ExchangeOptions? options = null)
    {
        Options = options ?? new ExchangeOptions();
        _engine = new MatchingEngine(Options.Time, Options.MakerCommission, Options.TakerCommission);
        var authenticator = new RequestAuthenticator(Options.Credentials, Options.Time);
        _webSocketApi = new WebSocketApiHub(authenticator, _engine) { WeightPerMinute = Options.WebSocketApiWeightPerMinute };
        _screen = new RequestScreen(authenticator, Options.AllowAnyHost, Options.MaxRequestBodyBytes);
        _streams.ConnectionLifetime = Options.ConnectionLifetime;
        _feed = new MarketFeed(_streams, _engine);
        var limits = new RestRateLimiter(Options.RateLimits, Options.Credentials.Select(c => c.ApiKey), Options.IpBanDuration, Options.Time);
        _engine.Observer = new ExchangeEvents(_feed, _webSocketApi, limits);
        Faults = new FaultInjector(_engine, _streams, _webSocketApi);
        Ledger = new ExchangeLedger(_engine);

        ReplayRecording? replay = null;
        if (Options.ReplayDirectory is { } dir)
        {
            replay = ReplayRecording.Load(dir);
            if (replay.Snapshots.Count == 0)
                throw new InvalidDataException($"'{dir}' holds no recorded depth snapshot, so there is no symbol to replay.");
            foreach (SymbolInfo info in replay.InferSymbols())
                _engine.AddSymbol(info);
            _feed.Publishing = false;
            new ReplayFeed(replay, Options.ReplaySpeed, _stopping.Token).Attach(_streams);
        }
        else
        {
            foreach (SyntheticSymbol s in Options.Symbols)
                _engine.AddSymbol(s.Info);
            if (Options.SyntheticMarket)
            {
                _market = new SyntheticMarket(_engine, Options.Symbols, Options.Seed, Options.DepthUpdatesPerSecond);
                _market.Seed();
                long now = _engine.Now;
                foreach (SyntheticSymbol s in Options.Symbols)
                    KlineHistory.Generate(_feed.For(s.Info.Symbol), s, Options.Seed, Options.KlineHistoryMinutes, now);
            }
        }
        foreach (ApiCredential c in Options.Credentials)
        {
            Account account = _engine.GetOrAddAccount(c.ApiKey);
            foreach (var (asset, amount) in Options.InitialBalances)
                account.Deposit(asset, amount.Raw);
        }
        _rest = new RestApi(_engine, authenticator, Faults, _feed, replay, limits);
        _webSocketApi.Orders = new WebSocketApiOrderMethods(_rest, _engine, authenticator, Faults);
    }

    /// <summary>Options are the settings the simulator was built with.</summary>
    public ExchangeOptions Options { get; }

    /// <summary>Ledger is the record of orders, trades and balances, for assertions.</summary>
    public ExchangeLedger Ledger { get; }

    /// <summary>Faults breaks REST calls and stream connections on demand.</summary>
    public FaultInjector Faults { get; }

    /// <summary>Symbols are the pairs the exchange lists.</summary>
    public IReadOnlyList<SymbolInfo> Symbols => _engine.Books.Values.Select(b => b.Info).ToList();

    /// <summary>BaseAddress is the REST root, e.g. http://127.0.0.1:54321/ (set by <see cref="StartAsync"/>).</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>StreamAddress is the market-stream root, e.g. ws://127.0.0.1:54321/ (append ws/&lt;stream&gt; or stream?streams=).</summary>
    public Uri StreamAddress => new($"ws://{BaseAddress.Authority}/");

    /// <summary>WebSocketApiAddress is the WebSocket API endpoint, ws://127.0.0.1:port/ws-api/v3.</summary>
    public Uri WebSocketApiAddress => new($"ws://{BaseAddress.Authority}/ws-api/v3");

    /// <summary>MarketStreamConnectionCount is how many market-stream clients are connected now.</summary>
    public int MarketStreamConnectionCount => _streams.ConnectionCount;

    /// <summary>MarketPaused stops (true) or resumes the synthetic makers and takers, for tests that need a still book.</summary>
    public bool MarketPaused
    {
        get => _market?.Paused ?? true;
        set
        {
            if (_market is not null)
                _market.Paused = value;
        }
    }

    /// <summary>StartAsync starts listening on 127.0.0.1 at <see cref="ExchangeOptions.Port"/> (0: a free port) and returns the REST base address.</summary>
    public async Task<Uri> StartAsync(CancellationToken cancellationToken = default)
    {
        if (_server is not null)
            throw new InvalidOperationException("The simulator is already started.");
        // Kestrel on its own, without WebApplication: no generic host, configuration, dependency injection or logging
        // providers, which the simulator never uses and which would otherwise be compiled into every executable that
        // hosts it (the terminal's, NativeAOT: perf/README.md, u-exsplit). UseKestrelCore's choice stands: plain HTTP on
        // loopback, no HTTPS configuration, no QUIC.
        var kestrel = new KestrelServerOptions
        {
            AddServerHeader = false,
            // Kestrel's limits, stated: a Binance request is a few hundred bytes. Kestrel refuses
            // more itself (414, 431, 413) and RefusalBodyWriter gives those refusals a JSON body.
            Limits =
            {
                MaxRequestLineSize = MaxRequestLineBytes,
                MaxRequestHeadersTotalSize = MaxRequestHeaderBytes,
                MaxRequestHeaderCount = MaxRequestHeaderCount,
                MaxRequestBodySize = Options.MaxRequestBodyBytes,
            },
        };
        kestrel.Listen(IPAddress.Loopback, Options.Port, listen => listen.Use(next => async connection =>
        {
            System.IO.Pipelines.IDuplexPipe transport = connection.Transport;
            connection.Transport = new DuplexPipe(transport.Input, new RefusalBodyWriter(transport.Output));
            await next(connection);
        }));
        ILoggerFactory logs = NullLoggerFactory.Instance;
        // Before the WebSocket middleware reads the upgrade feature: client text frames reach the hubs as
        // binary, so invalid UTF-8 is answered by the hub instead of a 1007 close by .NET.
        var webSockets = new WebSocketMiddleware(HandleAsync, MsOptions.Create(new WebSocketOptions { KeepAliveInterval = PingInterval, KeepAliveTimeout = PongTimeout }), logs);
        RequestDelegate pipeline = context =>
        {
            if (context.Features.Get<IHttpUpgradeFeature>() is { IsUpgradableRequest: true } upgrade)
                context.Features.Set<IHttpUpgradeFeature>(new RelabelingUpgradeFeature(upgrade));
            return webSockets.Invoke(context);
        };
        var server = new KestrelServer(MsOptions.Create(kestrel), new SocketTransportFactory(MsOptions.Create(new SocketTransportOptions()), logs), logs);
        try
        {
            await server.StartAsync(new ExchangeHttpApplication(pipeline), cancellationToken);
        }
        catch
        {
            server.Dispose();
            throw;
        }
        _server = server;
        string address = server.Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.TrimEnd('/') + "/");
        _clock = RunClockAsync(_stopping.Token);
        return BaseAddress;
    }

    /// <summary>StopAsync closes every connection and stops listening.</summary>
    public async Task StopAsync()
    {
        await _stopping.CancelAsync();
        foreach (MarketStreamConnection c in _streams.Connections)
            c.Abort();
        foreach (WebSocketPeer p in _webSocketApi.Peers)
            p.Abort();
        if (_clock is not null)
            await _clock;
        if (_server is not null)
        {
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await _server.StopAsync(grace.Token);
            _server.Dispose();
            _server = null;
        }
    }

    /// <summary>DisposeAsync stops the simulator.</summary>
    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stopping.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        if (!await _screen.AdmitAsync(context))
            return;
        string path = context.Request.Path.Value ?? "/";
        if (!context.WebSockets.IsWebSocketRequest)
        {
            await _rest.HandleAsync(context);
            return;
        }
        CancellationToken ct = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token, context.RequestAborted).Token;
        if (path == "/ws-api/v3")
        {
            await _webSocketApi.RunAsync(await context.WebSockets.AcceptWebSocketAsync(), ct);
        }
        else if (path == "/stream" || path == "/ws" || path.StartsWith("/ws/", StringComparison.Ordinal))
        {
            bool combined = path == "/stream";
            string[] streams = MarketStreamHub.ParseStreamList(combined ? context.Request.Query["streams"].ToString() : path.Length > 4 ? path[4..] : "");
            if (streams.Length > MarketStreamHub.MaxStreamsPerConnection)
            {
                await RequestScreen.RefuseAsync(context, MarketStreamHub.TooManyStreams(streams.Length));
                return;
            }
            await _streams.RunAsync(await context.WebSockets.AcceptWebSocketAsync(), combined, streams, ct);
        }
        else
        {
            await RequestScreen.RefuseAsync(context, ExchangeError.UnknownRoute);
        }
    }

    private async Task RunClockAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(ClockPeriod);
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                long now = _engine.Now;
                _market?.Step(now);
                _feed.Tick(now);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
