using Skia.Toolkit.Core;
using Skia.Toolkit.Input;
using Skia.Toolkit.Widgets;
using SkiaSharp;

namespace Skia.Toolkit.Gallery;

/// <summary>
/// ShapesPage is the windowed gallery's page until the full widget page lands: a header with a
/// label, a text box and a button, over a grid of shapes in borders (fills, translucency, strokes,
/// rounded corners). Clicking a cell cycles its colour, and the button copies the text box into the
/// label, so input, text and partial repaint can be seen working in a real window.
/// </summary>
internal static class ShapesPage
{
    private static readonly SKColor[] Palette =
    [
        SKColors.Crimson, SKColors.SeaGreen, SKColors.RoyalBlue, new(255, 200, 0, 160), SKColors.DarkOrange, SKColors.Teal,
        SKColors.MediumPurple, SKColors.SlateGray, SKColors.Goldenrod, SKColors.DeepPink, SKColors.CadetBlue, SKColors.OliveDrab,
    ];

    public static Widget Build()
    {
        var grid = new Grid
        {
            Rows = GridLength.Parse("*,*,*"),
            Columns = GridLength.Parse("*,*,*,*"),
            Margin = new Thickness(16),
        };
        for (var i = 0; i < 12; i++)
        {
            var cell = new Rectangle
            {
                Fill = Palette[i],
                Stroke = i % 3 == 0 ? SKColors.DarkSlateGray : SKColors.Transparent,
                StrokeThickness = i % 3 == 0 ? 3 : 0,
                CornerRadius = 3 * (i % 6),
                Margin = new Thickness(10),
            };
            grid.Add(new Border
            {
                Background = new SKColor(244, 244, 248),
                BorderColor = SKColors.LightSlateGray,
                BorderThickness = 1,
                CornerRadius = 8,
                Margin = new Thickness(6),
                Child = cell,
            }, i / 4, i % 4);
        }
        var status = new Label("Click a cell, or type a price and press Set") { Margin = new Thickness(12, 0), VerticalAlignment = VerticalAlignment.Center };
        var price = new TextBox { Placeholder = "price", Width = 160, VerticalAlignment = VerticalAlignment.Center };
        var set = new Button("Set") { Width = 80, Margin = new Thickness(8, 0), VerticalAlignment = VerticalAlignment.Center };
        set.Click += (_, _) => status.Text = price.Text.Length == 0 ? "No price typed" : "Price set to " + price.Text;
        var header = new Stack { Orientation = Orientation.Horizontal, Margin = new Thickness(16, 16, 16, 0) };
        header.Add(price);
        header.Add(set);
        header.Add(status);
        var page = new Dock();
        page.Add(header, DockSide.Top);
        page.Add(grid);
        return new CellBoard(page);
    }

    /// <summary>CellBoard hosts the grid and gives a clicked rectangle the next palette colour (clicks bubble up to it).</summary>
    private sealed class CellBoard : Widget
    {
        private readonly Widget content;

        public CellBoard(Widget content)
        {
            this.content = content;
            AddChild(content);
        }

        protected override SKSize MeasureOverride(SKSize available) => content.Measure(available);

        protected override void ArrangeOverride(SKSize finalSize) => content.Arrange(new SKRect(0, 0, finalSize.Width, finalSize.Height));

        protected override void OnPointerUp(PointerEventArgs e)
        {
            if (e.Button != PointerButton.Left || Root?.HitTest(e.WindowPosition) is not Rectangle cell) return;
            var next = (Array.IndexOf(Palette, cell.Fill) + 1) % Palette.Length;
            cell.Fill = Palette[next];
            e.Handled = true;
        }
    }
}
