namespace Skia.Toolkit.Settings;

/// <summary>SettingsChangedEventArgs carries a settings value that was reloaded after the file changed on disk.</summary>
/// <typeparam name="T">The settings type.</typeparam>
public sealed class SettingsChangedEventArgs<T> : EventArgs
    where T : class
{
    /// <summary>SettingsChangedEventArgs wraps the newly applied value.</summary>
    public SettingsChangedEventArgs(T value) => Value = value;

    /// <summary>Value is the settings value now in effect.</summary>
    public T Value { get; }
}
