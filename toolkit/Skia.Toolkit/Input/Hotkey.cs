using System.Text;

namespace Skia.Toolkit.Input;

/// <summary>Hotkey is a key plus the exact modifiers that must be held with it, such as Ctrl+Shift+B.</summary>
public readonly record struct Hotkey(Key Key, KeyModifiers Modifiers = KeyModifiers.None)
{
    /// <summary>Parse reads text such as "Ctrl+Shift+B", "F2" or "Alt+Enter"; it throws FormatException for anything else.</summary>
    public static Hotkey Parse(string text)
    {
        if (TryParse(text, out var hotkey)) return hotkey;
        throw new FormatException($"'{text}' is not a hotkey; expected modifiers and a key joined by '+', such as \"Ctrl+Shift+B\".");
    }

    /// <summary>TryParse reads text such as "Ctrl+B"; modifier names are Ctrl/Control, Shift, Alt, Super/Win/Cmd, case-insensitive.</summary>
    public static bool TryParse(string? text, out Hotkey hotkey)
    {
        hotkey = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var parts = text.Split('+', StringSplitOptions.TrimEntries);
        var modifiers = KeyModifiers.None;
        for (var i = 0; i < parts.Length - 1; i++)
        {
            KeyModifiers m = parts[i].ToUpperInvariant() switch
            {
                "CTRL" or "CONTROL" => KeyModifiers.Control,
                "SHIFT" => KeyModifiers.Shift,
                "ALT" => KeyModifiers.Alt,
                "SUPER" or "WIN" or "CMD" => KeyModifiers.Super,
                _ => KeyModifiers.None,
            };
            if (m == KeyModifiers.None || (modifiers & m) != 0) return false;
            modifiers |= m;
        }
        var keyName = parts[^1];
        if (keyName.Length == 1 && keyName[0] is >= '0' and <= '9') keyName = "D" + keyName;
        if (keyName.Length == 0 || !Enum.TryParse<Key>(keyName, ignoreCase: true, out var key) || key == Key.Unknown || !Enum.IsDefined(key)) return false;
        if (char.IsDigit(keyName[0])) return false; // "5" was mapped to D5 above; raw numbers like "12" are enum values, not names
        hotkey = new Hotkey(key, modifiers);
        return true;
    }

    /// <summary>ToString writes the hotkey as "Ctrl+Shift+B", the form <see cref="Parse"/> reads.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        if ((Modifiers & KeyModifiers.Control) != 0) sb.Append("Ctrl+");
        if ((Modifiers & KeyModifiers.Shift) != 0) sb.Append("Shift+");
        if ((Modifiers & KeyModifiers.Alt) != 0) sb.Append("Alt+");
        if ((Modifiers & KeyModifiers.Super) != 0) sb.Append("Super+");
        var name = Key.ToString();
        sb.Append(name.Length == 2 && name[0] == 'D' && char.IsDigit(name[1]) ? name[1..] : name);
        return sb.ToString();
    }
}
