using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Skia.Toolkit.Tests.Platform;

namespace Skia.Toolkit.Tests.Hosting;

/// <summary>
/// An app on the host asked to stop (SIGTERM from a service manager or a test harness) ends its run
/// as if its window were closed: exit 0, the --markup and --screenshot asked for written, its own clean-up done (the
/// gallery prints its summary line after the run). Before, the runtime ended the process at once (exit 143, no files).
/// </summary>
[Collection(DisplayCollection.Name)]
public class StopSignalTests
{
    [Theory]
    // SIGINT takes the same path, but is not tested here: a shell starts background jobs (a CI step, `./test.sh &`) with
    // SIGINT ignored, the ignore is inherited, and the runtime keeps an ignored signal ignored.
    [InlineData("TERM", "--headless")]
    [InlineData("TERM", "--window")]
    public async Task A_stop_signal_ends_the_run_cleanly_and_writes_the_files_asked_for(string signal, string mode)
    {
        var dir = Directory.CreateTempSubdirectory("host-signal-");
        try
        {
            var markup = Path.Combine(dir.FullName, "tree.txt");
            var screenshot = Path.Combine(dir.FullName, "shown.png");
            var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var a in new[] { GalleryProcess.Dll(), mode, "--backend", "raster", "--scale", "1", "--exit-after", "600", "--verbose", "--markup", markup, "--screenshot", screenshot })
                start.ArgumentList.Add(a);
            using var process = Process.Start(start)!;
            var stderr = new ConcurrentQueue<string>();
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) stderr.Enqueue(e.Data); };
            process.BeginErrorReadLine();
            var stdout = process.StandardOutput.ReadToEndAsync();
            try
            {
                // The window is open (Started ran): the run is in its loop, where a signal must end it cleanly.
                var clock = Stopwatch.StartNew();
                while (!stderr.Any(l => l.StartsWith("startup: window", StringComparison.Ordinal)))
                {
                    Assert.False(process.HasExited, "the gallery ended before its window opened:\n" + string.Join('\n', stderr));
                    Assert.True(clock.Elapsed < TimeSpan.FromSeconds(120), "the gallery's window never opened:\n" + string.Join('\n', stderr));
                    Thread.Sleep(20);
                }
                using (var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-" + signal, process.Id.ToString(CultureInfo.InvariantCulture) } })!)
                    kill.WaitForExit();
                Assert.True(process.WaitForExit(TimeSpan.FromSeconds(120)), "the gallery did not stop on SIG" + signal);
                process.WaitForExit(); // drains the standard-error reader
            }
            finally
            {
                if (!process.HasExited) process.Kill(entireProcessTree: true);
            }

            var errors = string.Join('\n', stderr);
            Assert.True(process.ExitCode == 0, $"exit {process.ExitCode} on SIG{signal}:\n{errors}");
            Assert.Contains("gallery: tab 0 ", await stdout, StringComparison.Ordinal); // the app's code after the run ran
            Assert.Contains($"gallery: wrote {markup} (widget tree markup)", errors, StringComparison.Ordinal);
            Assert.Contains($"gallery: wrote {screenshot} (960x744, raster)", errors, StringComparison.Ordinal);
            Assert.StartsWith("PopupHost (0,0 960x744)", File.ReadAllText(markup), StringComparison.Ordinal); // the whole tree, laid out
            Assert.True(new FileInfo(screenshot).Length > 10_000, "a PNG of the whole window");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
