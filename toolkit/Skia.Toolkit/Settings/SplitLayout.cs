using Skia.Toolkit.Widgets;

namespace Skia.Toolkit.Settings;

/// <summary>
/// SplitLayout binds split panels to a <see cref="LayoutState"/> by name: binding a panel restores its saved share, and
/// each move the user makes is written back into the state and announced by <see cref="Changed"/>, where the app saves
/// it (for example with <c>store.Save(layout.State)</c>). UI thread only, like the panels.
/// </summary>
public sealed class SplitLayout
{
    // Shares are written rounded to this many decimals: a millionth of a 4K screen is far below a pixel, and the file stays readable.
    private const int SavedDecimals = 6;

    private readonly Dictionary<string, SplitPanel> _panels = new(StringComparer.Ordinal);
    private readonly Dictionary<SplitPanel, string> _names = [];

    /// <summary>SplitLayout starts from <paramref name="state"/> (for example a loaded store's value), or an empty layout.</summary>
    public SplitLayout(LayoutState? state = null) => State = state ?? new LayoutState();

    /// <summary>State is the layout as last restored or changed by the user.</summary>
    public LayoutState State { get; private set; }

    /// <summary>Changed is raised after the user moved a bound splitter and <see cref="State"/> was updated.</summary>
    public event EventHandler? Changed;

    /// <summary>Bind ties <paramref name="panel"/> to <paramref name="name"/>: the saved share (if any) is applied now and the user's moves are recorded.</summary>
    public void Bind(string name, SplitPanel panel)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(panel);
        if (_panels.TryGetValue(name, out var existing) && !ReferenceEquals(existing, panel)) throw new InvalidOperationException($"A split panel is already bound as \"{name}\"; unbind it first.");
        if (_names.TryGetValue(panel, out var other) && other != name) throw new InvalidOperationException($"This split panel is already bound as \"{other}\".");
        if (existing != null) return;
        _panels.Add(name, panel);
        _names.Add(panel, name);
        panel.SplitterMoved += OnSplitterMoved;
        Restore(name, panel);
    }

    /// <summary>Unbind stops recording the panel bound as <paramref name="name"/>; returns false when none was.</summary>
    public bool Unbind(string name)
    {
        if (!_panels.Remove(name, out var panel)) return false;
        _names.Remove(panel);
        panel.SplitterMoved -= OnSplitterMoved;
        return true;
    }

    /// <summary>Apply replaces the state (for example after the layout file was edited and reloaded) and moves every bound panel that has a share in it.</summary>
    public void Apply(LayoutState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        State = state;
        foreach (var (name, panel) in _panels) Restore(name, panel);
    }

    private void Restore(string name, SplitPanel panel)
    {
        if (State.Splits.TryGetValue(name, out var ratio) && LayoutState.IsValidRatio(ratio)) panel.SplitterRatio = ratio;
    }

    private void OnSplitterMoved(object? sender, EventArgs e)
    {
        if (sender is not SplitPanel panel || !_names.TryGetValue(panel, out var name)) return;
        var ratio = Math.Round(panel.SplitterRatio, SavedDecimals);
        if (State.Splits.TryGetValue(name, out var old) && old == ratio) return;
        State.Splits[name] = ratio;
        Changed?.Invoke(this, EventArgs.Empty);
    }
}
