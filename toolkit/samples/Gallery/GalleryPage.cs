using Skia.Toolkit.Core;
using Skia.Toolkit.Text;
using Skia.Toolkit.Widgets;
using SkiaSharp;

namespace Skia.Toolkit.Gallery;

/// <summary>GalleryPage builds the page of every widget: one card per widget kind, on a dark terminal-like theme.</summary>
internal sealed class GalleryPage : IDisposable
{
    public const int Width = 960;
    public const int Height = 680;

    private static readonly SKColor Page = new(0x12, 0x16, 0x1C);
    private static readonly SKColor Card = new(0x1E, 0x24, 0x2C);
    private static readonly SKColor CardEdge = new(0x33, 0x3D, 0x49);
    private static readonly SKColor Text = new(0xE6, 0xE9, 0xEE);
    private static readonly SKColor Muted = new(0x8A, 0x96, 0xA3);
    private static readonly SKColor Up = new(0x2E, 0xBD, 0x85);
    private static readonly SKColor Down = new(0xF6, 0x46, 0x5D);
    private static readonly SKColor Accent = new(0xF0, 0xB9, 0x0B);
    private static readonly SKColor Blue = new(0x3D, 0x8B, 0xFD);

    private readonly SKImage _image = MakeGradientImage();
    private readonly Label _lastPrice;

    public GalleryPage()
    {
        _lastPrice = new Label("43 250.10") { Font = FontSpec.Mono(22, SKFontStyleWeight.Bold), Color = Up, UseNumericFastPath = true };
        var grid = new Grid { Rows = GridLength.Parse("*, *, *"), Columns = GridLength.Parse("*, *, *"), Margin = new Thickness(12, 0, 12, 12) };
        grid.Add(CardOf("Stack", StackDemo()), 0, 0);
        grid.Add(CardOf("Dock", DockDemo()), 0, 1);
        grid.Add(CardOf("Grid (Auto, *, 2*)", GridDemo()), 0, 2);
        grid.Add(CardOf("Border", BorderDemo()), 1, 0);
        grid.Add(CardOf("ScrollContainer", ScrollDemo()), 1, 1);
        grid.Add(CardOf("Rectangle / Shape", ShapeDemo()), 1, 2);
        grid.Add(CardOf("Image (Stretch modes)", ImageDemo()), 2, 0);
        grid.Add(CardOf("Label", LabelDemo(), columnSpan: true), 2, 1, columnSpan: 2);

        var header = new Border
        {
            Background = Card,
            Padding = new Thickness(16, 10),
            Margin = new Thickness(12, 12, 12, 12),
            CornerRadius = 6,
            Child = new Dock
            {
                LastChildFill = false,
            },
        };
        var headerDock = (Dock)header.Child;
        headerDock.Add(new Label("Skia.Toolkit gallery") { Font = FontSpec.Ui(20, SKFontStyleWeight.SemiBold), Color = Text, VerticalAlignment = VerticalAlignment.Center }, DockSide.Left);
        headerDock.Add(_lastPrice, DockSide.Right);
        headerDock.Add(new Label("BTC/USDT  ") { Font = FontSpec.Ui(14), Color = Muted, VerticalAlignment = VerticalAlignment.Center }, DockSide.Right);

        var root = new Dock { Background = Page };
        root.Add(header, DockSide.Top);
        root.Add(grid);
        Content = root;
    }

    public Widget Content { get; }

    private long _ticks;

    /// <summary>Tick changes the header price, like a market update (cent by cent, same width, so only the label repaints).</summary>
    public void Tick()
    {
        _ticks++;
        _lastPrice.SetNumber(4_325_135 + (_ticks % 50), 2, groupThousands: true);
    }

    public void Dispose() => _image.Dispose();

    private static Border CardOf(string title, Widget body, bool columnSpan = false)
    {
        var dock = new Dock();
        dock.Add(new Label(title) { Font = FontSpec.Ui(13, SKFontStyleWeight.SemiBold), Color = Muted, Margin = new Thickness(0, 0, 0, 8) }, DockSide.Top);
        dock.Add(body);
        return new Border
        {
            Background = Card,
            BorderColor = CardEdge,
            BorderThickness = 1,
            CornerRadius = 8,
            Padding = new Thickness(12),
            Margin = new Thickness(6),
            Child = dock,
            Name = columnSpan ? "wide-card" : null,
        };
    }

