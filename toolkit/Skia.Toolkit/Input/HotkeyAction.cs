namespace Skia.Toolkit.Input;

/// <summary>HotkeyAction is one named action of a <see cref="HotkeyMap"/> as it stands: its chord, what it does and when it may fire; a row of a help overlay.</summary>
/// <param name="Name">Name is the action's stable name, such as "market.buy", used in config files.</param>
/// <param name="Chord">Chord is the key chord that fires it, or null when it has none.</param>
/// <param name="DescriptionKey">DescriptionKey is the <see cref="Settings.StringTable"/> key of the sentence describing the action.</param>
/// <param name="FiresWhileEditing">FiresWhileEditing tells whether the action fires while a text box is being edited.</param>
/// <param name="Repeats">Repeats tells whether the action fires again on each auto-repeat of its held chord, or on the press only (<see cref="HotkeyBinding.Repeats"/>).</param>
public sealed record HotkeyAction(string Name, Hotkey? Chord, string DescriptionKey, bool FiresWhileEditing, bool Repeats = false);
