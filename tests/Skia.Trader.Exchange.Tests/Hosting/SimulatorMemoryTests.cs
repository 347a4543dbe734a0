using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using Xunit.Abstractions;

namespace Skia.Trader.Exchange.Tests.Hosting;

/// <summary>
/// The simulator process under hostile uploads: bodies sent without a key are refused before they
/// are read, so sixteen parallel 28 MiB uploads leave its resident memory where it was (before the
/// key was checked first, the same run took it from 1.7 to 2.4 GB for good).
/// </summary>
public sealed class SimulatorMemoryTests
{
    private const int Uploads = 16, UploadBytes = 28 * 1024 * 1024;

    private readonly ITestOutputHelper _output;

    public SimulatorMemoryTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task Sixteen_parallel_unauthenticated_28_MiB_uploads_do_not_grow_the_simulators_memory()
    {
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "Skia.Trader.Exchange"), ["--port", "0", "--quiet-market"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        try
        {
            string first = (await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60)))!;
            var url = new Uri(first["Skia.Trader.Exchange listening on ".Length..].Trim());
            using (var warm = new HttpClient { BaseAddress = url })
                await warm.GetStringAsync("api/v3/exchangeInfo");
            long before = ResidentBytes(process.Id);

            int[] statuses = await Task.WhenAll(Enumerable.Range(0, Uploads).Select(_ => UploadAsync(url)));
            long after = ResidentBytes(process.Id);
            _output.WriteLine($"simulator RSS before {before / (1 << 20)} MiB, after {Uploads} x {UploadBytes >> 20} MiB unauthenticated uploads {after / (1 << 20)} MiB");

            Assert.All(statuses, s => Assert.Equal(401, s));
            // Holding even one body would add 28 MiB; all of them 448 MiB.
            Assert.True(after - before < 24L << 20, $"RSS grew by {(after - before) >> 20} MiB");
        }
        finally
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
    }

    /// <summary>UploadAsync announces and streams a 28 MiB body without a key and returns the status the exchange answered with.</summary>
    private static async Task<int> UploadAsync(Uri url)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(url.Host, url.Port);
        NetworkStream stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(
            $"POST /api/v3/order HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {UploadBytes}\r\n\r\n"));
        Task<RawHttp.Response> answer = RawHttp.ReadResponseAsync(stream);
        byte[] chunk = new byte[64 * 1024];
        Array.Fill(chunk, (byte)'a');
        try
        {
            for (int sent = 0; sent < UploadBytes && !answer.IsCompleted; sent += chunk.Length)
                await stream.WriteAsync(chunk);
        }
        catch (IOException)
        {
            // The exchange answered and closed the connection: the rest of the body is not wanted.
        }
        return (await answer).Status;
    }

    private static long ResidentBytes(int pid)
    {
        foreach (string line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                return long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0]) * 1024;
        }
        throw new InvalidOperationException("no VmRSS in /proc status");
    }
}
