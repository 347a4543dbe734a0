using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Skia.Trader.Exchange.Tests.Hosting;

/// <summary>The standalone simulator as a process: a service manager or a script stops it with SIGTERM.</summary>
public sealed class SimulatorProcessTests
{
    private const int SigTerm = 15;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);

    [Fact]
    public async Task Sigterm_stops_the_simulator_cleanly_and_frees_its_port()
    {
        string exe = Path.Combine(AppContext.BaseDirectory, "Skia.Trader.Exchange");
        var start = new ProcessStartInfo(exe, ["--port", "0", "--quiet-market"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        try
        {
            string? first = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
            Assert.NotNull(first);
            Assert.StartsWith("Skia.Trader.Exchange listening on ", first);
            var url = new Uri(first!["Skia.Trader.Exchange listening on ".Length..].Trim());
            using var http = new HttpClient { BaseAddress = url };
            Assert.Equal("{}", await http.GetStringAsync("api/v3/ping"));

            Assert.Equal(0, SendSignal(process.Id, SigTerm));
            // Generous: this is a liveness check (it used to hang forever), not a timing.
            using var exited = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await process.WaitForExitAsync(exited.Token);
            Assert.Equal(0, process.ExitCode);
            string rest = await process.StandardOutput.ReadToEndAsync();
            Assert.Contains("Skia.Trader.Exchange stopped", rest);
            await Assert.ThrowsAsync<HttpRequestException>(() => http.GetStringAsync("api/v3/ping"));
        }
        finally
        {
            if (!process.HasExited)
                process.Kill();
        }
    }
}
