using SkiaSharp;

namespace Skia.Trader.SceneRaw;

/// <summary>RawSceneFonts are the scene's typefaces, loaded from the bundled font files embedded in this program.</summary>
internal sealed class RawSceneFonts : IDisposable
{
    private RawSceneFonts(SKTypeface ui, SKTypeface uiBold, SKTypeface mono)
    {
        Ui = ui;
        UiBold = uiBold;
        Mono = mono;
    }

    /// <summary>Ui is Inter Regular, for labels.</summary>
    public SKTypeface Ui { get; }

    /// <summary>UiBold is Inter SemiBold, for the symbol.</summary>
    public SKTypeface UiBold { get; }

    /// <summary>Mono is JetBrains Mono Regular, for numbers.</summary>
    public SKTypeface Mono { get; }

    /// <summary>Load reads the three embedded font files.</summary>
    public static RawSceneFonts Load() =>
        new(Typeface("Inter-Regular.otf"), Typeface("Inter-SemiBold.otf"), Typeface("JetBrainsMono-Regular.ttf"));

    /// <inheritdoc />
    public void Dispose()
    {
        Ui.Dispose();
        UiBold.Dispose();
        Mono.Dispose();
    }

    private static SKTypeface Typeface(string name)
    {
        using var stream = typeof(RawSceneFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"font {name} is not embedded in {typeof(RawSceneFonts).Assembly.GetName().Name}");
        using var data = SKData.Create(stream);
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException($"font {name} could not be read");
    }
}
