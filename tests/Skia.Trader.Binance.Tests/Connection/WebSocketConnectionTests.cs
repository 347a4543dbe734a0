using System.Net;
using System.Net.WebSockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Skia.Trader.Binance.Connection;
using Skia.Trader.Binance.Tests.Loopback;

namespace Skia.Trader.Binance.Tests.Connection;

public class WebSocketConnectionTests
{
    [Fact]
    public async Task Server_pings_are_answered_so_a_strict_server_keeps_the_connection()
    {
        // A server that pings every 100 ms and drops a client whose pong is 400 ms late: Binance's rule, faster.
        int accepted = 0, closedByTimeout = 0;
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        await using WebApplication app = builder.Build();
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromMilliseconds(100), KeepAliveTimeout = TimeSpan.FromMilliseconds(400) });
        app.Run(async context =>
        {
            using WebSocket socket = await context.WebSockets.AcceptWebSocketAsync();
            Interlocked.Increment(ref accepted);
            await socket.SendAsync("{\"hello\":1}"u8.ToArray(), WebSocketMessageType.Text, true, CancellationToken.None);
            try
            {
                var buffer = new byte[256];
                while (socket.State == WebSocketState.Open) await socket.ReceiveAsync(buffer, CancellationToken.None);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
                Interlocked.Increment(ref closedByTimeout);
            }
        });
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var uri = new Uri(address.Replace("http://", "ws://", StringComparison.Ordinal) + "/ws/test");

        var frames = new List<string>();
        var connection = new WebSocketConnection(() => uri, f => { lock (frames) frames.Add(Encoding.UTF8.GetString(f)); },
            new ConnectionOptions { SilenceTimeout = TimeSpan.FromMinutes(1) });
        connection.Start();
        await Eventually.True(() => connection.Status.State == ConnectionState.Connected && frames.Count == 1, () => connection.Status.ToString());

        // Ten ping intervals, each of which would end the connection without a pong.
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        Assert.Equal(ConnectionState.Connected, connection.Status.State);
        Assert.Equal(1, connection.Status.Connects);
        Assert.Equal(1, accepted);
        Assert.Equal(0, closedByTimeout);
        await connection.DisposeAsync(); // before the server stops, which waits for open sockets
        await app.StopAsync();
    }
}
