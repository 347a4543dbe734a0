using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;

namespace Skia.Toolkit.Platform;

/// <summary>
/// GlfwRuntime owns GLFW's process-wide state: it initialises GLFW for the first window and
/// terminates it after the last, checks for a display first (a clear message instead of a native
/// failure), and pumps events, rethrowing any exception a window's event handler threw inside a
/// GLFW callback (exceptions must not unwind through native frames, so callbacks park them here).
/// </summary>
internal static unsafe class GlfwRuntime
{
    /// <summary>NoDisplayMessage is what a user sees when a window is asked for without a display.</summary>
    public const string NoDisplayMessage = "no display (DISPLAY is not set): run under xvfb-run, or use --headless";

    private const int DisplayRetries = 40;
    private static readonly TimeSpan DisplayRetryDelay = TimeSpan.FromMilliseconds(25);

    private static readonly Lock Gate = new();
    private static int users;
    private static readonly Dictionary<CursorShape, IntPtr> Cursors = [];

    [ThreadStatic] private static ExceptionDispatchInfo? callbackFailure;

    /// <summary>Acquire initialises GLFW if no window holds it yet; pair every call with <see cref="Release"/>.</summary>
    public static void Acquire()
    {
        lock (Gate)
        {
            if (users == 0) Initialize();
            users++;
        }
    }

    /// <summary>Release gives up one hold on GLFW and terminates it when none is left.</summary>
    public static void Release()
    {
        lock (Gate)
        {
            if (users == 0) return;
            users--;
            if (users > 0) return;
            Cursors.Clear(); // glfwTerminate destroys every cursor itself.
            X11EventTimes.Uninstall(); // glfwTerminate closes the display the converters are on
            Glfw.glfwTerminate();
            Glfw.ClearError();
        }
    }

    private static void Initialize()
    {
        if (OperatingSystem.IsLinux() && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DISPLAY")))
        {
            // Debian's libglfw3 is the X11 build: without DISPLAY glfwInit can only fail.
            throw new DisplayUnavailableException(NoDisplayMessage);
        }
        try
        {
            Glfw.InstallErrorCallback();
        }
        catch (DllNotFoundException e)
        {
            throw new DisplayUnavailableException("libglfw.so.3 not found: install libglfw3 (GLFW 3.3) or use --headless", e);
        }
        Glfw.ClearError();
        // An X server resets itself when its last client disconnects (Xvfb does unless run with
        // -noreset), and refuses connections for a moment meanwhile. Our own glfwTerminate can be
        // that last disconnect, so a window opened right after another closed may meet the reset:
        // try again for up to a second before calling the display unavailable.
        var initialised = Glfw.glfwInit() != Glfw.False;
        for (var attempt = 0; !initialised && attempt < DisplayRetries; attempt++)
        {
            Thread.Sleep(DisplayRetryDelay);
            Glfw.ClearError();
            initialised = Glfw.glfwInit() != Glfw.False;
        }
        if (!initialised)
        {
            var (code, message) = Glfw.TakeError();
            var display = Environment.GetEnvironmentVariable("DISPLAY");
            throw new DisplayUnavailableException(
                $"cannot open DISPLAY={display}: run under xvfb-run, or use --headless (GLFW error 0x{code:X8}: {message})");
        }
        X11EventTimes.Install(); // input events carry the X server's time of the user's action
    }

    /// <summary>PollEvents handles pending window events now and returns.</summary>
    public static void PollEvents()
    {
        Glfw.glfwPollEvents();
        RethrowCallbackFailure();
    }

    /// <summary>WaitEvents sleeps until an event arrives or the timeout passes, then handles events.</summary>
    public static void WaitEvents(TimeSpan timeout)
    {
        if (timeout <= TimeSpan.Zero) Glfw.glfwPollEvents();
        else Glfw.glfwWaitEventsTimeout(timeout.TotalSeconds);
        RethrowCallbackFailure();
    }

    /// <summary>Wake makes a <see cref="WaitEvents"/> on the UI thread return early; callable from any thread.</summary>
    public static void Wake()
    {
        lock (Gate)
        {
            if (users > 0) Glfw.glfwPostEmptyEvent();
        }
    }

    /// <summary>Cursor returns GLFW's standard cursor for a shape, created once per GLFW lifetime.</summary>
    public static IntPtr Cursor(CursorShape shape)
    {
        lock (Gate)
        {
            if (Cursors.TryGetValue(shape, out var cursor)) return cursor;
            Glfw.ClearError();
            cursor = Glfw.glfwCreateStandardCursor(shape switch
            {
                CursorShape.IBeam => Glfw.IBeamCursor,
                CursorShape.Crosshair => Glfw.CrosshairCursor,
                CursorShape.Hand => Glfw.HandCursor,
                CursorShape.HorizontalResize => Glfw.HResizeCursor,
                CursorShape.VerticalResize => Glfw.VResizeCursor,
                _ => Glfw.ArrowCursor,
            });
            Glfw.ThrowIfError("glfwCreateStandardCursor");
            Cursors[shape] = cursor;
            return cursor;
        }
    }

    /// <summary>VulkanSupported says whether GLFW found a Vulkan loader and an ICD that can present.</summary>
    public static bool VulkanSupported() => Glfw.glfwVulkanSupported() == Glfw.True;

    /// <summary>RequiredInstanceExtensions are the Vulkan instance extensions a window surface needs here.</summary>
    public static string[] RequiredInstanceExtensions()
    {
        Glfw.ClearError();
        var names = Glfw.glfwGetRequiredInstanceExtensions(out var count);
        Glfw.ThrowIfError("glfwGetRequiredInstanceExtensions");
        if (names == null) throw new GlfwException("glfwGetRequiredInstanceExtensions", 0, "Vulkan cannot present to windows here");
        var result = new string[count];
        for (var i = 0; i < count; i++) result[i] = Marshal.PtrToStringUTF8((IntPtr)names[i])!;
        return result;
    }

    /// <summary>ParkCallbackFailure keeps an exception thrown inside a GLFW callback until the event pump returns.</summary>
    public static void ParkCallbackFailure(Exception e) => callbackFailure ??= ExceptionDispatchInfo.Capture(e);

    private static void RethrowCallbackFailure()
    {
        var failure = callbackFailure;
        if (failure == null) return;
        callbackFailure = null;
        failure.Throw();
    }
}
