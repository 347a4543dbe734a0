using Skia.Toolkit.Core;
using Skia.Toolkit.Platform;
using Skia.Toolkit.Widgets;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Platform;

/// <summary>
/// BackendScene is the page every backend must draw alike: opaque and translucent fills, rounded
/// corners and strokes (anti-aliased edges, where GPU rasterisers differ most), nested borders,
/// a grid and a line of text (HarfBuzz-shaped glyphs, which must stay crisp at 2x), on a coloured
/// background.
/// </summary>
internal static class BackendScene
{
    public const int Width = 320;
    public const int Height = 200;

    /// <summary>Cells are the grid's rectangles, in row-major order, so tests can change them.</summary>
    public static Grid Build(out List<Rectangle> cells)
    {
        var grid = new Grid
        {
            Rows = GridLength.Parse("*,*,Auto"),
            Columns = GridLength.Parse("*,*,*"),
            Margin = new Thickness(8),
        };
        cells = [];
        SKColor[] fills = [SKColors.Crimson, SKColors.SeaGreen, SKColors.RoyalBlue, new(255, 200, 0, 160), SKColors.White, SKColors.Black];
        for (var i = 0; i < fills.Length; i++)
        {
            var cell = new Rectangle
            {
                Fill = fills[i],
                Stroke = i % 2 == 0 ? SKColors.DarkSlateGray : SKColors.Transparent,
                StrokeThickness = i % 2 == 0 ? 3 : 0,
                CornerRadius = 4 * i,
                Margin = new Thickness(6),
            };
            cells.Add(cell);
            var border = new Border
            {
                Background = new SKColor(240, 240, 245),
                BorderColor = SKColors.SlateGray,
                BorderThickness = 1,
                CornerRadius = 6,
                Child = cell,
            };
            grid.Add(border, i / 3, i % 3);
        }
        grid.Add(new Label("BTCUSDT 43,210.57 +1.25% Vol 12,345.678") { Color = SKColors.DarkSlateBlue, Margin = new Thickness(6, 2) }, 2, 0, 1, 3);
        return grid;
    }

    /// <summary>Reference renders the scene headless (raster, the reference backend) at <paramref name="scale"/> and a logical size (<see cref="Width"/> x <see cref="Height"/> unless given).</summary>
    public static SKBitmap Reference(float scale = 1, Action<List<Rectangle>>? change = null, int width = Width, int height = Height)
    {
        var scene = Build(out var cells);
        change?.Invoke(cells);
        using var window = new HeadlessWindow(scene, width, height, scale);
        window.Root.Background = SKColors.Lavender;
        return window.Capture();
    }
}
