using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Skia.Toolkit.Platform;

/// <summary>
/// X11EventTimes gives GLFW's input callbacks the time the user acted: the X server's timestamp of the
/// ButtonPress/ButtonRelease/KeyPress/KeyRelease (and MotionNotify/EnterNotify) event behind each callback. GLFW 3.3
/// does not pass X event times on, and the time the UI thread handles an event can be far later than the user's
/// action when the thread is busy or starved (a double click 100 ms apart handled 700 ms apart).
/// </summary>
/// <remarks>
/// How: Xlib converts each event from its wire form when it reads it from the connection, through a per-event-type
/// converter that <c>XESetWireToEvent</c> can replace. Ours calls the previous converter (Xlib's own) and records the
/// converted event's window, detail (keycode or button) and <c>time</c> in a small ring. Xlib may read many events
/// before GLFW processes the first, so the ring is a FIFO: GLFW's callback, which runs while GLFW processes that same
/// event in order, takes the oldest entry that matches it (same window, type and detail) and drops the entries before
/// it (events GLFW processed without a callback: another window's, a key release it took for auto-repeat). Buttons 4-7
/// are GLFW's scroll callback, 8 and up its buttons 3 and up. Pointer positions (motion, enter) have a ring of their own
/// so a flood of motion cannot push a button press out. Everything is preallocated: no allocation per event. The
/// converter can run on any thread that reads from GLFW's display (Xlib locks the display around it), so both rings
/// sit behind one lock.
/// Where there is no X11 display (a Wayland or non-Linux build of GLFW) nothing is installed and callers use the time
/// they received the event instead.
/// </remarks>
internal static unsafe partial class X11EventTimes
{
    private const int KeyPress = 2;
    private const int KeyRelease = 3;
    private const int ButtonPress = 4;
    private const int ButtonRelease = 5;
    private const int MotionNotify = 6;
    private const int EnterNotify = 7;
    private const int Capacity = 128; // far more than one poll's worth of presses and releases
    private const int PointerCapacity = 64;

    // XEvent field offsets (Xlib.h) on LP64: XKeyEvent, XButtonEvent, XMotionEvent and XCrossingEvent share them.
    private const int TypeOffset = 0;
    private const int WindowOffset = 32;
    private const int TimeOffset = 56;
    private const int DetailOffset = 84;

    private static readonly Lock Gate = new();
    private static readonly Entry[] Inputs = new Entry[Capacity];
    private static readonly Entry[] Pointers = new Entry[PointerCapacity];
    private static readonly IntPtr[] Previous = new IntPtr[EnterNotify + 1];
    private static int inputHead, inputCount, pointerHead, pointerCount;
    private static IntPtr display;
    private static uint latest, lastUnwrapped;
    private static long unwrapped;
    private static bool anyTime, unwrapStarted;

    [LibraryImport("libX11.so.6")]
    private static partial IntPtr XESetWireToEvent(IntPtr display, int eventNumber, IntPtr proc);

    /// <summary>Installed says whether X event times are being recorded (GLFW has an X11 display and the converters are ours).</summary>
    public static bool Installed
    {
        get
        {
            lock (Gate) return display != IntPtr.Zero;
        }
    }

    /// <summary>Install puts the recording converters on GLFW's X11 display, once per display; without one (not X11) it does nothing.</summary>
    public static void Install()
    {
        if (IntPtr.Size != 8) return; // the XEvent offsets above are LP64's
        IntPtr x;
        try
        {
            x = Glfw.glfwGetX11Display();
        }
        catch (EntryPointNotFoundException)
        {
            return; // a GLFW built without X11
        }
        Glfw.ClearError(); // not an X11 platform: GLFW reports an error and returns null
        if (x == IntPtr.Zero) return;
        lock (Gate)
        {
            if (display == x) return;
            Reset();
            delegate* unmanaged[Cdecl]<IntPtr, IntPtr, IntPtr, int> convert = &Convert;
            foreach (var type in (ReadOnlySpan<int>)[KeyPress, KeyRelease, ButtonPress, ButtonRelease, MotionNotify, EnterNotify])
            {
                var previous = XESetWireToEvent(x, type, (IntPtr)convert);
                if (previous != (IntPtr)convert) Previous[type] = previous; // ours already (installed again on a live display): keep Xlib's
            }
            display = x;
        }
    }

    /// <summary>Uninstall forgets the display (GLFW is terminating and closes it, converters and all).</summary>
    public static void Uninstall()
    {
        lock (Gate)
        {
            display = IntPtr.Zero;
            Reset();
        }
    }

    /// <summary>TakeButton is the time of the press or release of GLFW button <paramref name="glfwButton"/> in X window <paramref name="window"/>, or null without X times.</summary>
    public static TimeSpan? TakeButton(nuint window, int glfwButton, bool press)
    {
        // GLFW: X button 1 left (0), 2 middle (2), 3 right (1), 4-7 scroll, 8 and up are GLFW's 3 and up.
        uint button = glfwButton switch
        {
            0 => 1,
            1 => 3,
            2 => 2,
            _ => (uint)glfwButton + 5,
        };
        return TakeInput(window, press ? ButtonPress : ButtonRelease, button);
    }

