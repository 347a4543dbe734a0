namespace Skia.Toolkit.Input;

/// <summary>Key names a physical key on the keyboard, independent of layout and modifiers (text goes through text input).</summary>
public enum Key
{
    /// <summary>Unknown is a key the toolkit has no name for.</summary>
    Unknown,

    /// <summary>A is the A key.</summary>
    A,

    /// <summary>B is the B key.</summary>
    B,

    /// <summary>C is the C key.</summary>
    C,

    /// <summary>D is the D key.</summary>
    D,

    /// <summary>E is the E key.</summary>
    E,

    /// <summary>F is the F key.</summary>
    F,

    /// <summary>G is the G key.</summary>
    G,

    /// <summary>H is the H key.</summary>
    H,

    /// <summary>I is the I key.</summary>
    I,

    /// <summary>J is the J key.</summary>
    J,

    /// <summary>K is the K key.</summary>
    K,

    /// <summary>L is the L key.</summary>
    L,

    /// <summary>M is the M key.</summary>
    M,

    /// <summary>N is the N key.</summary>
    N,

    /// <summary>O is the O key.</summary>
    O,

    /// <summary>P is the P key.</summary>
    P,

    /// <summary>Q is the Q key.</summary>
    Q,

    /// <summary>R is the R key.</summary>
    R,

    /// <summary>S is the S key.</summary>
    S,

    /// <summary>T is the T key.</summary>
    T,

    /// <summary>U is the U key.</summary>
    U,

    /// <summary>V is the V key.</summary>
    V,

    /// <summary>W is the W key.</summary>
    W,

    /// <summary>X is the X key.</summary>
    X,

    /// <summary>Y is the Y key.</summary>
    Y,

    /// <summary>Z is the Z key.</summary>
    Z,

    /// <summary>D0 is the 0 key on the main row.</summary>
    D0,

    /// <summary>D1 is the 1 key on the main row.</summary>
    D1,

    /// <summary>D2 is the 2 key on the main row.</summary>
    D2,

    /// <summary>D3 is the 3 key on the main row.</summary>
    D3,

    /// <summary>D4 is the 4 key on the main row.</summary>
    D4,

    /// <summary>D5 is the 5 key on the main row.</summary>
    D5,

    /// <summary>D6 is the 6 key on the main row.</summary>
    D6,

    /// <summary>D7 is the 7 key on the main row.</summary>
    D7,

    /// <summary>D8 is the 8 key on the main row.</summary>
    D8,

    /// <summary>D9 is the 9 key on the main row.</summary>
    D9,

    /// <summary>Left is the left arrow.</summary>
    Left,

    /// <summary>Right is the right arrow.</summary>
    Right,

    /// <summary>Up is the up arrow.</summary>
    Up,

    /// <summary>Down is the down arrow.</summary>
    Down,

    /// <summary>Home is Home.</summary>
    Home,

    /// <summary>End is End.</summary>
    End,

    /// <summary>PageUp is Page Up.</summary>
    PageUp,

    /// <summary>PageDown is Page Down.</summary>
    PageDown,

    /// <summary>Insert is Insert.</summary>
    Insert,

    /// <summary>Delete is Delete (forward delete).</summary>
    Delete,

    /// <summary>Backspace is Backspace.</summary>
    Backspace,

    /// <summary>Enter is Enter (Return).</summary>
    Enter,

    /// <summary>Escape is Escape.</summary>
    Escape,

    /// <summary>Tab is Tab.</summary>
    Tab,

    /// <summary>Space is the space bar.</summary>
    Space,

    /// <summary>Minus is minus/underscore.</summary>
    Minus,

    /// <summary>Equal is equals/plus.</summary>
    Equal,

    /// <summary>Comma is comma.</summary>
    Comma,

    /// <summary>Period is period.</summary>
    Period,

    /// <summary>Slash is slash.</summary>
    Slash,

    /// <summary>Semicolon is semicolon.</summary>
    Semicolon,

    /// <summary>Apostrophe is apostrophe.</summary>
    Apostrophe,

    /// <summary>LeftBracket is left bracket.</summary>
    LeftBracket,

    /// <summary>RightBracket is right bracket.</summary>
    RightBracket,

    /// <summary>Backslash is backslash.</summary>
    Backslash,

    /// <summary>GraveAccent is grave accent/tilde.</summary>
    GraveAccent,

    /// <summary>F1 is function key F1.</summary>
    F1,

    /// <summary>F2 is function key F2.</summary>
    F2,

    /// <summary>F3 is function key F3.</summary>
    F3,

    /// <summary>F4 is function key F4.</summary>
    F4,

    /// <summary>F5 is function key F5.</summary>
    F5,

    /// <summary>F6 is function key F6.</summary>
    F6,

    /// <summary>F7 is function key F7.</summary>
    F7,

    /// <summary>F8 is function key F8.</summary>
    F8,

    /// <summary>F9 is function key F9.</summary>
    F9,

    /// <summary>F10 is function key F10.</summary>
    F10,

    /// <summary>F11 is function key F11.</summary>
    F11,

    /// <summary>F12 is function key F12.</summary>
    F12,

    /// <summary>NumPad0 is keypad 0.</summary>
    NumPad0,

    /// <summary>NumPad1 is keypad 1.</summary>
    NumPad1,

    /// <summary>NumPad2 is keypad 2.</summary>
    NumPad2,

    /// <summary>NumPad3 is keypad 3.</summary>
    NumPad3,

    /// <summary>NumPad4 is keypad 4.</summary>
    NumPad4,

    /// <summary>NumPad5 is keypad 5.</summary>
    NumPad5,

    /// <summary>NumPad6 is keypad 6.</summary>
    NumPad6,

    /// <summary>NumPad7 is keypad 7.</summary>
    NumPad7,

    /// <summary>NumPad8 is keypad 8.</summary>
    NumPad8,

    /// <summary>NumPad9 is keypad 9.</summary>
    NumPad9,

    /// <summary>NumPadDecimal is keypad decimal point.</summary>
    NumPadDecimal,

    /// <summary>NumPadAdd is keypad plus.</summary>
    NumPadAdd,

    /// <summary>NumPadSubtract is keypad minus.</summary>
    NumPadSubtract,

    /// <summary>NumPadMultiply is keypad multiply.</summary>
    NumPadMultiply,

    /// <summary>NumPadDivide is keypad divide.</summary>
    NumPadDivide,

    /// <summary>NumPadEnter is keypad Enter.</summary>
    NumPadEnter,

    /// <summary>LeftShift is left Shift.</summary>
    LeftShift,

    /// <summary>RightShift is right Shift.</summary>
    RightShift,

    /// <summary>LeftControl is left Ctrl.</summary>
    LeftControl,

    /// <summary>RightControl is right Ctrl.</summary>
    RightControl,

    /// <summary>LeftAlt is left Alt.</summary>
    LeftAlt,

    /// <summary>RightAlt is right Alt.</summary>
    RightAlt,

    /// <summary>LeftSuper is left Super.</summary>
    LeftSuper,

    /// <summary>RightSuper is right Super.</summary>
    RightSuper,

    /// <summary>Menu is the menu key.</summary>
    Menu,
}
