using System.Diagnostics;

namespace Skia.Trader.Exchange.Tests.Hosting;

/// <summary>ProgramRun runs a built program of the repository as a process and collects what it printed.</summary>
internal static class ProgramRun
{
    /// <summary>Result is the exit code and the two output streams.</summary>
    public sealed record Result(int ExitCode, string Stdout, string Stderr)
    {
        public string[] ErrorLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>RunAsync runs <paramref name="program"/> (an apphost next to the tests) to its end; a generous deadline catches a hang.</summary>
    public static async Task<Result> RunAsync(string program, IEnumerable<string> args, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, program), args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;
        using var process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60)); // liveness: these used to hang or run forever
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} did not end: {await stderr}");
        }
        return new Result(process.ExitCode, await stdout, await stderr);
    }
}
