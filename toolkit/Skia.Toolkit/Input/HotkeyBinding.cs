namespace Skia.Toolkit.Input;

/// <summary>HotkeyBinding is one registered shortcut; disposing it unregisters it.</summary>
public sealed class HotkeyBinding : IDisposable
{
    private readonly HotkeyRegistry registry;

    internal HotkeyBinding(HotkeyRegistry registry, Hotkey hotkey, string description, Action action, bool repeats)
    {
        this.registry = registry;
        Hotkey = hotkey;
        Description = description;
        Action = action;
        Repeats = repeats;
    }

    /// <summary>Hotkey is the key combination.</summary>
    public Hotkey Hotkey { get; }

    /// <summary>Description says what the shortcut does, for help screens.</summary>
    public string Description { get; }

    /// <summary>Action runs when the hotkey is pressed.</summary>
    public Action Action { get; }

    /// <summary>
    /// Repeats tells whether <see cref="Action"/> runs again for each auto-repeat of the chord held down (scrolling, a
    /// grouping step) or only on the press (anything that places an order, or toggles: a held key must not spray them).
    /// </summary>
    public bool Repeats { get; }

    /// <summary>Dispose unregisters the shortcut.</summary>
    public void Dispose() => registry.Remove(this);
}
