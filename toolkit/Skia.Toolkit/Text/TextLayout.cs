using System.Buffers;
using SkiaSharp;

namespace Skia.Toolkit.Text;

/// <summary>TextLayout breaks text into lines that fit a width — word wrapping, explicit line breaks, a line limit and a trailing "…" for what does not fit — and draws them aligned.</summary>
/// <remarks>Each line is shaped through a <see cref="TextMeasureCache"/>, so laying out the same text again costs lookups only. Immutable once created.</remarks>
public sealed class TextLayout
{
    /// <summary>Ellipsis is the character that ends trimmed text.</summary>
    public const string Ellipsis = "\u2026";

    private readonly ShapedText[] _lines;

    private TextLayout(ShapedText[] lines, float maxWidth, bool isTrimmed)
    {
        _lines = lines;
        MaxWidth = maxWidth;
        IsTrimmed = isTrimmed;
        foreach (var line in lines)
        {
            Width = Math.Max(Width, line.Advance);
            Ascent = Math.Max(Ascent, line.Ascent);
            LineHeight = Math.Max(LineHeight, line.LineHeight);
        }
    }

    /// <summary>Lines are the shaped lines, top to bottom.</summary>
    public ReadOnlySpan<ShapedText> Lines => _lines;

    /// <summary>MaxWidth is the width the text was laid out in (may be infinity).</summary>
    public float MaxWidth { get; }

    /// <summary>IsTrimmed says whether text was cut (ended with "…" or dropped past the line limit).</summary>
    public bool IsTrimmed { get; }

    /// <summary>Width is the advance of the widest line.</summary>
    public float Width { get; }

    /// <summary>Ascent is the distance from the top of a line to its baseline.</summary>
    public float Ascent { get; }

    /// <summary>LineHeight is the distance between consecutive baselines: the tallest line's height.</summary>
    public float LineHeight { get; }

    /// <summary>Height is the height of all lines.</summary>
    public float Height => LineHeight * _lines.Length;

    /// <summary>Create lays out text in a width; '\n' (or "\r\n") starts a new paragraph.</summary>
    /// <exception cref="ArgumentNullException">cache or text is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">maxWidth is NaN or negative, or maxLines is less than 1.</exception>
    public static TextLayout Create(TextMeasureCache cache, string text, FontSpec font, float maxWidth,
        TextWrapping wrapping = TextWrapping.NoWrap, TextTrimming trimming = TextTrimming.CharacterEllipsis, int maxLines = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(cache);
        ArgumentNullException.ThrowIfNull(text);
        if (float.IsNaN(maxWidth) || maxWidth < 0) throw new ArgumentOutOfRangeException(nameof(maxWidth), maxWidth, "The width must be a non-negative number or infinity.");
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLines, 1);

