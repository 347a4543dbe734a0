using SkiaSharp;
using Skia.Toolkit.Text;
using Skia.Trader.Scene.Layout;

namespace Skia.Trader.SceneBench.Widgets;

/// <summary>SceneTheme holds what the scene's widgets draw text with: the bundled fonts, the numeric tables and the shared text-measure cache.</summary>
internal sealed class SceneTheme
{
    /// <summary>SceneTheme loads the bundled fonts and builds the numeric table for 13 px JetBrains Mono.</summary>
    public SceneTheme(FontSet fonts)
    {
        Fonts = fonts;
        Ui = new FontSpec(FontSet.UiFamily, SceneLayout.TextSize);
        UiBold = new FontSpec(FontSet.UiFamily, SceneLayout.TextSize, SKFontStyleWeight.SemiBold);
        Mono = fonts.GetNumericFont(new FontSpec(FontSet.MonoFamily, SceneLayout.TextSize));
        Text = new TextMeasureCache(new TextShaper(fonts));
    }

    /// <summary>Fonts is the font set the scene shapes with.</summary>
    public FontSet Fonts { get; }

    /// <summary>Ui is the label font (Inter 13 px).</summary>
    public FontSpec Ui { get; }

    /// <summary>UiBold is the symbol's font (Inter SemiBold 13 px).</summary>
    public FontSpec UiBold { get; }

    /// <summary>Mono is the numeric table for numbers (JetBrains Mono 13 px).</summary>
    public NumericFont Mono { get; }

    /// <summary>Text is the scene's text-measure cache for labels.</summary>
    public TextMeasureCache Text { get; }

    /// <summary>Paint is the one paint every scene widget draws with (single UI thread; colour set per draw).</summary>
    public static SKPaint Paint { get; } = new() { IsAntialias = true };

    /// <summary>Color converts a palette entry to a Skia colour.</summary>
    public static SKColor Color(uint argb) => new(argb);
}
