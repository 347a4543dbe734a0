using System.Net;
using System.Net.WebSockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Skia.Trader.Binance.Connection;
using Skia.Trader.Binance.Endpoints;
using Skia.Trader.Binance.MarketData;
using Skia.Trader.Binance.Rest;
using Skia.Trader.Binance.Tests.Loopback;
using Skia.Trader.Core.Books;
using Skia.Trader.Core.Numerics;

namespace Skia.Trader.Binance.Tests.MarketData;

/// <summary>
/// The renewal handover step by step, against a scripted stream server on loopback (documented payload shapes): the
/// new connection runs ahead of the old one, so the handover must replay what only the new one delivered and drop
/// what both did. Each step waits for the client's state, so the order of events is fixed, not left to timing.
/// </summary>
public class RenewalHandoverTests
{
    private static string Diff(int id) =>
        $$$"""{"stream":"btcusdt@depth@100ms","data":{"e":"depthUpdate","E":{{{id}}},"s":"BTCUSDT","U":{{{id}}},"u":{{{id}}},"b":[["{{{100 + id}}}.00","{{{id}}}"]],"a":[]}}""";

    private static string Trade(int id) =>
        $$$"""{"stream":"btcusdt@trade","data":{"e":"trade","E":{{{id}}},"s":"BTCUSDT","t":{{{id}}},"p":"100.00","q":"1","T":{{{id}}},"m":true,"M":true}}""";

    private static async Task SendAsync(WebSocket socket, params string[] frames)
    {
        foreach (string frame in frames)
            await socket.SendAsync(Encoding.UTF8.GetBytes(frame), WebSocketMessageType.Text, true, CancellationToken.None);
    }

    [Fact]
    public async Task The_new_connection_running_ahead_is_replayed_and_repeats_are_dropped()
    {
        var oldMayGoOn = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var newMayGoOn = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        int connections = 0, beforeHandover = 0;
        MarketDataFeed? running = null;
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        await using WebApplication app = builder.Build();
        app.UseWebSockets();
        app.Run(async context =>
        {
            if (!context.WebSockets.IsWebSocketRequest)
            {
                // The snapshot, as of update 1 (not older than the first buffered diff, as the procedure requires).
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync("""{"lastUpdateId":1,"bids":[["101.00","1"]],"asks":[]}""");
                return;
            }
            using WebSocket socket = await context.WebSockets.AcceptWebSocketAsync();
            int n = Interlocked.Increment(ref connections);
            // A connection beyond the renewal's own while the handover is still open would be a reconnect. The next
            // renewal (the new connection, too, reaches its 200 ms age) may come after the handover on a slow machine.
            if (n > 2 && Volatile.Read(ref running)?.Renewals == 0) Interlocked.Increment(ref beforeHandover);
            try
            {
                if (n == 1)
                {
                    await SendAsync(socket, Diff(1), Diff(2), Trade(1));
                    await oldMayGoOn.Task; // the new connection is ahead now
                    await SendAsync(socket, Diff(3), Trade(2));
                }
                else if (n == 2)
                {
                    // Overlaps the old one from update 4 and trade 2 on, and runs ahead of it.
                    await SendAsync(socket, [.. Enumerable.Range(4, 7).Select(Diff), .. Enumerable.Range(2, 4).Select(Trade)]);
                    await newMayGoOn.Task;
                    await SendAsync(socket, Diff(11), Diff(12), Trade(5), Trade(6));
                }
                var buffer = new byte[1024];
                while (socket.State == WebSocketState.Open) await socket.ReceiveAsync(buffer, context.RequestAborted);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
            }
        });
        await app.StartAsync();
        var endpoint = BinanceEndpoint.Simulator(new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()));

        var statuses = new List<ConnectionStatus>();
        var tape = new List<long>();
        using var rest = new BinanceRestClient(endpoint);
        var feed = new MarketDataFeed(endpoint, rest, new MarketDataOptions
        {
            Symbols = ["BTCUSDT"],
            BookTickers = false,
            PublishInterval = TimeSpan.FromMilliseconds(10),
            PublishedLevels = 100,
            Connection = new ConnectionOptions
            {
                MaxConnectionAge = TimeSpan.FromMilliseconds(200),
                WatchdogPeriod = TimeSpan.FromMilliseconds(50),
                SilenceTimeout = TimeSpan.FromHours(1),
                RenewalHandoverLimit = TimeSpan.FromHours(1), // only the ids may decide here
            },
        });
        feed.ConnectionChanged += s => { lock (statuses) statuses.Add(s); };
        feed.TradeReceived += (_, t) => { lock (tape) tape.Add(t.TradeId); };
        SymbolFeed btc = feed.Symbols[0];
        Volatile.Write(ref running, feed);
        try
        {
            feed.Start();
            await Eventually.True(() => btc.SyncState == DepthSyncState.Synced && btc.Book.Latest?.LastUpdateId == 2, () => $"{btc.SyncState}");

            // The new connection's 11 frames are kept, not applied: the old one has not caught up to them.
            await Eventually.True(() => feed.RenewalFramesKept == 11, () => $"kept {feed.RenewalFramesKept}");
            Assert.Equal(0, feed.Renewals);
            Assert.Equal(2, btc.Book.Latest!.LastUpdateId);

            // The old connection delivers update 3 and trade 2: every stream now meets the new one's first event.
            oldMayGoOn.SetResult();
            await Eventually.True(() => feed.Renewals == 1, () => $"renewals {feed.Renewals}");
            newMayGoOn.SetResult();
            await Eventually.True(() => btc.Book.Latest?.LastUpdateId == 12, () => $"book at {btc.Book.Latest?.LastUpdateId}");

            Assert.Equal(0, btc.Gaps);
            Assert.Equal(1, btc.Resyncs);
            Assert.Equal(Enumerable.Range(1, 12).Reverse().Select(i => new BookLevel(Price.Parse($"{100 + i}"), Quantity.Parse($"{i}"))),
                btc.Book.Latest!.Bids.ToArray());
            await Eventually.True(() => { lock (tape) return tape.Count >= 6; }, () => $"tape {string.Join(",", tape)}");
            lock (tape) Assert.Equal([1L, 2, 3, 4, 5, 6], tape);
            lock (statuses)
            {
                Assert.DoesNotContain(statuses, s => s.State == ConnectionState.Reconnecting);
                Assert.Contains(statuses, s => s.Reason == "renewed before the 24 h cut: caught up on every symbol");
            }
            Assert.True(connections >= 2, $"{connections} connections");
            Assert.Equal(0, beforeHandover);
        }
        finally
        {
            oldMayGoOn.TrySetResult();
            newMayGoOn.TrySetResult();
            await feed.DisposeAsync();
            await app.StopAsync();
        }
    }
}
