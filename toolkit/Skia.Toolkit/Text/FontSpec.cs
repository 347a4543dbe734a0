using SkiaSharp;

namespace Skia.Toolkit.Text;

/// <summary>FontSpec names a font to shape and draw with: family, size, weight and OpenType features; it is the font half of a text cache key.</summary>
public readonly struct FontSpec : IEquatable<FontSpec>
{
    private readonly string? _family;
    private readonly string? _features;
    private readonly float _size;
    private readonly SKFontStyleWeight _weight;

    /// <summary>FontSpec creates a font description; <paramref name="features"/> is a space- or comma-separated HarfBuzz feature list such as "tnum -liga".</summary>
    /// <exception cref="ArgumentNullException">family or features is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">size is not a finite positive number.</exception>
    public FontSpec(string family, float size, SKFontStyleWeight weight = SKFontStyleWeight.Normal, string features = "")
    {
        ArgumentNullException.ThrowIfNull(family);
        ArgumentNullException.ThrowIfNull(features);
        if (!float.IsFinite(size) || size <= 0) throw new ArgumentOutOfRangeException(nameof(size), size, "Font size must be a finite positive number.");
        _family = family;
        _size = size;
        _weight = weight;
        _features = features;
    }

    /// <summary>Family is the font family name, e.g. "Inter"; the default value means the UI family.</summary>
    public string Family => _family ?? FontSet.UiFamily;

    /// <summary>Size is the em size in logical pixels; the default value means <see cref="DefaultSize"/>.</summary>
    public float Size => _size > 0 ? _size : DefaultSize;

    /// <summary>Weight is the requested weight; the nearest available weight of the family is used. The default value means normal (400).</summary>
    public SKFontStyleWeight Weight => _weight == SKFontStyleWeight.Invisible ? SKFontStyleWeight.Normal : _weight;

    /// <summary>Features is the OpenType feature list applied when shaping ("" for the font's defaults).</summary>
    public string Features => _features ?? "";

    /// <summary>Ui returns the bundled proportional UI font (Inter) at a size.</summary>
    public static FontSpec Ui(float size, SKFontStyleWeight weight = SKFontStyleWeight.Normal) => new(FontSet.UiFamily, size, weight);

    /// <summary>Mono returns the bundled monospace font (JetBrains Mono) at a size.</summary>
    public static FontSpec Mono(float size, SKFontStyleWeight weight = SKFontStyleWeight.Normal) => new(FontSet.MonoFamily, size, weight);

    /// <summary>WithSize returns this font at another size.</summary>
    public FontSpec WithSize(float size) => new(Family, size, Weight, Features);

    /// <summary>WithWeight returns this font at another weight.</summary>
    public FontSpec WithWeight(SKFontStyleWeight weight) => new(Family, Size, weight, Features);

    /// <summary>WithFeatures returns this font with another OpenType feature list.</summary>
    public FontSpec WithFeatures(string features) => new(Family, Size, Weight, features);

    /// <summary>Equals compares family (ordinal, case-insensitive), size, weight and features.</summary>
    public bool Equals(FontSpec other) =>
        string.Equals(Family, other.Family, StringComparison.OrdinalIgnoreCase)
        && Size.Equals(other.Size)
        && Weight == other.Weight
        && string.Equals(Features, other.Features, StringComparison.Ordinal);

    /// <summary>Equals compares with another boxed FontSpec.</summary>
    public override bool Equals(object? obj) => obj is FontSpec other && Equals(other);

    /// <summary>GetHashCode combines the compared fields.</summary>
    public override int GetHashCode() =>
        HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(Family), Size, Weight, StringComparer.Ordinal.GetHashCode(Features));

    /// <summary>ToString describes the font as "Family Size Weight [features]" for markup and messages.</summary>
    public override string ToString() =>
        Features.Length == 0 ? $"{Family} {Size} {(int)Weight}" : $"{Family} {Size} {(int)Weight} [{Features}]";

    /// <summary>The equality operator compares two fonts like <see cref="Equals(FontSpec)"/>.</summary>
    public static bool operator ==(FontSpec left, FontSpec right) => left.Equals(right);

    /// <summary>The inequality operator is the negation of <see cref="Equals(FontSpec)"/>.</summary>
    public static bool operator !=(FontSpec left, FontSpec right) => !left.Equals(right);

    /// <summary>DefaultSize is the UI text size, in logical pixels, used where none is given.</summary>
    public const float DefaultSize = 13f;
}
