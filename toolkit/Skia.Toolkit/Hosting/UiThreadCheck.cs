using System.Runtime.CompilerServices;
using Skia.Toolkit.Core;
using Skia.Toolkit.Threading;

namespace Skia.Toolkit.Hosting;

/// <summary>
/// UiThreadCheck makes a widget's public mutations (Label.Text, Table.Refresh, LineChart.Append, Panel.Add, ...)
/// throw when called off the UI thread of the window showing the widget, instead of racing the frame silently.
/// A window (<see cref="Platform.Window"/>, <see cref="Platform.HeadlessWindow"/>) registers its root with its
/// dispatcher; a widget in no window yet (a tree being built, on any thread) is not checked.
/// The owner is read from the root (<c>UiRoot.Owner</c>, a field: no lookup, no allocation); the
/// <see cref="ConditionalWeakTable{TKey, TValue}"/> beside it is the registry of live windows that a hot reload walks.
/// </summary>
internal static class UiThreadCheck
{
    private static readonly ConditionalWeakTable<UiRoot, UiDispatcher> Owners = new();

    /// <summary>Register records that <paramref name="root"/>'s tree belongs to <paramref name="dispatcher"/>'s UI thread.</summary>
    public static void Register(UiRoot root, UiDispatcher dispatcher)
    {
        root.Owner = dispatcher;
        Owners.AddOrUpdate(root, dispatcher);
    }

    /// <summary>
    /// LiveRoots lists the roots of the windows alive now with their dispatchers (a snapshot; a collected
    /// window's root drops out by itself). <see cref="HotReload"/> walks it.
    /// </summary>
    public static List<KeyValuePair<UiRoot, UiDispatcher>> LiveRoots()
    {
        var live = new List<KeyValuePair<UiRoot, UiDispatcher>>();
        foreach (var pair in (IEnumerable<KeyValuePair<UiRoot, UiDispatcher>>)Owners) live.Add(pair);
        return live;
    }

    /// <summary>
    /// VerifyChange is the check in the widget invalidation entry points (InvalidateMeasure, InvalidateArrange,
    /// InvalidatePaint, InvalidatePaintAt, InvalidateScrolled), which every visible change of a widget reaches:
    /// it throws when <paramref name="widget"/> is in a window and the caller is not that window's UI thread.
    /// A field read and a thread-id compare; nothing allocated. It runs after the setter stored its value, so
    /// the exception reports the race rather than undoing it; setters that check first (<see cref="Verify"/>) change nothing.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void VerifyChange(Widget widget)
    {
        if (widget.Root is { OwnerThreadId: not 0 and var owner } && owner != Environment.CurrentManagedThreadId) ThrowChanged(widget);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowChanged(Widget widget)
    {
        var name = widget.Name is { } n ? $" '{n}'" : "";
        throw new InvalidOperationException(
            $"{TypeName(widget)}{name} was changed on thread {Environment.CurrentManagedThreadId}, not the UI thread of the window showing it: "
            + "hand the change to the UI thread with window.Dispatcher.Post (or publish it to a LatestValue the window's Clock applies)");
    }

    private static string TypeName(Widget widget)
    {
        var type = widget.GetType().Name;
        var tick = type.IndexOf('`', StringComparison.Ordinal);
        return tick >= 0 ? type[..tick] : type;
    }

    /// <summary>Verify throws <see cref="InvalidOperationException"/> when <paramref name="widget"/> is in a window and the caller is not on that window's UI thread.</summary>
    public static void Verify(Widget widget, [CallerMemberName] string member = "")
    {
        if (widget.Root?.Owner is { } dispatcher && !dispatcher.CheckAccess())
        {
            Throw(widget, member);
        }
    }

    private static void Throw(Widget widget, string member)
    {
        var type = TypeName(widget);
        throw new InvalidOperationException(
            $"{type}.{member} was called on thread {Environment.CurrentManagedThreadId}, not the UI thread of the window showing it: "
            + "hand the change to the UI thread with window.Dispatcher.Post (or publish it to a LatestValue the window's Clock applies)");
    }
}
