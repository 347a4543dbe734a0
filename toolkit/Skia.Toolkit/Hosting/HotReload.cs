using System.Reflection.Metadata;
using Skia.Toolkit.Text;
using Skia.Toolkit.Threading;

[assembly: MetadataUpdateHandler(typeof(Skia.Toolkit.Hosting.HotReload))]

namespace Skia.Toolkit.Hosting;

/// <summary>
/// HotReload is the toolkit's metadata-update handler: when <c>dotnet watch</c> (or a debugger) applies a C# edit
/// to the running app, the runtime calls <see cref="ClearCache"/> and then <see cref="UpdateApplication"/>, on a
/// thread of its own. For every live window (<see cref="UiThreadCheck.LiveRoots"/>) the work is posted to that
/// window's UI thread: ClearCache empties the thread's <see cref="TextMeasureCache"/> (shaped text an edited
/// shaper or font code would make differently); UpdateApplication drops each widget's cached layout, marks the
/// whole tree measure-dirty and repaints the whole window, so the next frame is what a fresh start would draw.
/// Called on a window's own UI thread (a test, a debugger stop there) the work runs at once. Nothing here reflects
/// over types: the attribute names this class and the runtime finds its two methods.
/// </summary>
internal static class HotReload
{
    /// <summary>ClearCache drops the text-measure cache of each live window's UI thread.</summary>
    public static void ClearCache(Type[]? updatedTypes)
    {
        _ = updatedTypes; // any edit may change what measuring or shaping gives: drop everything
        foreach (var (_, dispatcher) in UiThreadCheck.LiveRoots())
        {
            OnUiThread(dispatcher, static () => TextMeasureCache.ForCurrentThread.Clear());
        }
    }

    /// <summary>UpdateApplication re-measures and repaints every live window's whole tree at its next frame.</summary>
    public static void UpdateApplication(Type[]? updatedTypes)
    {
        _ = updatedTypes;
        foreach (var (root, dispatcher) in UiThreadCheck.LiveRoots())
        {
            OnUiThread(dispatcher, root.ReloadAll);
        }
    }

    private static void OnUiThread(UiDispatcher dispatcher, Action work)
    {
        if (dispatcher.CheckAccess()) work();
        else dispatcher.Post(work);
    }
}
