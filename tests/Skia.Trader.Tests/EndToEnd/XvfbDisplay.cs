using System.Diagnostics;
using System.Globalization;

namespace Skia.Trader.Tests.EndToEnd;

/// <summary>
/// XvfbDisplay is a private X display for the end-to-end tests: an Xvfb of the tests' own, started on a display number
/// the X server picks itself (<c>-displayfd</c>, so two runs never race for one), stopped by PID when the tests end.
/// </summary>
public sealed class XvfbDisplay : IDisposable
{
    /// <summary>The screen's size: the terminal's 1440x900 window fits with room to spare.</summary>
    private const string Screen = "1600x1000x24";

    private readonly Process _server;

    /// <summary>Starts Xvfb and waits until it accepts clients.</summary>
    public XvfbDisplay()
    {
        var start = new ProcessStartInfo("Xvfb") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "-displayfd", "1", "-screen", "0", Screen, "-nolisten", "tcp" }) start.ArgumentList.Add(a);
        try
        {
            _server = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("Xvfb is not installed; ./test.sh installs it (and xdotool) on Debian: " + e.Message, e);
        }
        _server.ErrorDataReceived += (_, _) => { }; // drain: Xvfb's warnings must not fill the pipe
        _server.BeginErrorReadLine();
        // With -displayfd Xvfb writes its display number once it is ready for clients.
        Task<string?> line = _server.StandardOutput.ReadLineAsync();
        if (!line.Wait(TimeSpan.FromSeconds(20)) || line.Result is not { } number || !int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            Dispose();
            throw new InvalidOperationException("Xvfb did not report a display within 20 s");
        }
        Name = ":" + number.Trim();
    }

    /// <summary>Name is the display's name for DISPLAY (":93").</summary>
    public string Name { get; } = "";

    /// <summary>Dispose stops the server.</summary>
    public void Dispose()
    {
        try
        {
            if (!_server.HasExited) _server.Kill();
            _server.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
            // It was never started or is gone already.
        }
        _server.Dispose();
    }
}
