using SkiaSharp;

namespace Skia.Toolkit.Text;

/// <summary>ShapedText is one line of text shaped by HarfBuzz: glyph ids and positions per run, the advance, line metrics and a ready-made SKTextBlob; immutable, so caches may share it.</summary>
public sealed class ShapedText
{
    private readonly ushort[] _glyphs;
    private readonly SKPoint[] _positions;
    private readonly int[] _clusters;
    private readonly float[] _advances;
    private readonly ShapedRun[] _runs;

    internal ShapedText(string text, FontSpec font, ushort[] glyphs, SKPoint[] positions, int[] clusters, float[] advances, ShapedRun[] runs, float advance, LineMetrics metrics, SKTextBlob? textBlob)
    {
        Text = text;
        Font = font;
        _glyphs = glyphs;
        _positions = positions;
        _clusters = clusters;
        _advances = advances;
        _runs = runs;
        Advance = advance;
        Ascent = metrics.Ascent;
        Descent = metrics.Descent;
        Leading = metrics.Leading;
        TextBlob = textBlob;
    }

    /// <summary>Text is the string that was shaped.</summary>
    public string Text { get; }

    /// <summary>Font is the font the text was shaped with.</summary>
    public FontSpec Font { get; }

    /// <summary>Glyphs are the glyph ids in visual order; ids index the face of the run that holds them.</summary>
    public ReadOnlySpan<ushort> Glyphs => _glyphs;

    /// <summary>Positions are the glyph origins relative to the start of the baseline, in logical pixels.</summary>
    public ReadOnlySpan<SKPoint> Positions => _positions;

    /// <summary>Clusters are, per glyph, the UTF-16 index of the first character it came from.</summary>
    public ReadOnlySpan<int> Clusters => _clusters;

    /// <summary>Runs are the stretches of glyphs that share one face.</summary>
    public ReadOnlySpan<ShapedRun> Runs => _runs;

    /// <summary>Advance is the width of the text: where the pen ends after the last glyph.</summary>
    public float Advance { get; }

    /// <summary>Ascent is the distance from the baseline up to the top of the line (positive), the largest of the faces used.</summary>
    public float Ascent { get; }

    /// <summary>Descent is the distance from the baseline down to the bottom of the line (positive), the largest of the faces used.</summary>
    public float Descent { get; }

    /// <summary>Leading is the extra gap the font recommends between lines.</summary>
    public float Leading { get; }

    /// <summary>LineHeight is the height one line of this text occupies: ascent + descent + leading.</summary>
    public float LineHeight => Ascent + Descent + Leading;

    /// <summary>TextBlob holds the glyph runs for drawing; null for text with no glyphs.</summary>
    public SKTextBlob? TextBlob { get; }

    /// <summary>Draw draws the text with its baseline starting at (x, baseline).</summary>
    public void Draw(SKCanvas canvas, float x, float baseline, SKPaint paint)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(paint);
        // A disposed canvas has a null handle that native Skia would dereference.
        if (canvas.Handle == 0) throw new ObjectDisposedException(nameof(SKCanvas));
        if (TextBlob != null) canvas.DrawText(TextBlob, x, baseline, paint);
    }

    /// <summary>Fills caretX[i] with the pen position where character i starts (caretX[Text.Length] is the advance); characters inside a cluster share its start.</summary>
    internal void FillCaretPositions(Span<float> caretX)
    {
        if (caretX.Length < Text.Length + 1) throw new ArgumentException("The span must hold Text.Length + 1 positions.", nameof(caretX));
        caretX[..(Text.Length + 1)].Fill(float.NaN);
        float pen = 0;
        for (int g = 0; g < _glyphs.Length; g++)
        {
            int cluster = _clusters[g];
            if (float.IsNaN(caretX[cluster]) || pen < caretX[cluster]) caretX[cluster] = pen;
            pen += _advances[g];
        }
        caretX[Text.Length] = Advance;
        float last = 0;
        for (int i = 0; i < Text.Length; i++)
        {
            if (float.IsNaN(caretX[i])) caretX[i] = last;
            last = caretX[i];
        }
    }
}
