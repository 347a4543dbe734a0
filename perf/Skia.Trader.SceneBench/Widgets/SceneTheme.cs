using Skia.Toolkit.Text;
using Skia.Toolkit.Theming;
using Skia.Toolkit.Widgets;
using Skia.Trader.Scene.Layout;
using SkiaSharp;

namespace Skia.Trader.SceneBench.Widgets;

/// <summary>SceneTheme holds what the scene's widgets draw text with (the toolkit's bundled fonts, the numeric table, the UI thread's text-measure cache) and makes the scene's labels.</summary>
internal sealed class SceneTheme
{
    /// <summary>SceneTheme loads the bundled fonts and builds the numeric table for 13 px JetBrains Mono.</summary>
    public SceneTheme()
    {
        Ui = FontSpec.Ui(SceneLayout.TextSize);
        UiBold = FontSpec.Ui(SceneLayout.TextSize, SKFontStyleWeight.SemiBold);
        MonoSpec = FontSpec.Mono(SceneLayout.TextSize);
        Mono = FontSet.Default.GetNumericFont(MonoSpec);
        Text = TextMeasureCache.ForCurrentThread;
    }

    /// <summary>
    /// LoadFonts loads what the theme draws with (the Inter and JetBrains Mono faces, HarfBuzz, the numeric table)
    /// into <see cref="FontSet.Default"/>, which is thread-safe: a windowed view runs it on a worker while the UI
    /// thread opens the window, and the theme made afterwards finds everything loaded. The shaping done here goes
    /// through a throw-away shaper, not the UI thread's cache.
    /// </summary>
    public static void LoadFonts()
    {
        var shaper = new TextShaper(FontSet.Default);
        shaper.Shape("Bid 0.1", FontSpec.Ui(SceneLayout.TextSize));
        shaper.Shape("Ask 0.1", FontSpec.Ui(SceneLayout.TextSize, SKFontStyleWeight.SemiBold));
        FontSet.Default.GetNumericFont(FontSpec.Mono(SceneLayout.TextSize));
    }

    /// <summary>
    /// Toolkit is the theme the toolkit's own widgets (the order history Table) and the terminal's panels (ladder,
    /// tape) draw with: the dark theme with the scene's palette (bids/buys #0ECB81, asks/sells #F6465D) and
    /// metrics — 18 px rows, 13 px text, a header band one row high.
    /// </summary>
    public Theme Toolkit { get; } = new(Theme.Dark)
    {
        Name = "scene",
        Background = Color(ScenePalette.Background),
        Surface = Color(ScenePalette.Background),
        SurfaceRaised = Color(ScenePalette.Header),
        Border = Color(ScenePalette.Divider),
        GridLine = Color(ScenePalette.RowLine),
        Positive = Color(ScenePalette.Bid),
        Negative = Color(ScenePalette.Ask),
        Warning = Color(ScenePalette.Warning),
        Text = Color(ScenePalette.Text),
        TextMuted = Color(ScenePalette.MutedText),
        RowHeight = SceneLayout.RowHeight,
        FontSize = SceneLayout.TextSize,
        FontSizeSmall = SceneLayout.TextSize,
        SpacingSmall = 0,
        Spacing = SceneLayout.OrderCellPadding,
    };

    /// <summary>Ui is the label font (Inter 13 px).</summary>
    public FontSpec Ui { get; }

    /// <summary>UiBold is the symbol's font (Inter SemiBold 13 px).</summary>
    public FontSpec UiBold { get; }

    /// <summary>MonoSpec is the numbers' font (JetBrains Mono 13 px).</summary>
    public FontSpec MonoSpec { get; }

    /// <summary>Mono is the numeric table for <see cref="MonoSpec"/>.</summary>
    public NumericFont Mono { get; }

    /// <summary>Text is the text-measure cache labels shape through (the UI thread's).</summary>
    public TextMeasureCache Text { get; }

    /// <summary>Paint is the paint the scene's own widgets draw with (single UI thread; colour set per draw).</summary>
    public static SKPaint Paint { get; } = new() { IsAntialias = true };

    /// <summary>Color converts a palette entry to a Skia colour.</summary>
    public static SKColor Color(uint argb) => new(argb);

    /// <summary>Word makes a label of shaped text (titles).</summary>
    public Label Word(uint color, string text = "", bool alignRight = false, bool bold = false) => new()
    {
        Font = bold ? UiBold : Ui,
        Color = Color(color),
        TextAlignment = alignRight ? TextAlignment.Right : TextAlignment.Left,
        Text = text,
    };

    /// <summary>Number makes a label drawn by the numeric fast path (prices, sizes, times).</summary>
    public Label Number(uint color, bool alignRight = false) => new()
    {
        Font = MonoSpec,
        Color = Color(color),
        TextAlignment = alignRight ? TextAlignment.Right : TextAlignment.Left,
        UseNumericFastPath = true,
    };
}
