using Skia.Toolkit.Testing;

namespace Skia.Trader.Tests;

/// <summary>
/// UiThreadWaits are the waits of tests whose own thread is a headless window's UI thread: a network task awaited by
/// blocking (a network wait never touches a widget) and the window's loop run until a condition holds. The deadline
/// only matters when something is broken, so it is generous: on this shared 2-core machine at a load average of 60,
/// connecting alone took over 30 s.
/// </summary>
internal static class UiThreadWaits
{
    /// <summary>Deadline bounds <see cref="RunUntil"/>.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(120);

    /// <summary>Block waits for <paramref name="task"/> on the calling thread and returns its result.</summary>
    public static T Block<T>(Task<T> task) => task.GetAwaiter().GetResult();

    /// <summary>Block waits for <paramref name="task"/> on the calling thread.</summary>
    public static void Block(Task task) => task.GetAwaiter().GetResult();

    /// <summary>RunUntil runs the window's loop (posted work, snapshots, frames) until <paramref name="condition"/> holds; it fails naming <paramref name="what"/>, with the screen's markup, after <see cref="Deadline"/>.</summary>
    public static void RunUntil(TestWindow window, Func<bool> condition, string what)
    {
        DateTime deadline = DateTime.UtcNow + Deadline;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail("Never happened: " + what + "\n" + window.ToMarkup());
            window.Window.RunOnce(TimeSpan.FromMilliseconds(10));
        }
    }
}
