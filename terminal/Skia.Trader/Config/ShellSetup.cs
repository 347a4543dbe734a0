using System.CommandLine;
using Skia.Toolkit.Hosting;
using Skia.Trader.Binance.Signing;
using Skia.Trader.Ui.Panels;
using Skia.Trader.Ui.Shell;

namespace Skia.Trader.Terminal.Config;

/// <summary>ShellSetup wires the shell into the program: the config files, the exchange choice and keys, the LIVE badge.</summary>
internal sealed class ShellSetup(ShellOptions options, System.CommandLine.Option<string?> exchange, Action<string> log)
{
    /// <summary>Shell is the shell, once <see cref="Load"/> ran.</summary>
    public TerminalShell? Shell { get; private set; }

    /// <summary>Load reads the config directory's files (selecting the language) before the screen is built.</summary>
    public void Load(ParseResult parsed)
    {
        Shell = new TerminalShell(options.Directory(parsed), new ShellStart(parsed.GetValue(options.Theme), parsed.GetValue(options.Language)));
        Shell.ProblemReported += log;
        Shell.Load();
    }

    /// <summary>Attach applies the files to the screen in the window and starts watching them; marks the header for a real exchange.</summary>
    public void Attach(IAppWindow window, TerminalScreen screen, ExchangeChoice choice, ApiCredentials? keys)
    {
        Shell!.Attach(screen.Content, screen, window.Root, window.Dispatcher.Post);
        // terminal.json's confirmOrders drives the ticket's confirm dialog, at start and after each good edit.
        screen.Ticket.ConfirmBeforeSend = Shell.Config.ConfirmOrders;
        Shell.ConfigApplied += config => screen.Ticket.ConfirmBeforeSend = config.ConfirmOrders;
        screen.ShowExchange(choice.Name, choice.IsLive, keys is not null);
        if (choice.IsLive) log(keys is null ? $"LIVE {choice.Name}: market data only (no API key: set {ApiKeys.KeyVariable} and {ApiKeys.SecretVariable}, or --key-file)" : $"LIVE {choice.Name}: trading with the given API key");
    }

    /// <summary>Choice reads --exchange (already validated).</summary>
    public ExchangeChoice Choice(ParseResult parsed) => ExchangeChoice.Parse(parsed.GetValue(exchange), out _)!;

    /// <summary>Keys finds the API keys for a real exchange (--key-file, else the environment), or null; <paramref name="error"/> says why none could be taken.</summary>
    public ApiCredentials? Keys(ParseResult parsed, ExchangeChoice choice, out string? error)
    {
        error = null;
        if (!choice.IsLive) return null;
        if (parsed.GetValue(options.KeyFile) is { } path) return ApiKeys.FromFile(path, out error);
        return ApiKeys.FromEnvironment(Environment.GetEnvironmentVariable, out error);
    }
}
