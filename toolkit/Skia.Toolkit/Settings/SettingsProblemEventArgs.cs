namespace Skia.Toolkit.Settings;

/// <summary>SettingsProblemEventArgs carries a problem found while loading, reloading or saving a settings file.</summary>
public sealed class SettingsProblemEventArgs : EventArgs
{
    /// <summary>SettingsProblemEventArgs wraps a problem.</summary>
    public SettingsProblemEventArgs(SettingsProblem problem) => Problem = problem;

    /// <summary>Problem is what went wrong and what was done instead.</summary>
    public SettingsProblem Problem { get; }
}
