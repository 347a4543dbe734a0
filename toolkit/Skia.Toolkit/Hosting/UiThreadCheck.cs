using System.Runtime.CompilerServices;
using Skia.Toolkit.Core;
using Skia.Toolkit.Threading;

namespace Skia.Toolkit.Hosting;

/// <summary>
/// UiThreadCheck makes a widget's public mutations (Label.Text, Table.Refresh, LineChart.Append, Panel.Add, ...)
/// throw when called off the UI thread of the window showing the widget, instead of racing the frame silently.
/// A window (<see cref="Platform.Window"/>, <see cref="Platform.HeadlessWindow"/>) registers its root with its
/// dispatcher; a widget in no window yet (a tree being built, on any thread) is not checked.
/// The lookup is a <see cref="ConditionalWeakTable{TKey, TValue}"/> read (lock-free, no allocation) because the
/// owning thread is not yet a property of <see cref="UiRoot"/>; when it becomes one, this table goes.
/// </summary>
internal static class UiThreadCheck
{
    private static readonly ConditionalWeakTable<UiRoot, UiDispatcher> Owners = new();

    /// <summary>Register records that <paramref name="root"/>'s tree belongs to <paramref name="dispatcher"/>'s UI thread.</summary>
    public static void Register(UiRoot root, UiDispatcher dispatcher) => Owners.AddOrUpdate(root, dispatcher);

    /// <summary>Verify throws <see cref="InvalidOperationException"/> when <paramref name="widget"/> is in a window and the caller is not on that window's UI thread.</summary>
    public static void Verify(Widget widget, [CallerMemberName] string member = "")
    {
        if (widget.Root is { } root && Owners.TryGetValue(root, out var dispatcher) && !dispatcher.CheckAccess())
        {
            Throw(widget, member);
        }
    }

    private static void Throw(Widget widget, string member)
    {
        var type = widget.GetType().Name;
        var tick = type.IndexOf('`', StringComparison.Ordinal);
        if (tick >= 0) type = type[..tick];
        throw new InvalidOperationException(
            $"{type}.{member} was called on thread {Environment.CurrentManagedThreadId}, not the UI thread of the window showing it: "
            + "hand the change to the UI thread with window.Dispatcher.Post (or publish it to a LatestValue the window's Clock applies)");
    }
}
