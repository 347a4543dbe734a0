using Skia.Toolkit.Core;
using Skia.Toolkit.Text;
using Skia.Toolkit.Theming;
using Skia.Trader.Ui.Text;
using SkiaSharp;

namespace Skia.Trader.Ui.Panels;

/// <summary>LadderColumnHeader names the ladder's columns above the rows, on the same column edges as the <see cref="LadderPanel"/> below it.</summary>
internal sealed class LadderColumnHeader : Widget
{
    private const float HeaderHeight = 18;
    private static readonly string[] Keys = ["ladder.orders", "ladder.ahead", "ladder.bid", "ladder.price", "ladder.ask", "ladder.last"];
    private readonly string[] _titles = new string[Keys.Length];
    private readonly SKPaint _paint = new() { IsAntialias = true };

    public LadderColumnHeader() => ApplyLanguage();

    // The column names in the string table's selected language (at start, and on a language change at run time).
    public void ApplyLanguage()
    {
        for (var i = 0; i < Keys.Length; i++) _titles[i] = TerminalStrings.Get(Keys[i]);
        InvalidatePaint();
    }

    protected override SKSize MeasureOverride(SKSize available) => new(float.IsInfinity(available.Width) ? 300 : available.Width, HeaderHeight);

    protected override void OnRender(SKCanvas canvas)
    {
        Theme theme = Root?.Theme ?? Theme.Dark;
        _paint.Color = theme.SurfaceRaised;
        _paint.Style = SKPaintStyle.Fill;
        canvas.DrawRect(0, 0, Bounds.Width, HeaderHeight, _paint);
        var font = FontSpec.Ui(theme.FontSizeSmall);
        _paint.Color = theme.TextMuted;
        for (var i = 0; i < _titles.Length; i++)
        {
            var (left, right) = LadderPanel.ColumnEdges((LadderColumn)i, Bounds.Width);
            ShapedText shaped = TextMeasureCache.ForCurrentThread.Get(_titles[i], font);
            var baseline = (HeaderHeight + shaped.Ascent - shaped.Descent) / 2;
            shaped.Draw(canvas, left + (right - left - shaped.Advance) / 2, baseline, _paint);
        }
    }
}
