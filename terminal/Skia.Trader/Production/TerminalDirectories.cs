using Skia.Toolkit.Settings;

namespace Skia.Trader.Terminal.Production;

/// <summary>
/// TerminalDirectories are where the terminal keeps its files, per the XDG base directory specification: its config
/// (<c>$XDG_CONFIG_HOME/skia-trader</c>, else <c>~/.config/skia-trader</c>) and its logs and crash reports
/// (<c>$XDG_STATE_HOME/skia-trader/log</c>, else <c>~/.local/state/skia-trader/log</c>). Under the sandbox these are
/// the only places the terminal may write.
/// </summary>
internal sealed record TerminalDirectories(string Config, string Logs)
{
    /// <summary>AppName names both directories.</summary>
    public const string AppName = "skia-trader";

    /// <summary>FromEnvironment resolves both directories from the process environment (nothing is created).</summary>
    public static TerminalDirectories FromEnvironment() => From(Environment.GetEnvironmentVariable);

    /// <summary>From resolves both directories with <paramref name="environment"/> standing in for the process environment.</summary>
    public static TerminalDirectories From(Func<string, string?> environment)
    {
        string config = ConfigDirectory.ForApp(AppName, environment);
        // The specification ignores a relative XDG_STATE_HOME, as ConfigDirectory does XDG_CONFIG_HOME.
        string? state = environment("XDG_STATE_HOME");
        if (string.IsNullOrEmpty(state) || !Path.IsPathRooted(state))
        {
            string? home = environment("HOME");
            if (string.IsNullOrEmpty(home)) home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            state = Path.Combine(home, ".local", "state");
        }
        return new TerminalDirectories(config, Path.Combine(state, AppName, "log"));
    }
}
