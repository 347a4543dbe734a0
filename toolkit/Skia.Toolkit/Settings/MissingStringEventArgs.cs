namespace Skia.Toolkit.Settings;

/// <summary>MissingStringEventArgs names a string key that the selected language (or English) does not have.</summary>
public sealed class MissingStringEventArgs : EventArgs
{
    /// <summary>MissingStringEventArgs reports <paramref name="key"/> missing from <paramref name="language"/>.</summary>
    public MissingStringEventArgs(string language, string key)
    {
        Language = language;
        Key = key;
    }

    /// <summary>Language is the language code that lacks the key ("en" when even English lacks it).</summary>
    public string Language { get; }

    /// <summary>Key is the missing string's key.</summary>
    public string Key { get; }
}
