using System.ComponentModel;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Skia.Trader.Sandbox.Tests.Probe;

/// <summary>
/// SandboxProbe is the entry point of the test assembly when <see cref="ProbeRun"/> starts it as a
/// child process: <c>probe &lt;scenario&gt; sandbox|control &lt;config&gt; &lt;log&gt; &lt;outside&gt;</c>.
/// With "sandbox" it applies <see cref="LinuxSandbox"/> first, with "control" it does not, so every
/// refusal the tests see is shown to be the sandbox's doing. It prints one <c>key=value</c> per line.
/// </summary>
public static class SandboxProbe
{
    /// <summary>Runs one scenario; exit code 0 when the scenario ran to its end (whatever it observed).</summary>
    public static int Main(string[] args)
    {
        if (args.Length != 6 || args[0] != "probe")
        {
            Console.Error.WriteLine("usage: probe <exec|privileged|write|work|options|window-gl|window-vulkan|window-raster> sandbox|control <config> <log> <outside>");
            return 64;
        }
        var (scenario, sandbox, config, log, outside) = (args[1], args[2] == "sandbox", args[3], args[4], args[5]);
        return scenario switch
        {
            "exec" => Exec(sandbox, config, log),
            "privileged" => Privileged(sandbox, config, log),
            "write" => Write(sandbox, config, log, outside),
            "work" => Work(sandbox, config, log).GetAwaiter().GetResult(),
            "options" => Options(config, log, outside),
            "window-gl" => WindowProbe.Run(Skia.Toolkit.Platform.RenderBackendKind.Gl, sandbox, config, log, Report),
            "window-vulkan" => WindowProbe.Run(Skia.Toolkit.Platform.RenderBackendKind.Vulkan, sandbox, config, log, Report),
            "window-raster" => WindowProbe.Run(Skia.Toolkit.Platform.RenderBackendKind.Raster, sandbox, config, log, Report),
            _ => throw new ArgumentException("unknown scenario " + scenario),
        };
    }

    private static void Report(string key, object? value) => Console.Out.WriteLine(key + "=" + value);

    private static void ApplySandbox(bool sandbox, string config, string log)
    {
        if (!sandbox)
            return;
        var result = LinuxSandbox.Apply(new SandboxOptions { ConfigDirectory = config, LogDirectory = log });
        Report("summary", result.Summary);
        Report("seccomp_applied", result.SeccompApplied);
        Report("refused_count", result.RefusedSyscallCount);
        Report("landlock_abi", result.LandlockAbi?.ToString() ?? "none");
        Report("landlock_unavailable", result.LandlockUnavailableReason ?? "");
        Report("landlock_scope", result.LandlockScope);
        Report("writable", string.Join('|', result.WritablePaths));
    }

    private static int Exec(bool sandbox, string config, string log)
    {
        // A thread that exists before the filter: TSYNC must cover it too.
        using var ready = new ManualResetEventSlim();
        using var go = new ManualResetEventSlim();
        string earlyThread = "";
        var early = new Thread(() => { ready.Set(); go.Wait(); earlyThread = StartTrue(); });
        early.Start();
        ready.Wait();

        ApplySandbox(sandbox, config, log);
        Report("exec_main", StartTrue());
        go.Set();
        early.Join();
        Report("exec_early_thread", earlyThread);
        Report("exec_pool", Task.Run(StartTrue).GetAwaiter().GetResult());
        ReportThreadStatus();
        if (sandbox)
            Report("execve", ProbeNative.Exec("/bin/true")); // without the filter the probe would become /bin/true here
        return 0;
    }

    private static string StartTrue()
    {
        try
        {
            using var process = Process.Start("/bin/true");
            process.WaitForExit();
            return "exit=" + process.ExitCode;
        }
        catch (Win32Exception e)
        {
            return "error=" + e.NativeErrorCode;
        }
    }

    /// <summary>Counts the process's threads and how many of them run under a seccomp filter with no_new_privs (/proc/self/task/*/status).</summary>
    private static void ReportThreadStatus()
    {
        int threads = 0, filtered = 0, noNewPrivs = 0;
        foreach (var task in Directory.EnumerateDirectories("/proc/self/task"))
        {
            string status;
            try { status = File.ReadAllText(Path.Combine(task, "status")); }
            catch (IOException) { continue; } // the thread ended meanwhile
            threads++;
            if (status.Contains("\nSeccomp:\t2\n", StringComparison.Ordinal))
                filtered++;
            if (status.Contains("\nNoNewPrivs:\t1\n", StringComparison.Ordinal))
                noNewPrivs++;
        }
        Report("threads", threads);
        Report("seccomp_filter_threads", filtered);
        Report("no_new_privs_threads", noNewPrivs);
    }

    private static int Privileged(bool sandbox, string config, string log)
    {
        using var sleeper = Process.Start("/bin/sleep", "30"); // a child to try to trace, started before the filter
        ApplySandbox(sandbox, config, log);
        const int PTRACE_ATTACH = 16, KEYCTL_GET_KEYRING_ID = 0, KEY_SPEC_PROCESS_KEYRING = -2;
        Report("ptrace_attach", ProbeNative.Call("ptrace", PTRACE_ATTACH, sleeper.Id));
        Report("process_vm_readv", ProbeNative.ReadOwnMemory());
        Report("setuid", ProbeNative.Call("setuid", (nint)ProbeNative.GetUid()));
        Report("setgid", ProbeNative.Call("setgid", (nint)ProbeNative.GetGid()));
        Report("keyctl", ProbeNative.Call("keyctl", KEYCTL_GET_KEYRING_ID, KEY_SPEC_PROCESS_KEYRING, 0));
        sleeper.Kill();
        return 0;
    }

