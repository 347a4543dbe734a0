using System.Globalization;
using System.Text;
using Skia.Trader.Ui.Session;
using Skia.Trader.Ui.Text;

namespace Skia.Trader.Ui.Model;

/// <summary>
/// OfflineChangeSummary tells the user, in one line, what the reconciliation after a reconnect found changed while the
/// terminal was offline (orders filled or cancelled elsewhere, orders placed by another client, balances), so nothing
/// changes behind their back unannounced.
/// </summary>
public static class OfflineChangeSummary
{
    /// <summary>MaxListed is how many changes the line names before "(+n more)": a toast is read at a glance.</summary>
    public const int MaxListed = 4;

    /// <summary>Describe writes "Reconnected. Changed while offline: order x: NEW 0/1 -> CANCELED 0/1; ..." or that nothing changed.</summary>
    /// <param name="changes">The session's offline changes, orders and balances.</param>
    public static string Describe(IReadOnlyList<OfflineChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0) return TerminalStrings.Get("common.reconnected_nothing_changed");
        var text = new StringBuilder(TerminalStrings.Get("common.reconnected_changed")).Append(' ');
        // Orders first: they are what a trader acts on; balances follow from them.
        var listed = 0;
        foreach (var pass in new[] { true, false })
        {
            foreach (OfflineChange change in changes)
            {
                if (change.Subject.StartsWith("order ", StringComparison.Ordinal) != pass) continue;
                if (listed == MaxListed) break;
                if (listed > 0) text.Append("; ");
                text.Append(change);
                listed++;
            }
        }
        if (changes.Count > listed) text.Append(CultureInfo.InvariantCulture, $" (+{changes.Count - listed})");
        return text.ToString();
    }
}
