using Skia.Toolkit.Core;
using Skia.Toolkit.Hosting;
using Skia.Toolkit.Platform;
using Skia.Toolkit.Text;
using Skia.Toolkit.Widgets;

namespace Skia.Toolkit.Tests.Hosting;

/// <summary>Runs alone: the handler reaches every live window, so it must not repaint other tests' windows mid-test.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HotReloadCollection
{
    /// <summary>Name is the collection's name.</summary>
    public const string Name = "Hot reload";
}

/// <summary>
/// The toolkit's metadata-update handler, invoked the way the runtime does after <c>dotnet watch</c> applies an edit
/// (ClearCache, then UpdateApplication): the UI thread's text cache is emptied, the whole tree is measured again and
/// the whole window repainted, and the frame equals a fresh start. From another thread the work is posted, not done.
/// </summary>
[Collection(HotReloadCollection.Name)]
public class HotReloadTests
{
    private const int Width = 240, Height = 120;

    private static (Stack Page, Label Price) BuildPage()
    {
        var page = new Stack();
        var price = new Label { Text = "BTCUSDT 64,210.50" };
        page.Add(price);
        page.Add(new Button("Buy"));
        page.Add(new CheckBox("Post only") { IsChecked = true });
        page.Add(new Border { Padding = new Thickness(4), Child = new Label { Text = "a longer line of text that wraps", Wrapping = TextWrapping.Wrap } });
        return (page, price);
    }

    private static List<Widget> All(Widget w, List<Widget>? into = null)
    {
        into ??= [];
        into.Add(w);
        foreach (var child in w.Children) All(child, into);
        return into;
    }

    private static byte[] Pixels(HeadlessWindow window)
    {
        using var bitmap = window.Capture();
        return bitmap.Bytes;
    }

    [Fact]
    public void The_handler_drops_the_text_cache_and_remeasures_and_repaints_the_whole_window()
    {
        var (page, _) = BuildPage();
        using var window = new HeadlessWindow(page, Width, Height);
        window.RenderFrame();
        window.RenderFrame();
        var cache = TextMeasureCache.ForCurrentThread;
        Assert.True(cache.Count > 0);
        Assert.False(window.Root.NeedsFrame);

        HotReload.ClearCache(null);
        HotReload.UpdateApplication(null);

        Assert.Equal(0, cache.Count);
        Assert.All(All(page), w => Assert.True(w.IsMeasureDirty, $"{w.GetType().Name} not measure-dirty"));
        Assert.True(window.Root.IsLayoutPending);
        var misses = cache.Misses;
        var frame = window.RenderFrame();
        Assert.Equal((long)Width * Height, frame.PixelsRepainted);
        Assert.True(cache.Misses > misses, "the next frame shaped its text again");
        Assert.All(All(page), w => Assert.False(w.IsMeasureDirty));
    }

    [Fact]
    public void The_frame_after_a_reload_equals_a_fresh_start()
    {
        var (page, price) = BuildPage();
        using var window = new HeadlessWindow(page, Width, Height);
        window.RenderFrame();
        price.Text = "BTCUSDT 64,211.00";
        window.RenderFrame();

        HotReload.ClearCache([typeof(Label)]);
        HotReload.UpdateApplication([typeof(Label)]);
        window.RenderFrame();

        var (fresh, freshPrice) = BuildPage();
        freshPrice.Text = "BTCUSDT 64,211.00";
        using var scratch = new HeadlessWindow(fresh, Width, Height);
        scratch.RenderFrame();
        Assert.Equal(Pixels(scratch), Pixels(window));
    }

    [Fact]
    public void Called_from_another_thread_the_handler_posts_to_the_ui_thread()
    {
        var (page, _) = BuildPage();
        using var window = new HeadlessWindow(page, Width, Height);
        window.RenderFrame();
        var cache = TextMeasureCache.ForCurrentThread;
        var cached = cache.Count;
        Assert.True(cached > 0);

        var runtime = new Thread(() =>
        {
            HotReload.ClearCache(null);
            HotReload.UpdateApplication(null);
        });
        runtime.Start();
        runtime.Join();

        // Nothing touched from the runtime's thread: the tree is clean, the UI thread's cache intact, the work queued.
        Assert.False(window.Root.NeedsFrame);
        Assert.Equal(cached, cache.Count);
        Assert.True(window.Dispatcher.HasPending);

        Assert.Equal(2, window.Dispatcher.RunPending()); // what the loop's next turn does on the UI thread
        Assert.Equal(0, cache.Count);
        Assert.True(window.Root.IsLayoutPending);
        Assert.Equal((long)Width * Height, window.RenderFrame().PixelsRepainted);
    }

    [Fact]
    public void The_runtime_finds_the_handler_on_the_toolkit_assembly()
    {
        var attribute = Assert.Single(typeof(Widget).Assembly.GetCustomAttributes(typeof(System.Reflection.Metadata.MetadataUpdateHandlerAttribute), false));
        Assert.Equal(typeof(HotReload), ((System.Reflection.Metadata.MetadataUpdateHandlerAttribute)attribute).HandlerType);
    }
}