        var lines = new List<ShapedText>();
        bool trimmed = false;
        var paragraphs = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (int p = 0; p < paragraphs.Length; p++)
        {
            bool moreFollows = p < paragraphs.Length - 1;
            bool stop = wrapping == TextWrapping.Wrap
                ? AddWrapped(cache, paragraphs[p], font, maxWidth, trimming, maxLines, moreFollows, lines, ref trimmed)
                : AddSingle(cache, paragraphs[p], font, maxWidth, trimming, maxLines, moreFollows, lines, ref trimmed);
            if (stop) break;
        }
        return new TextLayout(lines.ToArray(), maxWidth, trimmed);
    }

    /// <summary>Draw draws the lines top-down from (x, y), each aligned within <paramref name="width"/>.</summary>
    public void Draw(SKCanvas canvas, float x, float y, float width, TextAlignment alignment, SKPaint paint)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(paint);
        float baseline = y + Ascent;
        foreach (var line in _lines)
        {
            line.Draw(canvas, x + AlignedOffset(line.Advance, width, alignment), baseline, paint);
            baseline += LineHeight;
        }
    }

    /// <summary>AlignedOffset is where a line of <paramref name="advance"/> starts inside <paramref name="width"/> for an alignment.</summary>
    public static float AlignedOffset(float advance, float width, TextAlignment alignment) => alignment switch
    {
        TextAlignment.Center => (width - advance) / 2,
        TextAlignment.Right => width - advance,
        _ => 0,
    };

    // Each Add method returns true when no more lines may follow; it sets trimmed when text was cut.
    private static bool AddSingle(TextMeasureCache cache, string paragraph, FontSpec font, float maxWidth, TextTrimming trimming, int maxLines, bool moreFollows, List<ShapedText> lines, ref bool trimmed)
    {
        bool isLastAllowed = lines.Count == maxLines - 1;
        bool cutAfter = isLastAllowed && moreFollows;
        var shaped = cache.Get(paragraph, font);
        if (trimming == TextTrimming.CharacterEllipsis && (shaped.Advance > maxWidth || cutAfter))
        {
            lines.Add(Ellipsize(cache, paragraph, font, maxWidth));
            trimmed = true;
            return cutAfter;
        }
        lines.Add(shaped);
        trimmed |= cutAfter;
        return cutAfter;
    }

    private static bool AddWrapped(TextMeasureCache cache, string paragraph, FontSpec font, float maxWidth, TextTrimming trimming, int maxLines, bool moreFollows, List<ShapedText> lines, ref bool trimmed)
    {
        var whole = cache.Get(paragraph, font);
        if (whole.Advance <= maxWidth) return AddSingle(cache, paragraph, font, maxWidth, trimming, maxLines, moreFollows, lines, ref trimmed);

        var caretX = ArrayPool<float>.Shared.Rent(paragraph.Length + 1);
        try
        {
            whole.FillCaretPositions(caretX);
            int start = 0;
            while (start < paragraph.Length)
            {
                if (lines.Count == maxLines - 1)
                {
                    // The last allowed line takes the rest of the paragraph.
                    return AddSingle(cache, paragraph[start..], font, maxWidth, trimming, maxLines, moreFollows, lines, ref trimmed);
                }
                int end = FindLineEnd(paragraph, caretX, start, maxWidth);
                lines.Add(cache.Get(paragraph[start..TrimSpacesEnd(paragraph, start, end)], font));
                start = end;
            }
            return false;
        }
        finally
        {
            ArrayPool<float>.Shared.Return(caretX);
        }
    }

    // The end of the longest line from start that fits: at the last break opportunity, else (one
    // word wider than the line) at the last character boundary, and always at least one character.
    private static int FindLineEnd(string text, float[] caretX, int start, float maxWidth)
    {
        int lastBreak = -1;
        int lastFittingChar = -1;
        for (int i = start + 1; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsLowSurrogate(text[i]) && char.IsHighSurrogate(text[i - 1])) continue;
            bool fits = caretX[TrimSpacesEnd(text, start, i)] - caretX[start] <= maxWidth;
            if (!fits) break;
            lastFittingChar = i;
            if (i == text.Length || IsBreakOpportunity(text, i)) lastBreak = i;
        }
        if (lastBreak > start) return SkipSpaces(text, lastBreak);
        if (lastFittingChar > start) return lastFittingChar;
        return start + (char.IsHighSurrogate(text[start]) && start + 1 < text.Length ? 2 : 1);
    }

    // A line may break before index i: after a run of spaces, after a hyphen, or next to a CJK ideograph.
    private static bool IsBreakOpportunity(string text, int i)
    {
        char before = text[i - 1], after = text[i];
        if (IsSpace(after)) return false;
        return IsSpace(before) || before == '-' || IsIdeographic(before) || IsIdeographic(after);
    }

    private static bool IsSpace(char c) => c is ' ' or '\t';

    // CJK ideographs, kana, Hangul, CJK punctuation and full-width forms break anywhere.
    private static bool IsIdeographic(char c) => c is >= '\u2E80' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFFEF';

    private static int TrimSpacesEnd(string text, int start, int end)
    {
        while (end > start && IsSpace(text[end - 1])) end--;
        return end;
    }

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && IsSpace(text[i])) i++;
        return i;
    }

    // The longest prefix of text that fits with "…" after it, ended by "…".
    private static ShapedText Ellipsize(TextMeasureCache cache, string text, FontSpec font, float maxWidth)
    {
        var shaped = cache.Get(text, font);
        float ellipsisWidth = cache.Get(Ellipsis, font).Advance;
        var caretX = ArrayPool<float>.Shared.Rent(text.Length + 1);
        try
        {
            shaped.FillCaretPositions(caretX);
            int cut = 0;
            for (int i = 1; i <= text.Length; i++)
            {
                if (i < text.Length && char.IsLowSurrogate(text[i]) && char.IsHighSurrogate(text[i - 1])) continue;
                // Only a cluster boundary is a place to cut: characters inside a cluster share its start.
                if (i < text.Length && caretX[i] == caretX[i - 1] && !IsSpace(text[i - 1])) continue;
                if (caretX[i] + ellipsisWidth > maxWidth) break;
                cut = i;
            }
            cut = TrimSpacesEnd(text, 0, cut);
            return cache.Get(string.Concat(text.AsSpan(0, cut), Ellipsis), font);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(caretX);
        }
    }
}
