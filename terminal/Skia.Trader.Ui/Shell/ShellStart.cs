namespace Skia.Trader.Ui.Shell;

/// <summary>ShellStart is what the command line asks of the shell at start, over the config file: a theme, a language.</summary>
/// <param name="Theme">"dark" or "light" from <c>--theme</c>, or null for the config's.</param>
/// <param name="Language">A language code from <c>--lang</c>, or null for the config's (by default the system locale's).</param>
public sealed record ShellStart(string? Theme = null, string? Language = null);
