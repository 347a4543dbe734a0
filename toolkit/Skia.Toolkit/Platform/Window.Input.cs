using System.Text;
using SkiaSharp;

namespace Skia.Toolkit.Platform;

/// <summary>Window's event half: GLFW events translated to UiRoot dispatch in logical pixels.</summary>
public sealed partial class Window : IGlfwEventSink
{
    private SKPoint pointer;
    private Input.KeyModifiers modifiers;

    /// <summary>ToLogical converts GLFW's window coordinates to logical pixels (window units may differ from framebuffer pixels).</summary>
    private SKPoint ToLogical(double x, double y)
    {
        var windowSize = window.WindowSize;
        var fb = Root.PixelSize;
        var perUnitX = windowSize.Width > 0 ? (float)fb.Width / windowSize.Width : 1;
        var perUnitY = windowSize.Height > 0 ? (float)fb.Height / windowSize.Height : 1;
        return new SKPoint((float)x * perUnitX / Root.Scale, (float)y * perUnitY / Root.Scale);
    }

    // Events can arrive while the constructor is still running (GLFW pumps during window
    // creation on some platforms): the tree exists only once the renderer does.
    private bool Ready => renderer != null && !disposed;

    // The time the user acted: the X server's event time, or where the platform gives none the time we got the event.
    private TimeSpan EventTime(TimeSpan? platform) => platform ?? Root.ClockNow();

    void IGlfwEventSink.OnCursorPos(double x, double y, TimeSpan? time)
    {
        if (!Ready) return;
        pointer = ToLogical(x, y);
        Root.Input.PointerMove(pointer, Input.PointerButton.None, modifiers, EventTime(time));
    }

    void IGlfwEventSink.OnCursorEnter(bool entered)
    {
        if (Ready && !entered) Root.DispatchPointerLeave();
    }

    void IGlfwEventSink.OnMouseButton(int button, int action, int mods, TimeSpan? time)
    {
        if (!Ready) return;
        modifiers = GlfwKeyMap.ToModifiers(mods);
        var b = GlfwKeyMap.ToButton(button);
        if (b == Input.PointerButton.None) return;
        if (action == Glfw.Press) Root.Input.PointerDown(pointer, b, modifiers, EventTime(time));
        else if (action == Glfw.Release) Root.Input.PointerUp(pointer, b, modifiers, EventTime(time));
    }

    void IGlfwEventSink.OnScroll(double dx, double dy, TimeSpan? time)
    {
        if (Ready) Root.Input.Wheel(pointer, new SKPoint((float)dx, (float)dy), modifiers, EventTime(time));
    }

    void IGlfwEventSink.OnKey(int key, int scancode, int action, int mods, TimeSpan? time)
    {
        if (!Ready) return;
        modifiers = GlfwKeyMap.ToModifiers(mods);
        var k = GlfwKeyMap.ToKey(key);
        if (action is Glfw.Press or Glfw.Repeat) Root.Input.KeyDown(k, modifiers, EventTime(time), isRepeat: action == Glfw.Repeat);
        else if (action == Glfw.Release) Root.Input.KeyUp(k, modifiers, EventTime(time));
    }

    void IGlfwEventSink.OnChar(uint codepoint)
    {
        if (!Ready || !Rune.IsValid(codepoint)) return;
        Root.DispatchTextInput(new Rune(codepoint).ToString());
    }

    void IGlfwEventSink.OnFramebufferSize(int width, int height)
    {
        if (!Ready || width < 1 || height < 1) return; // minimised: keep the old layout until it comes back
        Root.Resize(new SKSizeI(width, height), scaleOverride ?? window.ContentScale);
        Resized?.Invoke();
        // Redraw now: during a live resize the loop may not come round before the window system shows garbage.
        RenderIfNeeded();
    }

    void IGlfwEventSink.OnContentScale(float xScale, float yScale)
    {
        if (!Ready || scaleOverride != null || xScale <= 0) return;
        Root.Resize(ValidSize(window.FramebufferSize), xScale);
        Resized?.Invoke();
    }

    void IGlfwEventSink.OnFocus(bool focused) => FocusChanged?.Invoke(focused);

    void IGlfwEventSink.OnCloseRequested()
    {
        // GLFW has already set the close flag; the loop sees it through IsClosed.
    }

    void IGlfwEventSink.OnRefresh() => needsPresent = true;
}
