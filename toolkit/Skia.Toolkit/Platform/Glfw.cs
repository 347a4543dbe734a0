using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Skia.Toolkit.Platform;

/// <summary>
/// Glfw is our own thin binding to Debian's <c>libglfw.so.3</c> (GLFW 3.3): only the calls the
/// window host and the GPU backends use. Source-generated P/Invoke and unmanaged function
/// pointers only, so it is NativeAOT-safe; callbacks are static
/// <see cref="UnmanagedCallersOnlyAttribute"/> methods, so there is no delegate for the GC to
/// collect while GLFW still holds it.
/// </summary>
/// <remarks>
/// Raw entry points are the <c>glfwXxx</c> methods. Errors GLFW reports through its error
/// callback are kept per thread and turned into a <see cref="GlfwException"/> by
/// <see cref="ThrowIfError"/>, which the checked wrappers in <see cref="GlfwRuntime"/> and
/// <see cref="GlfwWindow"/> call after every call that can fail.
/// </remarks>
internal static unsafe partial class Glfw
{
    private const string Library = "libglfw.so.3";

    // Constants from GLFW/glfw3.h (3.3).
    public const int True = 1;
    public const int False = 0;
    public const int Press = 1;
    public const int Release = 0;
    public const int Repeat = 2;

    public const int Focused = 0x00020001;
    public const int Resizable = 0x00020003;
    public const int Visible = 0x00020004;
    public const int Decorated = 0x00020005;
    public const int FocusOnShow = 0x0002000C;
    public const int ScaleToMonitor = 0x0002200C;
    public const int RedBits = 0x00021001;
    public const int GreenBits = 0x00021002;
    public const int BlueBits = 0x00021003;
    public const int AlphaBits = 0x00021004;
    public const int DepthBits = 0x00021005;
    public const int StencilBits = 0x00021006;
    public const int Samples = 0x0002100D;
    public const int DoubleBuffer = 0x00021010;
    public const int ClientApi = 0x00022001;
    public const int ContextVersionMajor = 0x00022002;
    public const int ContextVersionMinor = 0x00022003;
    public const int OpenGlProfile = 0x00022008;
    public const int ContextCreationApi = 0x0002200B;
    public const int NoApi = 0;
    public const int OpenGlApi = 0x00030001;
    public const int OpenGlCoreProfile = 0x00032001;
    public const int OpenGlAnyProfile = 0;
    public const int NativeContextApi = 0x00036001;

    public const int ArrowCursor = 0x00036001;
    public const int IBeamCursor = 0x00036002;
    public const int CrosshairCursor = 0x00036003;
    public const int HandCursor = 0x00036004;
    public const int HResizeCursor = 0x00036005;
    public const int VResizeCursor = 0x00036006;

    public const int ModShift = 0x0001;
    public const int ModControl = 0x0002;
    public const int ModAlt = 0x0004;
    public const int ModSuper = 0x0008;

    public const int NoError = 0;
    public const int PlatformError = 0x00010008;

    [LibraryImport(Library)] public static partial int glfwInit();
    [LibraryImport(Library)] public static partial void glfwTerminate();
    [LibraryImport(Library)] public static partial void glfwInitHint(int hint, int value);
    [LibraryImport(Library)] public static partial IntPtr glfwSetErrorCallback(delegate* unmanaged[Cdecl]<int, byte*, void> callback);
    [LibraryImport(Library)] public static partial void glfwGetVersion(out int major, out int minor, out int revision);

    [LibraryImport(Library)] public static partial void glfwDefaultWindowHints();
    [LibraryImport(Library)] public static partial void glfwWindowHint(int hint, int value);
    [LibraryImport(Library)] public static partial IntPtr glfwCreateWindow(int width, int height, byte* title, IntPtr monitor, IntPtr share);
    [LibraryImport(Library)] public static partial void glfwDestroyWindow(IntPtr window);
    [LibraryImport(Library)] public static partial int glfwWindowShouldClose(IntPtr window);
    [LibraryImport(Library)] public static partial void glfwSetWindowShouldClose(IntPtr window, int value);
    [LibraryImport(Library)] public static partial void glfwSetWindowTitle(IntPtr window, byte* title);
    [LibraryImport(Library)] public static partial void glfwShowWindow(IntPtr window);
    [LibraryImport(Library)] public static partial void glfwFocusWindow(IntPtr window);
    [LibraryImport(Library)] public static partial void glfwGetWindowSize(IntPtr window, out int width, out int height);
    [LibraryImport(Library)] public static partial void glfwSetWindowSize(IntPtr window, int width, int height);
    [LibraryImport(Library)] public static partial void glfwGetWindowPos(IntPtr window, out int x, out int y);
    [LibraryImport(Library)] public static partial void glfwGetFramebufferSize(IntPtr window, out int width, out int height);
    [LibraryImport(Library)] public static partial void glfwGetWindowContentScale(IntPtr window, out float xScale, out float yScale);
    [LibraryImport(Library)] public static partial int glfwGetWindowAttrib(IntPtr window, int attrib);
    [LibraryImport(Library)] public static partial void glfwSetWindowUserPointer(IntPtr window, IntPtr pointer);
    [LibraryImport(Library)] public static partial IntPtr glfwGetWindowUserPointer(IntPtr window);

