using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;

namespace Skia.Trader.Terminal.Production;

/// <summary>
/// CrashReport writes what a crash leaves behind: <c>crash-&lt;UTC time&gt;-&lt;pid&gt;.txt</c> in the log directory with
/// the exception and its stack, the versions (terminal, .NET, OS, architecture), the command line and the last log
/// lines. No secret goes in: the value of every environment variable whose name says it holds one (KEY, SECRET,
/// TOKEN, PASSWORD, PASSPHRASE, CREDENTIAL) and the user-info part of a URL are replaced by "[redacted]" everywhere
/// in the report, the exception's message included, and the environment itself is not written.
/// </summary>
internal static partial class CrashReport
{
    /// <summary>ExitCode is the terminal's exit code after a crash (BSD sysexits EX_SOFTWARE).</summary>
    public const int ExitCode = 70;

    private const string Redacted = "[redacted]";

    private static readonly string[] SecretNameParts = ["KEY", "SECRET", "TOKEN", "PASSWORD", "PASSPHRASE", "CREDENTIAL"];

    /// <summary>Write writes the report for <paramref name="exception"/> into <paramref name="directory"/> (created if needed) and returns its path; null when it could not be written (<paramref name="problem"/> says why).</summary>
    public static string? Write(Exception exception, string directory, IReadOnlyList<string> lastLogLines, out string? problem)
    {
        string name = "crash-" + DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmss.fff'Z'", CultureInfo.InvariantCulture) + "-"
            + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".txt";
        string path = Path.Combine(directory, name);
        try
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(path, Compose(exception, lastLogLines));
            problem = null;
            return path;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            problem = $"cannot write the crash report {path}: {e.Message}";
            return null;
        }
    }

    /// <summary>Compose is the report's text, redacted.</summary>
    public static string Compose(Exception exception, IReadOnlyList<string> lastLogLines)
    {
        var text = new StringBuilder();
        text.AppendLine("skia-trader crash report");
        text.Append("time: ").AppendLine(DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        text.Append("terminal: ").AppendLine(Version(Assembly.GetEntryAssembly()));
        text.Append("toolkit: ").AppendLine(Version(typeof(Skia.Toolkit.Hosting.Application).Assembly));
        text.Append(".NET: ").AppendLine(RuntimeInformation.FrameworkDescription);
        text.Append("os: ").Append(RuntimeInformation.OSDescription).Append(' ').AppendLine(RuntimeInformation.ProcessArchitecture.ToString());
        text.Append("process: ").Append(Environment.ProcessId.ToString(CultureInfo.InvariantCulture))
            .Append(", thread ").Append(Environment.CurrentManagedThreadId.ToString(CultureInfo.InvariantCulture))
            .Append(Thread.CurrentThread.Name is { } thread ? " (" + thread + ")" : "").AppendLine();
        text.Append("command line: ").AppendJoin(' ', Environment.GetCommandLineArgs().Skip(1)).AppendLine();
        text.AppendLine();
        text.AppendLine("exception:");
        text.AppendLine(exception.ToString());
        text.AppendLine();
        text.Append("last log lines (").Append(lastLogLines.Count.ToString(CultureInfo.InvariantCulture)).AppendLine("):");
        foreach (string line in lastLogLines) text.AppendLine(line);
        text.AppendLine();
        text.AppendLine("Open orders stay on the exchange: the terminal reconciles them (open-order list, balances) when it next connects.");
        return Redact(text.ToString());
    }

    /// <summary>Redact replaces every secret the environment holds, and URL user-info, by "[redacted]".</summary>
    public static string Redact(string text)
    {
        foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
        {
            if (variable.Key is not string key || variable.Value is not string value) continue;
            // A short value ("1", "yes") would redact half the report and is no secret worth the name.
            if (value.Length < 6 || !IsSecretName(key)) continue;
            text = text.Replace(value, Redacted, StringComparison.Ordinal);
        }
        return UrlUserInfo().Replace(text, "://" + Redacted + "@");
    }

    private static bool IsSecretName(string name)
    {
        foreach (string part in SecretNameParts)
        {
            if (name.Contains(part, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    private static string Version(Assembly? assembly) =>
        assembly?.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? assembly?.GetName().Version?.ToString()
        ?? "unknown";

    [GeneratedRegex(@"://[^/\s@]+@")]
    private static partial Regex UrlUserInfo();
}
