using Skia.Toolkit.Input;
using Skia.Toolkit.Testing;
using Skia.Toolkit.Theming;
using Skia.Toolkit.Widgets;
using Skia.Trader.Ui.Model;
using Skia.Trader.Ui.Panels;
using Skia.Trader.Ui.Session;
using Skia.Trader.Ui.Shell;
using Skia.Trader.Ui.Tests.Model;
using Skia.Trader.Ui.Text;
using static Skia.Trader.Ui.Tests.Panels.Fixtures;

namespace Skia.Trader.Ui.Tests.Panels;

/// <summary>
/// The terminal's dialogs and overlays from fixed data, dark and light, English and Chinese: the confirm-order dialog of
/// the ticket, the list of what changed while offline, and the hotkey list (F1).
/// </summary>
[Collection(LanguageCollection.Name)]
public sealed class DialogGoldenTests
{
    public static TheoryData<string, string> ThemesAndLanguages => new()
    {
        { "dark", "en" },
        { "light", "en" },
        { "dark", "zh-CN" },
        { "light", "zh-CN" },
    };

    [Theory]
    [MemberData(nameof(ThemesAndLanguages))]
    public void Confirm_order_dialog(string theme, string language)
    {
        using var _ = Language.Use(language);
        var ticket = new TicketPanel { ConfirmBeforeSend = true };
        var host = new PopupHost(ticket.View);
        using var window = new TestWindow(host, 560, 520);
        window.Root.Theme = Pick(theme);
        var model = new TicketModel(Btc, () => "skt-c1") { QuoteFree = Q("10000"), BaseFree = Q("0.5") };
        model.SetBook(P("59990"), P("60010"));
        ticket.Bind(model);
        var sent = 0;
        ticket.OrderSubmitted += _ => sent++;
        window.Click(ticket.PriceBox);
        window.Type("59950.5");
        window.Click(ticket.QuantityBox);
        window.Type("0.125");
        window.Click(ticket.SubmitButton);

        Dialog dialog = Assert.IsType<Dialog>(ticket.ConfirmDialog);
        Assert.Equal(TerminalStrings.Get("ticket.confirm.title"), dialog.Title);
        Assert.Equal(0, sent); // nothing leaves before the dialog says send
        window.MoveTo(2, 2); // no hover on the dialog's buttons
        RenderAssert.AssertRendersToImage(window, name: $"Dialog_confirm_{theme}_{language}");
    }

    [Theory]
    [MemberData(nameof(ThemesAndLanguages))]
    public void Changed_while_offline_dialog(string theme, string language)
    {
        using var _ = Language.Use(language);
        var host = new PopupHost(new Label(""));
        using var window = new TestWindow(host, 720, 520);
        window.Root.Theme = Pick(theme);
        var changes = new List<OfflineChange>
        {
            new("order skt-a1", "NEW 0/0.1", "FILLED 0.1/0.1"),
            new("order skt-a2", "NEW 0/0.25", "CANCELED 0/0.25"),
            new("balance BTC", "free 1 locked 0.1", "free 1.1 locked 0"),
            new("balance USDT", "free 85618.5 locked 5910.01", "free 79618.5 locked 5910.01"),
        };
        for (var i = 0; i < OfflineChangesDialog.MaxLines - 2; i++) changes.Add(new("order skt-b" + i, "NEW 0/0.01", "FILLED 0.01/0.01"));
        OfflineChangesDialog.Show(host, changes); // 14: twelve lines, then "and 2 more"
        window.RenderFrame();
        RenderAssert.AssertRendersToImage(window, name: $"Dialog_offline_{theme}_{language}");
    }

    [Theory]
    [MemberData(nameof(ThemesAndLanguages))]
    public void Hotkey_list(string theme, string language)
    {
        using var _ = Language.Use(language);
        var host = new PopupHost(new Label(""));
        using var window = new TestWindow(host, 760, 620);
        window.Root.Theme = Pick(theme);
        var map = TerminalHotkeys.CreateMap();
        var help = new HotkeyHelpOverlay(map, TerminalStrings.Table, "/home/trader/.config/skia-trader/terminal.json");
        help.Toggle(host);
        window.RenderFrame();
        Assert.True(help.IsOpen);
        RenderAssert.AssertRendersToImage(window, name: $"Hotkeys_{theme}_{language}");
        window.KeyPress(Key.Escape);
    }

    private static Theme Pick(string theme) => theme == "dark" ? Theme.Dark : Theme.Light;
}
