using Skia.Toolkit.Core;
using Skia.Toolkit.Widgets;

namespace Skia.Toolkit.Input;

/// <summary>
/// HotkeyMapRegistration feeds a <see cref="HotkeyMap"/> into a window's <see cref="UiRoot.Hotkeys"/>: each action with a
/// chord and a handler is registered (repeating on a held chord or not, as the map says), and re-registered whenever the
/// map is remapped (a config hot reload). An action not marked <see cref="HotkeyAction.FiresWhileEditing"/> does nothing while a text box has focus. Dispose removes all.
/// </summary>
public sealed class HotkeyMapRegistration : IDisposable
{
    private readonly HotkeyMap _map;
    private readonly UiRoot _root;
    private readonly IReadOnlyDictionary<string, Action> _handlers;
    private readonly Func<string, string> _describe;
    private readonly List<HotkeyBinding> _bindings = [];
    private readonly List<HotkeyMapProblem> _problems = [];
    private bool _disposed;

    /// <summary>
    /// HotkeyMapRegistration registers the actions of <paramref name="map"/> that have a handler in <paramref name="handlers"/>
    /// on <paramref name="root"/>. <paramref name="describe"/> turns a description key into the text the registry lists
    /// (for example a <see cref="Settings.StringTable"/> lookup); by default the key itself.
    /// </summary>
    public HotkeyMapRegistration(HotkeyMap map, UiRoot root, IReadOnlyDictionary<string, Action> handlers, Func<string, string>? describe = null)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(handlers);
        _map = map;
        _root = root;
        _handlers = handlers;
        _describe = describe ?? (static key => key);
        foreach (var name in handlers.Keys) map.ChordOf(name); // a handler for an action the map lacks is a programming error: throws now
        Register();
        map.Changed += OnMapChanged;
    }

    /// <summary>Problems lists chords that could not be registered because the window already has another binding on them.</summary>
    public IReadOnlyList<HotkeyMapProblem> Problems => _problems;

    /// <summary>IsEditingText tells whether a text box (or a box derived from it, such as a NumericBox) has focus in <paramref name="root"/>.</summary>
    public static bool IsEditingText(UiRoot root)
    {
        ArgumentNullException.ThrowIfNull(root);
        return root.FocusedWidget is TextBox;
    }

    /// <summary>Dispose unregisters every binding this registration made and stops following the map.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _map.Changed -= OnMapChanged;
        Unregister();
    }

    private void OnMapChanged(object? sender, EventArgs e)
    {
        Unregister();
        Register();
    }

    private void Register()
    {
        _problems.Clear();
        foreach (var action in _map.Actions)
        {
            if (action.Chord is not Hotkey chord || !_handlers.TryGetValue(action.Name, out var handler)) continue;
            var root = _root;
            Action guarded = action.FiresWhileEditing ? handler : () =>
            {
                if (!IsEditingText(root)) handler();
            };
            try
            {
                _bindings.Add(_root.Hotkeys.Register(chord, _describe(action.DescriptionKey), guarded, action.Repeats));
            }
            catch (InvalidOperationException e)
            {
                _problems.Add(new HotkeyMapProblem(action.Name, $"\"{action.Name}\" cannot use {chord}: {e.Message}"));
            }
        }
    }

    private void Unregister()
    {
        foreach (var binding in _bindings) binding.Dispose();
        _bindings.Clear();
    }
}
