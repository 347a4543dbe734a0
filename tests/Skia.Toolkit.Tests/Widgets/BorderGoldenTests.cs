using Skia.Toolkit.Core;
using Skia.Toolkit.Testing;
using Skia.Toolkit.Widgets;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Widgets;

public class BorderGoldenTests
{
    private static Border RoundedCard() => new()
    {
        Margin = new Thickness(10),
        Background = new SKColor(0xFFE8F0FE),
        BorderColor = new SKColor(0xFF1A73E8),
        BorderThickness = 3,
        CornerRadius = 12,
        Padding = new Thickness(8),
        Child = new Rectangle { Name = "content", Fill = new SKColor(0xFFF9AB00), CornerRadius = 4 },
    };

    [Fact]
    public void Border_with_rounded_outline_background_and_padding()
    {
        using var window = new TestWindow(RoundedCard(), 120, 80);

        RenderAssert.AssertRendersToImage(window);
        RenderAssert.AssertRendersToMarkup(window, """
            Border (10,10 100x60) background=#FFE8F0FE borderColor=#FF1A73E8 borderThickness=3 cornerRadius=12 padding=8,8,8,8
              Rectangle #content (11,11 78x38) fill=#FFF9AB00 cornerRadius=4
            """);
    }

    [Fact]
    public void Border_with_rounded_outline_at_scale_two()
    {
        using var window = new TestWindow(RoundedCard(), 120, 80, scale: 2);

        RenderAssert.AssertRendersToImage(window);
    }

    [Fact]
    public void Border_changed_after_the_first_frame_repaints_to_the_new_look()
    {
        var card = RoundedCard();
        using var window = new TestWindow(card, 120, 80);

        card.CornerRadius = 0;
        card.BorderColor = new SKColor(0xFFD93025);
        card.Padding = new Thickness(20, 4);

        RenderAssert.AssertRendersToImage(window);
    }
}
