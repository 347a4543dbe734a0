using SkiaSharp;
using SkiaSharp.HarfBuzz;
using HbBlob = HarfBuzzSharp.Blob;
using HbFace = HarfBuzzSharp.Face;
using HbFont = HarfBuzzSharp.Font;

namespace Skia.Toolkit.Text;

/// <summary>FontFace is one loaded font file: the Skia typeface that draws it and the HarfBuzz face and font that shape it, created once and shared by every text that uses it.</summary>
/// <remarks>A FontFace is immutable after creation, so it may be shared across threads: HarfBuzz shaping with an immutable font is thread-safe.</remarks>
public sealed class FontFace
{
    // Font files start with one of these tags; anything else is rejected before it reaches native code.
    private const uint TrueTypeTag = 0x00010000, OpenTypeCffTag = 0x4F54544F /* OTTO */, AppleTrueTypeTag = 0x74727565 /* true */, CollectionTag = 0x74746366 /* ttcf */;

    private readonly HbBlob _blob;
    // Coverage of the Basic Multilingual Plane, filled as characters are asked about (0 unknown, 1 has,
    // 2 lacks): itemizing text asks per character, and a native lookup each time cost more than HarfBuzz's
    // shaping of short labels. Kept in 256-character pages made on first use: most text touches one or
    // two pages, and three 64 KB tables zeroed at start-up showed in the scene's start-up profile.
    // Byte and reference writes are atomic, so racing threads can only both compute the same answer.
    private readonly byte[]?[] _bmpCoverage = new byte[]?[256];

    private FontFace(SKTypeface typeface, string source, HbBlob? blob = null, int collectionIndex = 0)
    {
        Typeface = typeface;
        Source = source;
        if (blob == null)
        {
            using var stream = typeface.OpenStream(out collectionIndex)
                ?? throw new InvalidDataException($"The font '{source}' has no readable data.");
            blob = stream.ToHarfBuzzBlob();
        }
        _blob = blob;
        HarfBuzzFace = new HbFace(_blob, collectionIndex);
        if (HarfBuzzFace.GlyphCount == 0) throw new InvalidDataException($"The font '{source}' has no glyphs.");
        HarfBuzzFace.MakeImmutable();
        UnitsPerEm = HarfBuzzFace.UnitsPerEm;
        HarfBuzzFont = new HbFont(HarfBuzzFace);
        // OpenType functions read metrics from the font tables; the scale stays at units per em,
        // and TextShaper converts to pixels, so one HarfBuzz font serves every size.
        HarfBuzzFont.SetFunctionsOpenType();
    }

    /// <summary>Typeface is the Skia typeface used to draw glyphs of this face.</summary>
    public SKTypeface Typeface { get; }

    /// <summary>FamilyName is the family name the font file declares, e.g. "Inter".</summary>
    public string FamilyName => Typeface.FamilyName;

    /// <summary>Weight is the weight the font file declares (400 regular, 600 semibold, 700 bold).</summary>
    public SKFontStyleWeight Weight => (SKFontStyleWeight)Typeface.FontStyle.Weight;

    /// <summary>Source says where the face came from: a file path, a resource name or "system:Family".</summary>
    public string Source { get; }

    internal HbFace HarfBuzzFace { get; }

    internal HbFont HarfBuzzFont { get; }

    internal int UnitsPerEm { get; }