    [LibraryImport(Library)] public static partial void glfwMakeContextCurrent(IntPtr window);
    [LibraryImport(Library)] public static partial IntPtr glfwGetCurrentContext();
    [LibraryImport(Library)] public static partial void glfwSwapBuffers(IntPtr window);
    [LibraryImport(Library)] public static partial void glfwSwapInterval(int interval);
    [LibraryImport(Library)] public static partial IntPtr glfwGetProcAddress(byte* name);

    [LibraryImport(Library)] public static partial void glfwPollEvents();
    [LibraryImport(Library)] public static partial void glfwWaitEvents();
    [LibraryImport(Library)] public static partial void glfwWaitEventsTimeout(double timeout);
    [LibraryImport(Library)] public static partial void glfwPostEmptyEvent();

    [LibraryImport(Library)] public static partial IntPtr glfwSetCursorPosCallback(IntPtr window, delegate* unmanaged[Cdecl]<IntPtr, double, double, void> callback);
    [LibraryImport(Library)] public static partial IntPtr glfwSetCursorEnterCallback(IntPtr window, delegate* unmanaged[Cdecl]<IntPtr, int, void> callback);
    [LibraryImport(Library)] public static partial IntPtr glfwSetMouseButtonCallback(IntPtr window, delegate* unmanaged[Cdecl]<IntPtr, int, int, int, void> callback);
    [LibraryImport(Library)] public static partial IntPtr glfwSetScrollCallback(IntPtr window, delegate* unmanaged[Cdecl]<IntPtr, double, double, void> callback);
    [LibraryImport(Library)] public static partial IntPtr glfwSetKeyCallback(IntPtr window, delegate* unmanaged[Cdecl]<IntPtr, int, int, int, int, void> callback);
    [LibraryImport(Library)] public static partial IntPtr glfwSetCharCallback(IntPtr window, delegate* unmanaged[Cdecl]<IntPtr, uint, void> callback);
    [LibraryImport(Library)] public static partial IntPtr glfwSetFramebufferSizeCallback(IntPtr window, delegate* unmanaged[Cdecl]<IntPtr, int, int, void> callback);
    [LibraryImport(Library)] public static partial IntPtr glfwSetWindowContentScaleCallback(IntPtr window, delegate* unmanaged[Cdecl]<IntPtr, float, float, void> callback);
    [LibraryImport(Library)] public static partial IntPtr glfwSetWindowFocusCallback(IntPtr window, delegate* unmanaged[Cdecl]<IntPtr, int, void> callback);
    [LibraryImport(Library)] public static partial IntPtr glfwSetWindowCloseCallback(IntPtr window, delegate* unmanaged[Cdecl]<IntPtr, void> callback);
    [LibraryImport(Library)] public static partial IntPtr glfwSetWindowRefreshCallback(IntPtr window, delegate* unmanaged[Cdecl]<IntPtr, void> callback);

    [LibraryImport(Library)] public static partial void glfwSetClipboardString(IntPtr window, byte* text);
    [LibraryImport(Library)] public static partial byte* glfwGetClipboardString(IntPtr window);

    [LibraryImport(Library)] public static partial IntPtr glfwCreateStandardCursor(int shape);
    [LibraryImport(Library)] public static partial void glfwDestroyCursor(IntPtr cursor);
    [LibraryImport(Library)] public static partial void glfwSetCursor(IntPtr window, IntPtr cursor);

    [LibraryImport(Library)] public static partial int glfwVulkanSupported();
    [LibraryImport(Library)] public static partial byte** glfwGetRequiredInstanceExtensions(out uint count);
    [LibraryImport(Library)] public static partial int glfwCreateWindowSurface(IntPtr instance, IntPtr window, IntPtr allocator, out ulong surface);

    [LibraryImport(Library)] public static partial IntPtr glfwGetX11Display();
    [LibraryImport(Library)] public static partial nuint glfwGetX11Window(IntPtr window);
    [LibraryImport(Library)] public static partial nuint glfwGetGLXWindow(IntPtr window);

    [ThreadStatic] private static int lastErrorCode;
    [ThreadStatic] private static string? lastErrorMessage;

    /// <summary>InstallErrorCallback routes GLFW's errors into the per-thread slot <see cref="ThrowIfError"/> reads.</summary>
    public static void InstallErrorCallback() => glfwSetErrorCallback(&OnError);

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void OnError(int code, byte* description)
    {
        // Keep the first error of a call: later ones are usually consequences of it.
        if (lastErrorCode != NoError) return;
        lastErrorCode = code;
        lastErrorMessage = description == null ? "(no description)" : Marshal.PtrToStringUTF8((IntPtr)description);
    }

    /// <summary>ClearError forgets an error left by an earlier call, before a call whose outcome we check.</summary>
    public static void ClearError()
    {
        lastErrorCode = NoError;
        lastErrorMessage = null;
    }

    /// <summary>ThrowIfError throws the error GLFW reported since the last check, with GLFW's own message.</summary>
    public static void ThrowIfError(string call)
    {
        if (lastErrorCode == NoError) return;
        var code = lastErrorCode;
        var message = lastErrorMessage;
        ClearError();
        throw new GlfwException(call, code, message ?? "(no description)");
    }

    /// <summary>TakeError returns and clears the pending error, for callers that decide themselves what to do.</summary>
    public static (int Code, string? Message) TakeError()
    {
        var e = (lastErrorCode, lastErrorMessage);
        ClearError();
        return e;
    }
}
