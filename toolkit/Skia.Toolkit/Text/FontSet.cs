using System.Reflection;
using SkiaSharp;

namespace Skia.Toolkit.Text;

/// <summary>FontSet is the collection of font faces text is shaped with: the bundled Inter and JetBrains Mono (embedded in this assembly) plus any faces added, with per-character fallback to system fonts for what they lack (CJK above all).</summary>
/// <remarks>Faces are loaded once and cached; the bundled ones on first use (a face no text asks for is never loaded). All members are thread-safe.</remarks>
public sealed class FontSet
{
    /// <summary>UiFamily is the family of the bundled proportional UI font.</summary>
    public const string UiFamily = "Inter";

    /// <summary>MonoFamily is the family of the bundled monospace font.</summary>
    public const string MonoFamily = "JetBrains Mono";

    // Logical names given to the fonts in Skia.Toolkit.csproj (stable so other assemblies may rely on
    // them), with the family and weight each file declares, so a face can be chosen before it is
    // loaded (FontSetTests checks these against the loaded faces).
    private static readonly (string Resource, string Family, SKFontStyleWeight Weight)[] BundledResources =
    [
        ("Skia.Toolkit.Fonts.Inter-Regular.otf", UiFamily, SKFontStyleWeight.Normal),
        ("Skia.Toolkit.Fonts.Inter-SemiBold.otf", UiFamily, SKFontStyleWeight.SemiBold),
        ("Skia.Toolkit.Fonts.JetBrainsMono-Regular.ttf", MonoFamily, SKFontStyleWeight.Normal),
        ("Skia.Toolkit.Fonts.JetBrainsMono-Bold.ttf", MonoFamily, SKFontStyleWeight.Bold),
    ];

    private static readonly Lazy<FontSet> DefaultSet = new(CreateBundled, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly object _gate = new();
    private readonly List<FontSlot> _faces = [];
    // Fallback lookups are cached per (code point, weight): a CJK paragraph asks for the same few
    // hundred characters over and over, and SKFontManager.MatchCharacter walks fontconfig each time.
    private readonly Dictionary<long, FontFace?> _fallbackByCodePoint = [];
    private readonly Dictionary<string, FontFace> _systemFaces = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Family, SKFontStyleWeight Weight), FontFace> _resolved = [];
    private readonly Dictionary<FontSpec, NumericFont> _numericFonts = [];

    /// <summary>FontSet creates an empty set; <see cref="Resolve"/> then finds faces in the system only.</summary>
    public FontSet()
    {
    }

    /// <summary>Default is the shared set of bundled fonts, loaded on first use.</summary>
    public static FontSet Default => DefaultSet.Value;

    /// <summary>Faces lists the faces added to this set, in the order they were added (loading any bundled face not loaded yet).</summary>
    public IReadOnlyList<FontFace> Faces
    {
        get
        {
            lock (_gate)
            {
                var faces = new FontFace[_faces.Count];
                for (int i = 0; i < faces.Length; i++) faces[i] = _faces[i].Face;
                return faces;
            }
        }
    }

    /// <summary>LoadedFaceCount is how many of the set's faces have been loaded so far (bundled faces load on first use).</summary>
    internal int LoadedFaceCount
    {
        get
        {
            lock (_gate) return _faces.Count(slot => slot.IsLoaded);
        }
    }

    /// <summary>CreateBundled makes a new set holding the four bundled fonts from this assembly's resources, each loaded the first time text needs it.</summary>
    public static FontSet CreateBundled()
    {
        var set = new FontSet();
        var assembly = typeof(FontSet).Assembly;
        foreach (var (resource, family, weight) in BundledResources)
            set._faces.Add(new FontSlot(family, weight, () => LoadResource(assembly, resource)));
        return set;
    }

