namespace Skia.Toolkit.Settings;

/// <summary>ConfigDirectory finds the per-user configuration directory of an application, following the XDG base directory specification.</summary>
public static class ConfigDirectory
{
    /// <summary>
    /// ForApp returns <c>$XDG_CONFIG_HOME/&lt;app&gt;</c>, or <c>~/.config/&lt;app&gt;</c> when XDG_CONFIG_HOME is unset or
    /// not absolute (the specification says a relative value is to be ignored). The directory is not created.
    /// </summary>
    public static string ForApp(string appName) => ForApp(appName, Environment.GetEnvironmentVariable);

    /// <summary>ForApp resolves the directory with <paramref name="environment"/> standing in for the process environment (for tests and tools).</summary>
    public static string ForApp(string appName, Func<string, string?> environment)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(appName);
        ArgumentNullException.ThrowIfNull(environment);
        if (appName.IndexOfAny(['/', '\\']) >= 0 || appName is "." or "..") throw new ArgumentException($"'{appName}' is not a plain directory name.", nameof(appName));
        var xdg = environment("XDG_CONFIG_HOME");
        if (!string.IsNullOrEmpty(xdg) && Path.IsPathRooted(xdg)) return Path.Combine(xdg, appName);
        var home = environment("HOME");
        if (string.IsNullOrEmpty(home)) home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return Path.Combine(home, ".config", appName);
    }
}
