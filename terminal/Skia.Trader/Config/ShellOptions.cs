using System.CommandLine;
using Skia.Toolkit.Settings;
using Skia.Trader.Ui.Shell;

namespace Skia.Trader.Terminal.Config;

/// <summary>
/// ShellOptions are the shell's command-line options: <c>--config-dir DIR</c> (default: the user's config directory,
/// <c>~/.config/skia-trader</c>), <c>--theme dark|light</c>, <c>--lang CODE</c> (default: the config's, else the system
/// locale), <c>--key-file FILE</c> (API keys for a real exchange). Mistakes are one line and exit 64, like every option.
/// </summary>
internal sealed class ShellOptions
{
    /// <summary>AppName names the config directory under the user's config home.</summary>
    public const string AppName = "skia-trader";

    public ShellOptions(RootCommand command, Option<string?> exchange)
    {
        ConfigDir = new Option<string?>("--config-dir")
        {
            Description = "Directory of terminal.json, layout.json and strings.<lang>.json (default: $XDG_CONFIG_HOME/skia-trader or ~/.config/skia-trader).",
            HelpName = "DIR",
        };
        ConfigDir.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is not { } dir) return;
            if (dir.Length == 0 || File.Exists(dir)) r.AddError($"--config-dir '{dir}' is not a directory");
            else if (CannotCreate(dir) is { } why) r.AddError($"--config-dir '{dir}' cannot be created: {why}");
        });
        Theme = new Option<string?>("--theme") { Description = "dark or light (default: the config's, dark).", HelpName = "dark|light" };
        Theme.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } theme && !TerminalConfig.IsTheme(theme)) r.AddError($"--theme needs dark or light, not '{theme}'");
        });
        Language = new Option<string?>("--lang") { Description = "Language of the screen: en or zh-CN (default: the config's, else the system locale).", HelpName = "CODE" };
        Language.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } code && !IsKnownLanguage(code)) r.AddError($"--lang needs en or zh-CN, not '{code}'");
        });
        KeyFile = new Option<string?>("--key-file")
        {
            Description = "File of api_key=... and api_secret=... lines for --exchange binance|binance-testnet (mode 600: others may not read it).",
            HelpName = "FILE",
        };
        command.Options.Add(ConfigDir);
        command.Options.Add(Theme);
        command.Options.Add(Language);
        command.Options.Add(KeyFile);
        command.Validators.Add(r =>
        {
            if (r.GetValue(KeyFile) is { } path)
            {
                if (ExchangeChoice.Parse(r.GetValue(exchange), out _) is { IsLive: false }) r.AddError("--key-file is for a real exchange: add --exchange binance or --exchange binance-testnet");
                else if (ApiKeys.FromFile(path, out var error) is null) r.AddError(error!);
            }
            else if (ExchangeChoice.Parse(r.GetValue(exchange), out _) is { IsLive: true } && ApiKeys.FromEnvironment(Environment.GetEnvironmentVariable, out var envError) is null && envError is not null)
            {
                r.AddError(envError);
            }
        });
    }

    public Option<string?> ConfigDir { get; }

    public Option<string?> Theme { get; }

    public Option<string?> Language { get; }

    public Option<string?> KeyFile { get; }

    // A named directory that does not exist is made now (the terminal would make it to save its layout); one that cannot be
    // made (under /proc, a read-only mount, a file in the way) is a mistake on the command line, said before any window opens.
    private static string? CannotCreate(string dir)
    {
        try
        {
            System.IO.Directory.CreateDirectory(dir);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return e.Message;
        }
    }

    /// <summary>IsKnownLanguage tells whether the terminal has strings for <paramref name="code"/> ("en", "zh-CN", "zh").</summary>
    public static bool IsKnownLanguage(string code)
    {
        if (!TerminalConfig.IsLanguageCode(code) || code == TerminalConfig.SystemLanguage) return false;
        var primary = code.Split('-')[0];
        return primary.Equals("en", StringComparison.OrdinalIgnoreCase) || primary.Equals("zh", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Directory returns the config directory the parse result asks for.</summary>
    public string Directory(System.CommandLine.ParseResult parsed) =>
        parsed.GetValue(ConfigDir) is { } dir ? Path.GetFullPath(dir) : ConfigDirectory.ForApp(AppName);
}
