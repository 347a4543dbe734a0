using Skia.Toolkit.Input;

namespace Skia.Toolkit.Platform;

/// <summary>GlfwKeyMap translates GLFW key codes and modifier bits (GLFW/glfw3.h) to the toolkit's <see cref="Key"/> and <see cref="KeyModifiers"/>.</summary>
internal static class GlfwKeyMap
{
    /// <summary>ToKey maps a GLFW key code; keys the toolkit has no name for are <see cref="Key.Unknown"/>.</summary>
    public static Key ToKey(int glfwKey) => glfwKey switch
    {
        >= 65 and <= 90 => Key.A + (glfwKey - 65),        // GLFW_KEY_A..Z are ASCII
        >= 48 and <= 57 => Key.D0 + (glfwKey - 48),       // GLFW_KEY_0..9 are ASCII
        >= 290 and <= 301 => Key.F1 + (glfwKey - 290),    // GLFW_KEY_F1..F12
        >= 320 and <= 329 => Key.NumPad0 + (glfwKey - 320), // GLFW_KEY_KP_0..9
        32 => Key.Space,
        39 => Key.Apostrophe,
        44 => Key.Comma,
        45 => Key.Minus,
        46 => Key.Period,
        47 => Key.Slash,
        59 => Key.Semicolon,
        61 => Key.Equal,
        91 => Key.LeftBracket,
        92 => Key.Backslash,
        93 => Key.RightBracket,
        96 => Key.GraveAccent,
        256 => Key.Escape,
        257 => Key.Enter,
        258 => Key.Tab,
        259 => Key.Backspace,
        260 => Key.Insert,
        261 => Key.Delete,
        262 => Key.Right,
        263 => Key.Left,
        264 => Key.Down,
        265 => Key.Up,
        266 => Key.PageUp,
        267 => Key.PageDown,
        268 => Key.Home,
        269 => Key.End,
        330 => Key.NumPadDecimal,
        331 => Key.NumPadDivide,
        332 => Key.NumPadMultiply,
        333 => Key.NumPadSubtract,
        334 => Key.NumPadAdd,
        335 => Key.NumPadEnter,
        340 => Key.LeftShift,
        341 => Key.LeftControl,
        342 => Key.LeftAlt,
        343 => Key.LeftSuper,
        344 => Key.RightShift,
        345 => Key.RightControl,
        346 => Key.RightAlt,
        347 => Key.RightSuper,
        348 => Key.Menu,
        _ => Key.Unknown,
    };

    /// <summary>ToModifiers maps GLFW's modifier bits.</summary>
    public static KeyModifiers ToModifiers(int mods)
    {
        var m = KeyModifiers.None;
        if ((mods & Glfw.ModShift) != 0) m |= KeyModifiers.Shift;
        if ((mods & Glfw.ModControl) != 0) m |= KeyModifiers.Control;
        if ((mods & Glfw.ModAlt) != 0) m |= KeyModifiers.Alt;
        if ((mods & Glfw.ModSuper) != 0) m |= KeyModifiers.Super;
        return m;
    }

    /// <summary>ToButton maps GLFW's mouse button number (0 left, 1 right, 2 middle).</summary>
    public static PointerButton ToButton(int button) => button switch
    {
        0 => PointerButton.Left,
        1 => PointerButton.Right,
        2 => PointerButton.Middle,
        _ => PointerButton.None,
    };
}