    private static int Write(bool sandbox, string config, string log, string outside)
    {
        ApplySandbox(sandbox, config, log);
        Report("write_config", Try(() => File.WriteAllText(Path.Combine(config, "settings.json"), "{}")));
        Report("write_log", Try(() => File.AppendAllText(Path.Combine(log, "terminal.log"), "line\n")));
        Report("mkdir_config", Try(() => Directory.CreateDirectory(Path.Combine(config, "layouts"))));
        Report("write_outside", Try(() => File.WriteAllText(Path.Combine(outside, "new.txt"), "x")));
        Report("overwrite_outside", Try(() => File.WriteAllText(Path.Combine(outside, "existing.txt"), "x")));
        Report("mkdir_outside", Try(() => Directory.CreateDirectory(Path.Combine(outside, "sub"))));
        Report("move_to_outside", Try(() => File.Move(Path.Combine(config, "settings.json"), Path.Combine(outside, "moved.json"))));
        Report("delete_outside", Try(() => File.Delete(Path.Combine(outside, "existing.txt"))));
        Report("read_outside", Try(() => File.ReadAllText(Path.Combine(outside, "existing.txt"))));
        Report("write_dev_null", Try(() => File.WriteAllText("/dev/null", "x")));
        string threadWrite = "";
        var thread = new Thread(() => threadWrite = Try(() => File.WriteAllText(Path.Combine(outside, "thread.txt"), "x")));
        thread.Start();
        thread.Join();
        Report("thread_write_outside", threadWrite);
        Report("pool_write_outside", Task.Run(() => Try(() => File.WriteAllText(Path.Combine(outside, "pool.txt"), "x"))).GetAwaiter().GetResult());
        return 0;
    }

    /// <summary>A missing extra path is refused before anything is applied; a retry with an existing one makes it writable.</summary>
    private static int Options(string config, string log, string outside)
    {
        string missing = Path.Combine(outside, "missing");
        try
        {
            LinuxSandbox.Apply(new SandboxOptions { ConfigDirectory = config, LogDirectory = log, ExtraWritablePaths = [missing] });
            Report("missing_extra", "applied");
        }
        catch (SandboxException e)
        {
            Report("missing_extra", e.Message);
        }
        Report("no_new_privs_after_refusal", File.ReadAllText("/proc/self/status").Contains("\nNoNewPrivs:\t1\n", StringComparison.Ordinal));

        string extra = Directory.CreateDirectory(Path.Combine(outside, "extra")).FullName;
        var result = LinuxSandbox.Apply(new SandboxOptions { ConfigDirectory = config, LogDirectory = log, ExtraWritablePaths = [extra] });
        Report("retry_seccomp_applied", result.SeccompApplied);
        Report("landlock_abi", result.LandlockAbi?.ToString() ?? "none");
        Report("writable", string.Join('|', result.WritablePaths));
        Report("write_extra", Try(() => File.WriteAllText(Path.Combine(extra, "f.txt"), "x")));
        Report("write_outside", Try(() => File.WriteAllText(Path.Combine(outside, "new.txt"), "x")));
        return 0;
    }

    private static string Try(Action action)
    {
        try
        {
            action();
            return "ok";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "denied:" + e.GetType().Name;
        }
    }

    private static async Task<int> Work(bool sandbox, string config, string log)
    {
        ApplySandbox(sandbox, config, log);

        // A real HTTP round trip on loopback: TcpListener answering an HttpClient.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var server = Task.Run(async () =>
        {
            using var client = await listener.AcceptTcpClientAsync();
            using var stream = client.GetStream();
            var buffer = new byte[4096];
            int read = 0;
            while (!Encoding.ASCII.GetString(buffer, 0, read).Contains("\r\n\r\n", StringComparison.Ordinal))
                read += await stream.ReadAsync(buffer.AsMemory(read));
            await stream.WriteAsync("HTTP/1.1 200 OK\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello"u8.ToArray());
        });
        using (var http = new HttpClient())
            Report("http", await http.GetStringAsync($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/"));
        await server;

        var threads = Enumerable.Range(0, 4).Select(i => new Thread(() => Thread.SpinWait(1000))).ToArray();
        foreach (var t in threads) t.Start();
        foreach (var t in threads) t.Join();
        Report("threads_joined", threads.Length);

        long sum = 0;
        Parallel.For(0, 1000, i => Interlocked.Add(ref sum, i));
        Report("parallel_sum", sum);

        int gen2Before = GC.CollectionCount(2);
        var garbage = new List<byte[]>();
        for (int i = 0; i < 1000; i++)
            garbage.Add(new byte[10_000]);
        garbage.Clear();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        Report("gc_gen2_ran", GC.CollectionCount(2) > gen2Before);

        Report("read_file_bytes", File.ReadAllBytes(typeof(SandboxProbe).Assembly.Location).Length > 0);
        Report("dns_localhost", (await Dns.GetHostAddressesAsync("localhost")).Length > 0);
        await Task.Delay(10);
        Report("delay", "ok");

        if (sandbox)
        {
            try
            {
                LinuxSandbox.Apply(new SandboxOptions { ConfigDirectory = config, LogDirectory = log });
                Report("second_apply", "applied");
            }
            catch (InvalidOperationException e)
            {
                Report("second_apply", e.GetType().Name);
            }
        }
        return 0;
    }
}
