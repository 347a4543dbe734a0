using Skia.Toolkit.Core;
using Skia.Toolkit.Input;
using Skia.Toolkit.Testing;
using Skia.Toolkit.Widgets;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Testing;

public class TestWindowTests
{
    // The recorder sits at (20, 20) - (80, 60) in window coordinates, inside a padded border.
    private static (TestWindow Window, EventRecorder Recorder) Open(bool captureOnDown = false)
    {
        var recorder = new EventRecorder(60, 40) { CaptureOnDown = captureOnDown, Name = "recorder" };
        var border = new Border { Padding = new Thickness(20), Background = SKColors.White, Child = recorder };
        return (new TestWindow(border, 200, 100), recorder);
    }

    [Fact]
    public void Click_on_a_widget_reaches_its_centre_focuses_it_and_renders_the_result()
    {
        var (window, recorder) = Open();
        using var _ = window;

        window.Click(recorder);

        Assert.Equal(["Enter 30,20", "Move 30,20", "GotFocus", "Down Left 30,20", "Up Left 30,20"], recorder.Events);
        Assert.True(recorder.IsFocused);
        // The frame after the click is already in the back buffer, without asking for one.
        using var frame = window.Window.Backend.Snapshot();
        Assert.Equal(EventRecorder.Clicked, frame.GetPixel(50, 40));
    }

    [Fact]
    public void Click_at_a_window_point_arrives_in_the_widgets_own_coordinates_with_button_and_modifiers()
    {
        var (window, recorder) = Open();
        using var _ = window;

        window.Click(new SKPoint(25, 30), PointerButton.Right, KeyModifiers.Shift);

        Assert.Contains("Down Right 5,10 Shift", recorder.Events);
        Assert.Contains("Up Right 5,10 Shift", recorder.Events);
    }

    [Fact]
    public void Click_outside_a_widget_does_not_reach_it()
    {
        var (window, recorder) = Open();
        using var _ = window;

        window.Click(new SKPoint(150, 80));

        Assert.Empty(recorder.Events);
        using var frame = window.Capture();
        Assert.Equal(EventRecorder.Idle, frame.GetPixel(50, 40));
    }

    [Fact]
    public void MoveTo_enters_and_leaves_as_the_pointer_crosses_the_widget()
    {
        var (window, recorder) = Open();
        using var _ = window;

        window.MoveTo(30, 30);
        window.MoveTo(40, 35);
        window.MoveTo(150, 80);

        Assert.Equal(["Enter 10,10", "Move 10,10", "Move 20,15", "Leave 130,60"], recorder.Events);
        Assert.Equal(new SKPoint(150, 80), window.PointerPosition);
    }

    [Fact]
    public void Drag_presses_moves_in_steps_with_the_button_held_and_releases_at_the_end()
    {
        var (window, recorder) = Open(captureOnDown: true);
        using var _ = window;

        window.Drag(new SKPoint(30, 30), new SKPoint(150, 30));

        Assert.Equal(
            ["Enter 10,10", "Move 10,10", "GotFocus", "Down Left 10,10",
             "Move Left 40,10", "Move Left 70,10", "Move Left 100,10", "Move Left 130,10",
             "Up Left 130,10", "Leave Left 130,10"],
            recorder.Events);
        Assert.False(recorder.HasPointerCapture);
    }

    [Fact]
    public void Down_and_Up_can_be_sent_separately()
    {
        var (window, recorder) = Open();
        using var _ = window;

        window.Down(new SKPoint(30, 30), PointerButton.Middle);
        Assert.Equal(EventRecorder.Idle, recorder.Fill);
        window.Up(new SKPoint(30, 30), PointerButton.Middle);

        Assert.Equal(["Enter Middle 10,10", "GotFocus", "Down Middle 10,10", "Up Middle 10,10"], recorder.Events);
        Assert.Equal(EventRecorder.Clicked, recorder.Fill);
    }

    [Fact]
    public void Scroll_turns_the_wheel_over_the_widget()
    {
        var (window, recorder) = Open();
        using var _ = window;

        window.Scroll(new SKPoint(30, 30), -2);
        window.Scroll(new SKPoint(30, 30), new SKPoint(1, 0), KeyModifiers.Shift);

        Assert.Equal(["Enter 10,10", "Wheel 0,-2 at 10,10", "Wheel 1,0 at 10,10 Shift"], recorder.Events);
    }

    [Fact]
    public void KeyPress_goes_down_and_up_at_the_focused_widget()
    {
        var (window, recorder) = Open();
        using var _ = window;
        window.Click(recorder);
        recorder.Events.Clear();

        window.KeyPress(Key.A, KeyModifiers.Control | KeyModifiers.Shift);
        window.KeyPress(Key.Enter);

        Assert.Equal(["KeyDown A Shift, Control", "KeyUp A Shift, Control", "KeyDown Enter", "KeyUp Enter"], recorder.Events);
    }

    [Fact]
    public void Type_sends_one_text_input_per_character_keeping_surrogate_pairs_whole()
    {
        var (window, recorder) = Open();
        using var _ = window;
        window.Click(recorder);
        recorder.Events.Clear();

        window.Type("a€😀");

        Assert.Equal(["Text a", "Text €", "Text 😀"], recorder.Events);
    }

    [Fact]
    public void Keys_without_focus_do_not_reach_an_unfocused_widget()
    {
        var (window, recorder) = Open();
        using var _ = window;

        window.KeyPress(Key.A);
        window.Type("x");

        Assert.Empty(recorder.Events);
    }

    [Fact]
    public void Clicking_a_widget_that_is_not_shown_in_the_window_is_refused_with_its_name()
    {
        var (window, recorder) = Open();
        using var _ = window;
        var stranger = new EventRecorder(10, 10) { Name = "stranger" };

        var notInTree = Assert.Throws<ArgumentException>(() => window.Click(stranger));
        recorder.IsVisible = false;
        var hidden = Assert.Throws<ArgumentException>(() => window.Click(recorder));

        Assert.Contains("EventRecorder 'stranger' is not in this window's tree", notInTree.Message);
        Assert.Contains("EventRecorder 'recorder' is not shown", hidden.Message);
    }

    [Fact]
    public void The_window_has_its_fixed_logical_size_times_its_scale()
    {
        using var window = new TestWindow(new Rectangle { Fill = SKColors.Teal }, 50, 30, scale: 2);

        using var frame = window.Capture();

        Assert.Equal(new SKSizeI(100, 60), window.PixelSize);
        Assert.Equal(100, frame.Width);
        Assert.Equal(60, frame.Height);
        Assert.Equal(new SKSize(50, 30), window.Root.LogicalSize);
    }

    [Fact]
    public void InvalidateAll_makes_the_next_frame_lay_out_and_repaint_every_widget()
    {
        var (window, _) = Open();
        using var __ = window;
        window.RenderFrame();

        window.InvalidateAll();
        var stats = window.RenderFrame();

        Assert.Equal(2, stats.WidgetsRendered);
        Assert.Equal(200 * 100, stats.PixelsRepainted);
    }
}