    /// <summary>FromFile loads a TrueType/OpenType font file.</summary>
    /// <exception cref="ArgumentNullException">path is null.</exception>
    /// <exception cref="FileNotFoundException">no file exists at path.</exception>
    /// <exception cref="InvalidDataException">the file is not a font this toolkit can read.</exception>
    public static FontFace FromFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path)) throw new FileNotFoundException($"Font file '{path}' does not exist.", path);
        return FromBytes(File.ReadAllBytes(path), path);
    }

    /// <summary>FromStream loads a TrueType/OpenType font from a stream (read to its end, not disposed); <paramref name="name"/> names it in errors and in <see cref="Source"/>.</summary>
    /// <exception cref="ArgumentNullException">stream or name is null.</exception>
    /// <exception cref="InvalidDataException">the data is not a font this toolkit can read.</exception>
    public static FontFace FromStream(Stream stream, string name)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        if (stream is UnmanagedMemoryStream { CanRead: true } unmanaged && unmanaged.Length - unmanaged.Position <= int.MaxValue)
        {
            // An embedded resource already lies in memory: hand Skia that memory (it copies it natively) instead
            // of copying it through a growing MemoryStream and an array first, which touched about 3 MB of managed
            // heap for the four bundled fonts at start-up (gallery --verbose, 2026-11-27).
            unsafe
            {
                var length = (int)(unmanaged.Length - unmanaged.Position);
                var bytes = new ReadOnlySpan<byte>(unmanaged.PositionPointer, length);
                unmanaged.Seek(0, SeekOrigin.End);
                return FromMemory(bytes, name);
            }
        }
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return FromBytes(copy.ToArray(), name);
    }

    /// <summary>FromPermanentMemory loads a font that lies in memory mapped for the life of the process (a manifest resource of an assembly that is never unloaded): Skia and HarfBuzz read it in place, without copies.</summary>
    /// <exception cref="InvalidDataException">the data is not a font this toolkit can read.</exception>
    internal static unsafe FontFace FromPermanentMemory(UnmanagedMemoryStream stream, string source)
    {
        var address = (IntPtr)stream.PositionPointer;
        int length = checked((int)(stream.Length - stream.Position));
        if (length < 12 || !HasFontTag(new ReadOnlySpan<byte>((void*)address, length))) throw new InvalidDataException($"'{source}' is not a TrueType/OpenType font file.");
        using var data = SKData.Create(address, length);
        var typeface = SKTypeface.FromData(data) ?? throw new InvalidDataException($"'{source}' is not a font Skia can read.");
        var blob = new HbBlob(address, length, HarfBuzzSharp.MemoryMode.ReadOnly);
        blob.MakeImmutable();
        return new FontFace(typeface, source, blob);
    }

    /// <summary>FromTypeface wraps a typeface obtained from Skia (e.g. from the system font manager).</summary>
    /// <exception cref="ArgumentNullException">typeface is null.</exception>
    /// <exception cref="InvalidDataException">the typeface has no readable font data.</exception>
    public static FontFace FromTypeface(SKTypeface typeface)
    {
        ArgumentNullException.ThrowIfNull(typeface);
        return new FontFace(typeface, "system:" + typeface.FamilyName);
    }

    /// <summary>FromSystemTypeface wraps a typeface of the system font manager so that its file is read, not mapped: FreeType then reads only the bytes it needs (glyph outlines, the autohinter's sample glyphs) into small buffers, while through the manager's whole-file mapping each touch made up to 64 KB resident (kernel fault-around), 2.9 MB of the CJK fallback font in the gallery's first frame.</summary>
    /// <remarks>HarfBuzz keeps reading its tables from a mapping of the file: it touches few pages. Falls back to <see cref="FromTypeface"/> where the file cannot be found (not Linux, a font not backed by a file).</remarks>
    /// <exception cref="InvalidDataException">the typeface has no readable font data.</exception>
    internal static FontFace FromSystemTypeface(SKTypeface typeface)
    {
        ArgumentNullException.ThrowIfNull(typeface);
        var source = "system:" + typeface.FamilyName;
        var mapped = typeface.OpenStream(out int collectionIndex);
        if (mapped == null) return FromTypeface(typeface);
        var address = mapped.GetMemoryBase();
        var path = MappedFile.PathOf(address, mapped.Length);
        SKTypeface? readTypeface = null;
        if (path != null)
        {
            // FromStream takes the stream over; a file stream has no memory base, so FreeType reads it with seek and read.
            var fileStream = new SKFileStream(path);
            if (fileStream.IsValid) readTypeface = SKTypeface.FromStream(fileStream, collectionIndex);
            else fileStream.Dispose();
        }
        if (readTypeface == null)
        {
            mapped.Dispose();
            return FromTypeface(typeface);
        }
        // The blob owns the mapping: it is released with the blob (HarfBuzz's own file loader reads the whole file into memory).
        var blob = new HbBlob(address, checked((int)mapped.Length), HarfBuzzSharp.MemoryMode.ReadOnly, mapped.Dispose);
        blob.MakeImmutable();
        typeface.Dispose();
        return new FontFace(readTypeface, source, blob, collectionIndex);
    }

    /// <summary>HasGlyph says whether this face maps a Unicode code point to a glyph of its own.</summary>
    public bool HasGlyph(int codePoint)
    {
        if ((uint)codePoint > 0xFFFF) return LookUpGlyph(codePoint);
        var page = _bmpCoverage[codePoint >> 8] ??= new byte[256];
        byte known = page[codePoint & 0xFF];
        if (known != 0) return known == 1;
        bool has = LookUpGlyph(codePoint);
        page[codePoint & 0xFF] = has ? (byte)1 : (byte)2;
        return has;
    }

    private bool LookUpGlyph(int codePoint) => HarfBuzzFont.TryGetNominalGlyph((uint)codePoint, out var glyph) && glyph != 0;

    /// <summary>CreateFont makes a Skia font of this face at a size with the toolkit's rendering settings; the caller owns it.</summary>
    public SKFont CreateFont(float size) => new(Typeface, size)
    {
        // Glyphs are placed at HarfBuzz's fractional positions, so advances must be linear and
        // positions subpixel; grayscale antialiasing keeps raster, GL and Vulkan output comparable.
        Subpixel = true,
        LinearMetrics = true,
        Hinting = SKFontHinting.Slight,
        Edging = SKFontEdging.Antialias,
    };

    /// <summary>ToString names the face and its source.</summary>
    public override string ToString() => $"{FamilyName} {(int)Weight} ({Source})";

    private static FontFace FromBytes(byte[] bytes, string source) => FromMemory(bytes, source);

    private static FontFace FromMemory(ReadOnlySpan<byte> bytes, string source)
    {
        if (bytes.Length < 12 || !HasFontTag(bytes)) throw new InvalidDataException($"'{source}' is not a TrueType/OpenType font file.");
        using var data = SKData.CreateCopy(bytes);
        var typeface = SKTypeface.FromData(data) ?? throw new InvalidDataException($"'{source}' is not a font Skia can read.");
        return new FontFace(typeface, source);
    }

    private static bool HasFontTag(ReadOnlySpan<byte> bytes)
    {
        uint tag = System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(bytes);
        return tag is TrueTypeTag or OpenTypeCffTag or AppleTrueTypeTag or CollectionTag;
    }
}
