namespace Skia.Toolkit.Input;

/// <summary>
/// HotkeyRegistry holds the window's global keyboard shortcuts (order keys, panel switches).
/// A key press reaches it only when no focused widget handled it, so typing into a text box never
/// fires a shortcut; Tab and Escape keep their focus and popup meanings and cannot be registered.
/// </summary>
public sealed class HotkeyRegistry
{
    private readonly Dictionary<Hotkey, HotkeyBinding> bindings = [];

    /// <summary>Bindings lists the registered shortcuts, for a help screen or a settings page.</summary>
    public IReadOnlyCollection<HotkeyBinding> Bindings => bindings.Values;

    /// <summary>
    /// Register binds a hotkey to an action; it throws when the hotkey is already bound or reserved. The action runs on
    /// the press only, unless <paramref name="repeats"/> lets each auto-repeat of the held chord run it again (see
    /// <see cref="HotkeyBinding.Repeats"/>): not repeating is the default because it is the safe one for an action that
    /// places an order.
    /// </summary>
    public HotkeyBinding Register(Hotkey hotkey, string description, Action action, bool repeats = false)
    {
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(action);
        if (hotkey.Key is Key.Tab or Key.Escape or Key.Unknown)
        {
            throw new ArgumentException($"{hotkey} is reserved for focus and popups and cannot be a hotkey.", nameof(hotkey));
        }
        if (bindings.TryGetValue(hotkey, out var existing))
        {
            throw new InvalidOperationException($"{hotkey} is already bound to \"{existing.Description}\"; unregister it first.");
        }
        var binding = new HotkeyBinding(this, hotkey, description, action, repeats);
        bindings.Add(hotkey, binding);
        return binding;
    }

    /// <summary>Unregister removes the binding of a hotkey; returns false when it had none.</summary>
    public bool Unregister(Hotkey hotkey) => bindings.Remove(hotkey);

    /// <summary>
    /// TryInvoke runs the action bound to exactly this key and modifiers; returns whether the key was taken. An auto-repeat
    /// (<paramref name="isRepeat"/>) of a binding that does not <see cref="HotkeyBinding.Repeats"/> runs nothing but is
    /// still taken, so the held chord does nothing else either.
    /// </summary>
    public bool TryInvoke(Key key, KeyModifiers modifiers, bool isRepeat = false)
    {
        if (!bindings.TryGetValue(new Hotkey(key, modifiers), out var binding)) return false;
        if (!isRepeat || binding.Repeats) binding.Action();
        return true;
    }

    /// <summary>Remove drops a binding if it is still the one registered for its hotkey.</summary>
    internal void Remove(HotkeyBinding binding)
    {
        if (bindings.TryGetValue(binding.Hotkey, out var current) && ReferenceEquals(current, binding)) bindings.Remove(binding.Hotkey);
    }
}