    private static Widget StackDemo()
    {
        var horizontal = new Stack { Orientation = Orientation.Horizontal, Spacing = 6 };
        foreach (var colour in new[] { Up, Down, Accent, Blue })
        {
            horizontal.Add(new Rectangle { Width = 36, Height = 36, Fill = colour, CornerRadius = 4 });
        }

        var vertical = new Stack { Spacing = 4, Margin = new Thickness(0, 10, 0, 0) };
        for (int i = 0; i < 3; i++)
        {
            vertical.Add(new Rectangle { Height = 10, Width = 170 - (i * 40), HorizontalAlignment = HorizontalAlignment.Left, Fill = CardEdge, CornerRadius = 2 });
        }

        return new Stack { horizontal, vertical };
    }

    private static Widget DockDemo()
    {
        var dock = new Dock();
        dock.Add(Tagged("Top", Blue), DockSide.Top);
        dock.Add(Tagged("Bottom", Muted), DockSide.Bottom);
        dock.Add(Tagged("L", Up), DockSide.Left);
        dock.Add(Tagged("R", Down), DockSide.Right);
        dock.Add(Tagged("Fill", CardEdge));
        return dock;
    }

    private static Border Tagged(string text, SKColor colour) => new()
    {
        Background = colour,
        Padding = new Thickness(8, 4),
        Child = new Label(text) { Font = FontSpec.Ui(12), Color = SKColors.White, TextAlignment = TextAlignment.Center },
    };

    private static Widget GridDemo()
    {
        var grid = new Grid { Columns = GridLength.Parse("Auto, *, 2*"), Rows = GridLength.Parse("Auto, Auto, Auto, Auto") };
        string[] headers = ["Pair", "Price", "Size"];
        for (int c = 0; c < 3; c++)
        {
            grid.Add(new Label(headers[c]) { Font = FontSpec.Ui(12), Color = Muted, TextAlignment = c == 0 ? TextAlignment.Left : TextAlignment.Right, Margin = new Thickness(0, 0, 6, 4) }, 0, c);
        }

        (string Pair, string Price, string Size, bool Up)[] rows =
        [
            ("BTC", "43 250.10", "0.51230", true),
            ("ETH", "2 281.44", "12.0000", false),
            ("SOL", "61.205", "340.10", true),
        ];
        for (int r = 0; r < rows.Length; r++)
        {
            var row = rows[r];
            grid.Add(new Label(row.Pair) { Font = FontSpec.Ui(13, SKFontStyleWeight.SemiBold), Color = Text, Margin = new Thickness(0, 2, 10, 2) }, r + 1, 0);
            grid.Add(new Label(row.Price) { Font = FontSpec.Mono(13), Color = row.Up ? Up : Down, TextAlignment = TextAlignment.Right, Margin = new Thickness(0, 2, 6, 2) }, r + 1, 1);
            grid.Add(new Label(row.Size) { Font = FontSpec.Mono(13), Color = Text, TextAlignment = TextAlignment.Right, Margin = new Thickness(0, 2, 6, 2) }, r + 1, 2);
        }

        return grid;
    }

    private static Widget BorderDemo()
    {
        var stack = new Stack { Orientation = Orientation.Horizontal, Spacing = 10 };
        stack.Add(new Border { Width = 70, Height = 70, BorderColor = Accent, BorderThickness = 3 });
        stack.Add(new Border { Width = 70, Height = 70, Background = Blue, CornerRadius = 14, Padding = new Thickness(10), Child = new Rectangle { Fill = Card, CornerRadius = 6 } });
        stack.Add(new Border { Width = 70, Height = 70, Background = CardEdge, BorderColor = Up, BorderThickness = 1, CornerRadius = 35 });
        return stack;
    }

