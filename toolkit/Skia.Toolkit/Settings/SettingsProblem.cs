namespace Skia.Toolkit.Settings;

/// <summary>
/// SettingsProblem says why a settings file could not be used: which file, what was wrong with it and what was
/// done instead (defaults used, the last good value kept, the file set aside). It is a value for the UI to show
/// (a toast, a status line); <see cref="ToString"/> is the one sentence to show.
/// </summary>
/// <param name="FilePath">FilePath is the settings file the problem is about.</param>
/// <param name="Problem">Problem says what was wrong, such as "is not valid JSON: ... (line 3)".</param>
/// <param name="Outcome">Outcome says what was done instead, such as "defaults are used".</param>
/// <param name="SetAsidePath">SetAsidePath is where the unusable file was moved for the user to inspect, or null when it was left in place.</param>
public sealed record SettingsProblem(string FilePath, string Problem, string Outcome, string? SetAsidePath = null)
{
    /// <summary>ToString is the whole report in one sentence, naming the file, the problem and the outcome.</summary>
    public override string ToString() => SetAsidePath == null
        ? $"Settings file {FilePath} {Problem}; {Outcome}."
        : $"Settings file {FilePath} {Problem}; {Outcome}; the file was kept as {SetAsidePath}.";
}
