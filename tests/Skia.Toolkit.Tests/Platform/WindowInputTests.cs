using Skia.Toolkit.Core;
using Skia.Toolkit.Platform;
using Skia.Toolkit.Widgets;
using SkiaSharp;
using static Skia.Toolkit.Tests.Platform.X11Input;

namespace Skia.Toolkit.Tests.Platform;

/// <summary>
/// Input end to end: xdotool drives the X server (XTEST), the X server drives GLFW, GLFW drives our
/// Window, and the widgets must see it. Waits are bounded loops on a condition, not sleeps.
/// </summary>
[Collection(DisplayCollection.Name)]
public class WindowInputTests
{
    [Theory]
    [InlineData(RenderBackendKind.Gl)]
    [InlineData(RenderBackendKind.Vulkan)]
    public void Click_type_and_enter_reach_the_widgets_and_a_resize_lays_out_again(RenderBackendKind backend)
    {
        var button = new InputProbe("button", 120, 40);
        var field = new InputProbe("field", 200, 40);
        var bar = new Rectangle { Name = "bar", Height = 10, Fill = SKColors.DarkSlateBlue };
        var page = new Stack { Spacing = 10, Margin = new Thickness(20) };
        page.Add(button);
        page.Add(field);
        page.Add(bar);
        using var window = new Window(page, new WindowOptions { Title = "input " + backend, Width = 400, Height = 240, Scale = 1, Backend = backend, Vsync = false, Log = _ => { } });
        window.RenderIfNeeded();

        ClickAt(window, button);
        PumpUntil(window, () => button.Clicks == 1, "the click on the button");
        Assert.Equal(0, field.Clicks);

        ClickAt(window, field);
        PumpUntil(window, () => field.IsFocused, "the text field to take focus");
        Xdotool("type", "--delay", "30", "123.45");
        PumpUntil(window, () => field.Text == "123.45", $"typed text (have \"{field.Text}\")");
        Xdotool("key", "Return");
        PumpUntil(window, () => field.Submitted.Count == 1, "Enter");
        Assert.Equal("123.45", field.Submitted[0]);
        Assert.Equal("", button.Text); // keys went to the focused widget only
        Assert.Equal(1, button.Clicks);

        Assert.Equal(360, bar.Bounds.Width); // 400 - 2 x 20 margin
        Xdotool("windowsize", Id(window), "600", "300");
        PumpUntil(window, () => window.Root.PixelSize == new SKSizeI(600, 300), "the resize");
        Assert.Equal(new SKSize(600, 300), window.Root.LogicalSize);
        Assert.Equal(560, bar.Bounds.Width); // laid out again for the new width
        using var shown = window.Capture(); // a new surface of the new size shows the new layout
        Assert.Equal(600, shown.Width);
        Assert.Equal(300, shown.Height);
        var barRow = (int)(bar.BoundsInWindow.MidY);
        Assert.Equal(SKColors.DarkSlateBlue, shown.GetPixel(570, barRow));
    }

    [Fact]
    public void A_real_button_and_text_box_take_clicks_typing_enter_and_the_system_clipboard()
    {
        var clicks = 0;
        var button = new Button("Buy") { HorizontalAlignment = HorizontalAlignment.Left, Width = 120 };
        button.Click += (_, _) => clicks++;
        var price = new TextBox { Placeholder = "price", Width = 200, HorizontalAlignment = HorizontalAlignment.Left };
        var stack = new Stack { Spacing = 12, Margin = new Thickness(20) };
        stack.Add(button);
        stack.Add(price);
        var form = new FormProbe(stack, () => price.Text);
        using var window = new Window(form, new WindowOptions { Title = "real widgets", Width = 400, Height = 200, Scale = 1, Backend = RenderBackendKind.Gl, Vsync = false, Log = _ => { } });
        window.RenderIfNeeded();

        ClickAt(window, button);
        PumpUntil(window, () => clicks == 1, "the button's Click");

        ClickAt(window, price);
        PumpUntil(window, () => price.IsFocused, "the text box to take focus");
        Xdotool("type", "--delay", "30", "123.45");
        PumpUntil(window, () => price.Text == "123.45", $"typed text (have \"{price.Text}\")");
        Xdotool("key", "Return");
        PumpUntil(window, () => form.Submitted.Count == 1, "Enter");
        Assert.Equal("123.45", form.Submitted[0]);

        Xdotool("key", "ctrl+a", "ctrl+c");
        PumpUntil(window, () => window.ClipboardText == "123.45", "the copy to reach the system clipboard");
        window.ClipboardText = "99.5";
        Xdotool("key", "ctrl+a", "ctrl+v");
        PumpUntil(window, () => price.Text == "99.5", $"the paste from the system clipboard (have \"{price.Text}\")");
        Assert.Equal(1, clicks);
    }

    [Fact]
    public void Work_posted_from_a_feed_thread_and_snapshots_reach_the_window_and_count_as_frames()
    {
        var probe = new InputProbe("probe", 100, 30);
        using var window = new Window(probe, new WindowOptions { Width = 200, Height = 100, Scale = 1, Backend = RenderBackendKind.Gl, Vsync = false, Log = _ => { } });
        var feed = new Skia.Toolkit.Threading.LatestValue<string>();
        window.Clock.Subscribe(feed, text =>
        {
            probe.Name = text;
            probe.InvalidatePaint();
        });
        window.RenderIfNeeded();
        window.Clock.ResetStatistics();

        var feedThread = new Thread(() =>
        {
            for (var i = 1; i <= 1000; i++) feed.Publish("tick " + i);
            window.Dispatcher.Post(() => probe.Focus());
        });
        feedThread.Start();
        feedThread.Join();
        PumpUntil(window, () => probe.IsFocused && probe.Name == "tick 1000", "posted work and the newest snapshot");
        var stats = window.Clock.Statistics;
        Assert.InRange(stats.FramesShown, 1, 1000); // snapshots are coalesced: far fewer frames than publishes
        Assert.True(stats.Max > TimeSpan.Zero);
    }
}
