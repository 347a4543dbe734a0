using SkiaSharp;

namespace Skia.Toolkit.Text;

/// <summary>
/// FontSlot is one face of a <see cref="FontSet"/>: either loaded, or a bundled font known by its
/// family and weight and loaded the first time text needs it. Why: each load builds a Skia
/// typeface and a HarfBuzz face and font, and a first frame rarely needs every bundled face (the
/// reference scene uses three of the four; perf/README.md, start-up breakdown).
/// </summary>
/// <remarks>Not thread-safe: <see cref="FontSet"/> reads slots under its lock.</remarks>
internal sealed class FontSlot
{
    private Func<FontFace>? _load;
    private FontFace? _face;

    /// <summary>FontSlot holds a face that is already loaded.</summary>
    public FontSlot(FontFace face)
    {
        _face = face;
        Family = face.FamilyName;
        Weight = face.Weight;
    }

    /// <summary>FontSlot holds a face to be loaded by <paramref name="load"/> on first use; the family and weight must be those the font declares.</summary>
    public FontSlot(string family, SKFontStyleWeight weight, Func<FontFace> load)
    {
        Family = family;
        Weight = weight;
        _load = load;
    }

    /// <summary>Family is the family name the face declares.</summary>
    public string Family { get; }

    /// <summary>Weight is the weight the face declares.</summary>
    public SKFontStyleWeight Weight { get; }

    /// <summary>IsLoaded says whether the face has been loaded.</summary>
    public bool IsLoaded => _face != null;

    /// <summary>Face is the face, loaded now if it was not yet.</summary>
    public FontFace Face
    {
        get
        {
            if (_face == null)
            {
                _face = _load!();
                _load = null;
            }
            return _face;
        }
    }
}