    private static Widget ScrollDemo()
    {
        var list = new Stack();
        for (int i = 0; i < 30; i++)
        {
            var row = new Dock { Background = i % 2 == 0 ? Card : new SKColor(0x24, 0x2B, 0x34), Height = 22 };
            row.Add(new Label($"{43250.10m - (i * 0.5m):0.00}") { Font = FontSpec.Mono(12), Color = i < 15 ? Down : Up, Margin = new Thickness(6, 0) }, DockSide.Left);
            row.Add(new Label($"{(i * 37 % 11) + 0.25m:0.000}") { Font = FontSpec.Mono(12), Color = Text, TextAlignment = TextAlignment.Right, Margin = new Thickness(6, 0) });
            list.Add(row);
        }

        var scroll = new ScrollContainer { Content = list };
        scroll.ScrollTo(0, 180);
        return new Border { BorderColor = CardEdge, BorderThickness = 1, Child = scroll };
    }

    private static Widget ShapeDemo()
    {
        var stack = new Stack { Orientation = Orientation.Horizontal, Spacing = 10 };
        stack.Add(new Rectangle { Width = 60, Height = 60, Fill = Up });
        stack.Add(new Rectangle { Width = 60, Height = 60, Fill = Down, CornerRadius = 10 });
        stack.Add(new Rectangle { Width = 60, Height = 60, Stroke = Accent, StrokeThickness = 2, CornerRadius = 4 });
        stack.Add(new Rectangle { Width = 20, Height = 60, Fill = Blue.WithAlpha(128), Stroke = Blue, StrokeThickness = 1 });
        return stack;
    }

    private Widget ImageDemo()
    {
        var stack = new Stack { Orientation = Orientation.Horizontal, Spacing = 8 };
        foreach (var stretch in new[] { Stretch.None, Stretch.Uniform, Stretch.Fill, Stretch.UniformToFill })
        {
            var cell = new Dock { Width = 64 };
            cell.Add(new Label(stretch.ToString()) { Font = FontSpec.Ui(10), Color = Muted, TextAlignment = TextAlignment.Center }, DockSide.Bottom);
            cell.Add(new Border { BorderColor = CardEdge, BorderThickness = 1, Child = new Image { Source = _image, Stretch = stretch } });
            stack.Add(cell);
        }

        return stack;
    }

    private static Widget LabelDemo()
    {
        var stack = new Stack { Spacing = 6 };
        stack.Add(new Label("Inter for the UI, JetBrains Mono for numbers: 0123456789") { Font = FontSpec.Ui(15), Color = Text });
        stack.Add(new Label("1 234 567.89   -0.00042   12:34:56.789") { Font = FontSpec.Mono(15), Color = Accent });
        stack.Add(new Label("中文界面 · 比特币/泰达币 BTC/USDT · 日本語") { Font = FontSpec.Ui(15), Color = Text });
        stack.Add(new Label("A long line is trimmed with an ellipsis when it does not fit in the space the layout gives it, like this one here.") { Font = FontSpec.Ui(13), Color = Muted, MaxLines = 1 });
        stack.Add(new Label("Wrapped text flows onto further lines at word boundaries; here two lines are allowed and the rest is cut with an ellipsis, so a long order note never breaks the layout of the panel it sits in.")
        {
            Font = FontSpec.Ui(13),
            Color = Text,
            Wrapping = TextWrapping.Wrap,
            MaxLines = 2,
        });
        return stack;
    }

    private static SKImage MakeGradientImage()
    {
        // 48x24 so the stretch modes look different in square cells.
        var info = new SKImageInfo(48, 24);
        using var surface = SKSurface.Create(info);
        using var shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(48, 24), [Blue, Accent, Down], SKShaderTileMode.Clamp);
        using var paint = new SKPaint { Shader = shader };
        surface.Canvas.DrawRect(new SKRect(0, 0, 48, 24), paint);
        using var dot = new SKPaint { Color = SKColors.White, IsAntialias = true };
        surface.Canvas.DrawCircle(12, 12, 6, dot);
        return surface.Snapshot();
    }
}
