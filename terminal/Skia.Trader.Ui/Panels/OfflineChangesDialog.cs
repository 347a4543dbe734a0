using System.Globalization;
using Skia.Toolkit.Widgets;
using Skia.Trader.Ui.Session;
using Skia.Trader.Ui.Text;

namespace Skia.Trader.Ui.Panels;

/// <summary>
/// OfflineChangesDialog tells the user, after a reconnect, what changed while the terminal was offline (orders filled
/// or cancelled, balances moved), as the session's reconciliation found it: a toast with the count and a dialog
/// listing each change as "subject: before -> after".
/// </summary>
public static class OfflineChangesDialog
{
    /// <summary>MaxLines is how many changes the dialog lists before "and N more".</summary>
    public const int MaxLines = 12;

    /// <summary>Show shows the dialog listing the changes in (the screen also says it in one toast, OfflineChangeSummary) <paramref name="host"/>, and returns the dialog.</summary>
    /// <param name="host">The screen's popup host.</param>
    /// <param name="changes">The changes found after the reconnect.</param>
    public static Dialog Show(PopupHost host, IReadOnlyList<OfflineChange> changes)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(changes);
        var body = new Stack { Spacing = 2, Name = "offline-changes" };
        // A change wraps onto a second line rather than losing its end ("... -> free 79618.5 locked 59…"): the dialog is
        // at most 480 px wide, and the value after the arrow is the one the user needs.
        for (var i = 0; i < changes.Count && i < MaxLines; i++) body.Add(new Label(changes[i].ToString()) { Wrapping = Skia.Toolkit.Text.TextWrapping.Wrap });
        if (changes.Count > MaxLines)
            body.Add(new Label(string.Format(CultureInfo.InvariantCulture, TerminalStrings.Get("orders.offline.more"), changes.Count - MaxLines)));
        var dialog = new Dialog(TerminalStrings.Get("orders.offline.title"), body) { Name = "offline-dialog" };
        dialog.OkButton.Text = TerminalStrings.Get("orders.offline.ok");
        dialog.CancelButton.IsVisible = false;
        dialog.ShowModal(host);
        return dialog;
    }
}
