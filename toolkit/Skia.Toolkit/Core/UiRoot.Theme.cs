using Skia.Toolkit.Theming;

namespace Skia.Toolkit.Core;

/// <summary>UiRoot's theming half: the theme every widget in the window draws with.</summary>
public sealed partial class UiRoot
{
    private Theme? _theme;

    /// <summary>
    /// Theme is what widgets in this window draw with (<see cref="Theming.Theme.Dark"/> until set).
    /// Setting it repaints and re-measures the whole tree, since colours and font sizes may change, and sets <see cref="Background"/>.
    /// </summary>
    public Theme Theme
    {
        get => _theme ?? Theme.Dark;
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            if (ReferenceEquals(_theme, value)) return;
            _theme = value;
            Background = value.Background;
            InvalidateMeasureDeep(Content);
            Damage.InvalidateAll();
            ThemeChanged?.Invoke(this, EventArgs.Empty);
        }
    }

    /// <summary>ThemeChanged is raised after <see cref="Theme"/> changes, for widgets that cache theme-derived resources.</summary>
    public event EventHandler? ThemeChanged;

    private static void InvalidateMeasureDeep(Widget widget)
    {
        widget.DropCachedLayout();
        widget.InvalidateMeasure();
        widget.InvalidatePaint();
        var children = widget.Children;
        for (var i = 0; i < children.Count; i++) InvalidateMeasureDeep(children[i]);
    }
}
