using Skia.Toolkit.Core;
using Skia.Toolkit.Hosting;
using Skia.Toolkit.Platform;
using Skia.Toolkit.Tests.Platform;
using Skia.Toolkit.Threading;
using Skia.Toolkit.Widgets;

namespace Skia.Toolkit.Tests.Hosting;

/// <summary>
/// The same app code, written against <see cref="IAppWindow"/>, behaves the same in a headless window and in a
/// real one: work posted from a worker runs on the UI thread, snapshots published on a worker reach the tree
/// through the clock, and posted work can close the window to end <see cref="IAppWindow.Run"/>.
/// </summary>
[Collection(DisplayCollection.Name)]
public class AppWindowTests
{
    public static TheoryData<string> Kinds => new() { "headless", "window" };

    private static IAppWindow Open(string kind, Widget content) => kind switch
    {
        "headless" => new HeadlessWindow(content, 120, 40),
        "window" => new Window(content, new WindowOptions { Width = 120, Height = 40, Scale = 1, Backend = RenderBackendKind.Raster, Vsync = false, Log = _ => { } }),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "headless or window"),
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Work_posted_from_a_worker_thread_runs_on_the_ui_thread(string kind)
    {
        var label = new Label { Text = "before" };
        using var window = Open(kind, label);
        window.RunOnce(TimeSpan.Zero);
        var uiThread = Environment.CurrentManagedThreadId;
        var ranOn = -1;
        OnWorker(() => window.Dispatcher.Post(() =>
        {
            ranOn = Environment.CurrentManagedThreadId;
            label.Text = "after";
        }));
        for (var turn = 0; turn < 200 && ranOn == -1; turn++) window.RunOnce(TimeSpan.FromMilliseconds(50));
        Assert.Equal(uiThread, ranOn);
        Assert.Contains("text=after", window.Root.ToMarkup());
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_snapshot_published_on_a_worker_is_applied_by_the_clock_and_rendered(string kind)
    {
        var label = new Label { Text = "-" };
        using var window = Open(kind, label);
        var price = new LatestValue<string>();
        window.Clock.Subscribe(price, text => label.Text = text);
        window.RunOnce(TimeSpan.Zero);
        var shownBefore = window.Clock.Statistics.FramesShown;
        OnWorker(() => price.Publish("42.50"));
        for (var turn = 0; turn < 200 && label.Text != "42.50"; turn++) window.RunOnce(TimeSpan.FromMilliseconds(50));
        for (var turn = 0; turn < 200 && window.Root.NeedsFrame; turn++) window.RunOnce(TimeSpan.FromMilliseconds(50));
        Assert.Equal("42.50", label.Text);
        Assert.True(window.Clock.Statistics.FramesShown > shownBefore, "the new price was applied but never rendered");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Run_returns_when_posted_work_closes_the_window(string kind)
    {
        using var window = Open(kind, new Label { Text = "x" });
        OnWorker(() => window.Dispatcher.Post(window.Close));
        window.Run();
        Assert.True(window.IsClosed);
    }

    // OnWorker runs a producer's step on its own thread and waits for it (not a task: the test thread is the UI thread and must stay it).
    private static void OnWorker(Action step)
    {
        var worker = new Thread(() => step()) { IsBackground = true };
        worker.Start();
        worker.Join();
    }
}