    /// <summary>LoadResource loads a font embedded as a manifest resource of an assembly.</summary>
    /// <exception cref="FileNotFoundException">the assembly has no resource of that name.</exception>
    /// <exception cref="InvalidDataException">the resource is not a readable font.</exception>
    public static FontFace LoadResource(Assembly assembly, string resourceName)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentNullException.ThrowIfNull(resourceName);
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new FileNotFoundException($"Font resource '{resourceName}' is not embedded in {assembly.GetName().Name}.", resourceName);
        // A resource of an assembly that is never unloaded is mapped for the life of the process:
        // Skia and HarfBuzz read it in place instead of from three copies of the file.
        if (stream is UnmanagedMemoryStream mapped && !assembly.IsCollectible && mapped.Length <= int.MaxValue)
            return FontFace.FromPermanentMemory(mapped, resourceName);
        return FontFace.FromStream(stream, resourceName);
    }

    /// <summary>Add puts a face in the set; later <see cref="Resolve"/> calls may return it.</summary>
    public void Add(FontFace face)
    {
        ArgumentNullException.ThrowIfNull(face);
        lock (_gate)
        {
            _faces.Add(new FontSlot(face));
            _resolved.Clear();
            _fallbackByCodePoint.Clear();
        }
    }

    /// <summary>AddFile loads a font file and adds it to the set.</summary>
    /// <exception cref="FileNotFoundException">no file exists at path.</exception>
    /// <exception cref="InvalidDataException">the file is not a readable font.</exception>
    public FontFace AddFile(string path)
    {
        var face = FontFace.FromFile(path);
        Add(face);
        return face;
    }

    /// <summary>Resolve finds the face for a font: the set's face of that family with the nearest weight, else a system face of that family, else the set's first face.</summary>
    public FontFace Resolve(FontSpec font)
    {
        var key = (font.Family, font.Weight);
        lock (_gate)
        {
            if (_resolved.TryGetValue(key, out var face)) return face;
            face = NearestWeight(font.Family, font.Weight) ?? SystemFamily(font.Family, font.Weight) ?? FirstOrSystemDefault();
            _resolved[key] = face;
            return face;
        }
    }

    /// <summary>FindFallback finds a face that has a glyph for a code point the primary face lacks: first another face of this set, then the system's font manager; null when no font has it.</summary>
    public FontFace? FindFallback(int codePoint, SKFontStyleWeight weight)
    {
        long key = ((long)weight << 32) | (uint)codePoint;
        lock (_gate)
        {
            if (_fallbackByCodePoint.TryGetValue(key, out var face)) return face;
            face = FindFallbackUncached(codePoint, weight);
            _fallbackByCodePoint[key] = face;
            return face;
        }
    }

    /// <summary>GetNumericFont returns the cached digit and punctuation table of a font, used by <see cref="NumericText"/>.</summary>
    public NumericFont GetNumericFont(FontSpec font)
    {
        var face = Resolve(font);
        lock (_gate)
        {
            if (_numericFonts.TryGetValue(font, out var numeric)) return numeric;
            numeric = new NumericFont(face, font.Size);
            _numericFonts[font] = numeric;
            return numeric;
        }
    }

    private FontFace? FindFallbackUncached(int codePoint, SKFontStyleWeight weight)
    {
        FontFace? best = null;
        foreach (var slot in _faces)
        {
            var face = slot.Face;
            if (!face.HasGlyph(codePoint)) continue;
            if (best == null || Math.Abs(face.Weight - weight) < Math.Abs(best.Weight - weight)) best = face;
        }
        if (best != null) return best;

        using var style = new SKFontStyle(weight, SKFontStyleWidth.Normal, SKFontStyleSlant.Upright);
        var typeface = SKFontManager.Default.MatchCharacter(null, style, null, codePoint);
        if (typeface == null) return null;
        var system = SystemFace(typeface);
        return system != null && system.HasGlyph(codePoint) ? system : null;
    }

    private FontFace? NearestWeight(string family, SKFontStyleWeight weight)
    {
        FontSlot? best = null;
        foreach (var slot in _faces)
        {
            if (!string.Equals(slot.Family, family, StringComparison.OrdinalIgnoreCase)) continue;
            if (best == null || Math.Abs(slot.Weight - weight) < Math.Abs(best.Weight - weight)) best = slot;
        }
        return best?.Face;
    }

    private FontFace? SystemFamily(string family, SKFontStyleWeight weight)
    {
        using var style = new SKFontStyle(weight, SKFontStyleWidth.Normal, SKFontStyleSlant.Upright);
        var typeface = SKFontManager.Default.MatchFamily(family, style);
        if (typeface == null) return null;
        if (!string.Equals(typeface.FamilyName, family, StringComparison.OrdinalIgnoreCase))
        {
            // The manager substituted another family; the set's own fonts are the better substitute.
            typeface.Dispose();
            return null;
        }
        return SystemFace(typeface);
    }

    private FontFace FirstOrSystemDefault()
    {
        if (_faces.Count > 0) return _faces[0].Face;
        return SystemFace(SKTypeface.Default) ?? throw new InvalidOperationException("No font is available: the set is empty and the system has no default font.");
    }

    // One FontFace per system typeface, so HarfBuzz faces are not rebuilt for every lookup.
    private FontFace? SystemFace(SKTypeface typeface)
    {
        var key = typeface.FamilyName + "/" + typeface.FontStyle.Weight + "/" + typeface.FontStyle.Slant;
        if (_systemFaces.TryGetValue(key, out var face)) return face;
        try
        {
            face = FontFace.FromSystemTypeface(typeface);
        }
        catch (InvalidDataException)
        {
            return null;
        }
        _systemFaces[key] = face;
        return face;
    }
}