    /// <summary>TakeScroll is the time of the wheel notch (X buttons 4-7) behind a GLFW scroll of (<paramref name="dx"/>, <paramref name="dy"/>), or null without X times.</summary>
    public static TimeSpan? TakeScroll(nuint window, double dx, double dy)
    {
        uint button = dy > 0 ? 4u : dy < 0 ? 5u : dx > 0 ? 6u : 7u;
        return TakeInput(window, ButtonPress, button);
    }

    /// <summary>TakeKey is the time of the key press (or repeat) or release of X keycode <paramref name="scancode"/>, or null without X times.</summary>
    public static TimeSpan? TakeKey(nuint window, int scancode, bool press) => TakeInput(window, press ? KeyPress : KeyRelease, (uint)scancode);

    /// <summary>TakePointer is the time of the motion or enter event behind a GLFW cursor position, or null without X times.</summary>
    public static TimeSpan? TakePointer(nuint window)
    {
        lock (Gate)
        {
            if (display == IntPtr.Zero) return null;
            for (var i = 0; i < pointerCount; i++)
            {
                ref Entry e = ref Pointers[(pointerHead + i) % PointerCapacity];
                if (e.Window != window) continue;
                var time = e.Time;
                Drop(ref pointerHead, ref pointerCount, PointerCapacity, i + 1);
                return Unwrap(time);
            }
            return Fallback();
        }
    }

    private static TimeSpan? TakeInput(nuint window, int type, uint detail)
    {
        lock (Gate)
        {
            if (display == IntPtr.Zero) return null;
            for (var i = 0; i < inputCount; i++)
            {
                ref Entry e = ref Inputs[(inputHead + i) % Capacity];
                if (e.Window != window || e.Type != type || e.Detail != detail) continue;
                var time = e.Time;
                Drop(ref inputHead, ref inputCount, Capacity, i + 1);
                return Unwrap(time);
            }
            return Fallback();
        }
    }

    // No entry matches (the ring overflowed, or GLFW made the event up): the newest server time read is the best
    // estimate on the same clock, never the receive time, which is on another.
    private static TimeSpan? Fallback() => anyTime ? Unwrap(latest) : null;

    /// <summary>Record adds one converted event to its ring (the converter's half; internal for the allocation test).</summary>
    internal static void Record(int type, nuint window, uint detail, uint time)
    {
        lock (Gate)
        {
            latest = time;
            anyTime = true;
            if (type is MotionNotify or EnterNotify) Push(Pointers, ref pointerHead, ref pointerCount, PointerCapacity, new Entry(window, type, detail, time));
            else Push(Inputs, ref inputHead, ref inputCount, Capacity, new Entry(window, type, detail, time));
        }
    }

    /// <summary>StartForTest installs nothing but makes the rings live, so a test can feed them as the converter would.</summary>
    internal static void StartForTest()
    {
        lock (Gate)
        {
            Reset();
            display = new IntPtr(-1);
        }
    }

    private static void Push(Entry[] ring, ref int head, ref int count, int capacity, Entry entry)
    {
        if (count == capacity) Drop(ref head, ref count, capacity, 1); // overflow: the oldest goes (its callback falls back)
        ring[(head + count) % capacity] = entry;
        count++;
    }

    private static void Drop(ref int head, ref int count, int capacity, int n)
    {
        head = (head + n) % capacity;
        count -= n;
    }

    // X times are 32-bit milliseconds that wrap every 49.7 days: carried on in 64 bits by the signed difference from the
    // last one seen (events are taken nearly in order; a difference over 24 days is taken as going back).
    private static TimeSpan Unwrap(uint time)
    {
        if (!unwrapStarted) unwrapped = time;
        else unwrapped += (int)(time - lastUnwrapped);
        unwrapStarted = true;
        lastUnwrapped = time;
        return TimeSpan.FromMilliseconds(unwrapped);
    }

    private static void Reset()
    {
        inputHead = inputCount = pointerHead = pointerCount = 0;
        latest = lastUnwrapped = 0;
        unwrapped = 0;
        anyTime = unwrapStarted = false;
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static int Convert(IntPtr dpy, IntPtr xevent, IntPtr wire)
    {
        var type = *(byte*)wire & 0x7f; // the top bit marks an event sent with XSendEvent
        var previous = (uint)type < (uint)Previous.Length ? Previous[type] : IntPtr.Zero;
        if (previous == IntPtr.Zero) return 0;
        var converted = ((delegate* unmanaged[Cdecl]<IntPtr, IntPtr, IntPtr, int>)previous)(dpy, xevent, wire);
        if (converted == 0) return converted;
        var e = (byte*)xevent;
        Record(*(int*)(e + TypeOffset), *(nuint*)(e + WindowOffset), *(uint*)(e + DetailOffset), (uint)*(nuint*)(e + TimeOffset));
        return converted;
    }

    private readonly record struct Entry(nuint Window, int Type, uint Detail, uint Time);
}
