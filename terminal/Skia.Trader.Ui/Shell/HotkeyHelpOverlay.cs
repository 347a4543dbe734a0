using Skia.Toolkit.Core;
using Skia.Toolkit.Input;
using Skia.Toolkit.Settings;
using Skia.Toolkit.Text;
using Skia.Toolkit.Widgets;
using SkiaSharp;

namespace Skia.Trader.Ui.Shell;

/// <summary>
/// HotkeyHelpOverlay is the list of hotkeys shown on F1: each action of the <see cref="HotkeyMap"/> with its chord as it
/// stands (after the config's remapping) and its description in the selected language. It is built when it opens, so it
/// always shows the current map; F1 again, Esc or a click outside closes it.
/// </summary>
public sealed class HotkeyHelpOverlay
{
    private readonly HotkeyMap _map;
    private readonly StringTable _strings;
    private readonly string _configFile;
    private Popup? _popup;

    /// <summary>Creates the overlay over <paramref name="map"/>, with texts from <paramref name="strings"/>.</summary>
    /// <param name="map">The hotkey map listed.</param>
    /// <param name="strings">The string table (descriptions, title).</param>
    /// <param name="configFile">The config file the footer names as the place to remap keys.</param>
    public HotkeyHelpOverlay(HotkeyMap map, StringTable strings, string configFile)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(strings);
        ArgumentNullException.ThrowIfNull(configFile);
        _map = map;
        _strings = strings;
        _configFile = configFile;
    }

    /// <summary>IsOpen tells whether the list is shown.</summary>
    public bool IsOpen => _popup?.IsOpen == true;

    /// <summary>Toggle shows the list in <paramref name="host"/>, or closes it when it is shown.</summary>
    /// <param name="host">The screen's popup host.</param>
    public void Toggle(PopupHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        if (IsOpen)
        {
            _popup!.Close();
            return;
        }
        _popup = new Popup(Build(host.Root?.Theme ?? Skia.Toolkit.Theming.Theme.Dark)) { Placement = PopupPlacement.Center, Name = "hotkey-help" };
        host.Open(_popup, focusContent: false);
    }

    /// <summary>Close closes the list when it is shown.</summary>
    public void Close() => _popup?.Close();

    private Border Build(Skia.Toolkit.Theming.Theme theme)
    {
        var grid = new Grid { Name = "hotkey-help-rows" };
        var actions = _map.Actions;
        var rows = new List<GridLength>(actions.Count);
        for (var i = 0; i < actions.Count; i++) rows.Add(GridLength.Auto);
        grid.Rows = rows;
        grid.Columns = [GridLength.Auto, GridLength.Auto];
        for (var i = 0; i < actions.Count; i++)
        {
            HotkeyAction action = actions[i];
            var chord = TerminalHotkeys.ChordText(action.Chord) ?? _strings["hotkeys.unbound"];
            grid.Add(new Label(chord)
            {
                Name = "hotkey-chord-" + action.Name,
                Font = FontSpec.Mono(14, SKFontStyleWeight.Bold),
                Color = action.Chord is null ? theme.TextDisabled : theme.Accent,
                Margin = new Thickness(0, 3, 24, 3),
            }, i, 0);
            grid.Add(new Label(_strings[action.DescriptionKey]) { Name = "hotkey-text-" + action.Name, Margin = new Thickness(0, 3, 0, 3) }, i, 1);
        }
        var stack = new Stack { Orientation = Orientation.Vertical, Spacing = 10 };
        stack.Add(new Label(_strings["hotkeys.title"]) { Name = "hotkey-help-title", Font = FontSpec.Ui(18, SKFontStyleWeight.Bold) });
        stack.Add(grid);
        // Wraps rather than cutting the config file's path short (in a narrow window, or with a long home directory).
        stack.Add(new Label(_strings.Format("shell.help.close", _configFile)) { Name = "hotkey-help-footer", Color = theme.TextMuted, Wrapping = TextWrapping.Wrap });
        return new Border
        {
            Child = stack,
            Background = theme.SurfaceRaised,
            BorderColor = theme.Border,
            BorderThickness = 1,
            CornerRadius = 6,
            Padding = new Thickness(20, 16, 20, 16),
        };
    }
}
