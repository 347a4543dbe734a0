using Skia.Toolkit.Core;
using Skia.Toolkit.Testing;
using Skia.Toolkit.Widgets;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Testing;

public class RenderAssertTests
{
    private static Border Card() => new()
    {
        Background = SKColors.LightSteelBlue,
        BorderColor = SKColors.Navy,
        BorderThickness = 2,
        CornerRadius = 8,
        Padding = new Thickness(10),
        Margin = new Thickness(6),
        Child = new Rectangle { Fill = SKColors.Gold, Name = "swatch" },
    };

    [Fact]
    public void A_window_renders_to_its_golden_named_after_the_test()
    {
        using var window = new TestWindow(Card(), 80, 50);

        RenderAssert.AssertRendersToImage(window);

        Assert.True(File.Exists(GoldenImages.NextToTest().PathOf(nameof(A_window_renders_to_its_golden_named_after_the_test))));
    }

    [Fact]
    public void A_window_that_changes_fails_against_its_golden_with_the_images_written()
    {
        using var temp = new TempFolder();
        var card = Card();
        using var window = new TestWindow(card, 80, 50);
        RenderAssert.AssertRendersToImage(window, new GoldenImages(temp["goldens"], temp["results"], update: true), "Card");
        card.Background = SKColors.Crimson;

        var failure = Assert.Throws<RenderAssertionException>(() =>
            RenderAssert.AssertRendersToImage(window, new GoldenImages(temp["goldens"], temp["results"], update: false), "Card"));

        Assert.Contains("Image 'Card' does not match its golden", failure.Message);
        Assert.True(File.Exists(failure.DiffImagePath));
    }

    [Fact]
    public void A_widget_that_paints_differently_the_second_time_fails_even_while_updating_goldens()
    {
        using var temp = new TempFolder();
        using var window = new TestWindow(new PaintsOnceRight(), 40, 20);

        var failure = Assert.Throws<RenderAssertionException>(() =>
            RenderAssert.AssertRendersToImage(window, new GoldenImages(temp["goldens"], temp["results"], update: true), "Flaky"));

        Assert.StartsWith("The second frame, rendered after invalidating the whole tree, differs from the golden", failure.Message);
        Assert.Contains("800 pixel(s) differ", failure.Message);
    }

    [Fact]
    public void Markup_that_matches_passes_whatever_the_line_endings_and_indentation_of_the_literal()
    {
        using var window = new TestWindow(Card(), 80, 50);

        RenderAssert.AssertRendersToMarkup(window, "Border (6,6 68x38) background=#FFB0C4DE borderColor=#FF000080 borderThickness=2 cornerRadius=8 padding=10,10,10,10\r\n"
            + "  Rectangle #swatch (12,12 44x14) fill=#FFFFD700\r\n");
    }

    [Fact]
    public void Markup_that_differs_fails_with_a_line_diff_and_the_actual_markup()
    {
        using var window = new TestWindow(Card(), 80, 50);

        var failure = Assert.Throws<RenderAssertionException>(() => RenderAssert.AssertRendersToMarkup(window.Root, """
            Border (6,6 68x38) background=#FFB0C4DE borderColor=#FF000080 borderThickness=2 cornerRadius=8 padding=10,10,10,10
              Rectangle #swatch (12,12 44x20) fill=#FFFFD700
            """));

        Assert.Contains("- " + "  Rectangle #swatch (12,12 44x20) fill=#FFFFD700\n+ " + "  Rectangle #swatch (12,12 44x14) fill=#FFFFD700\n", failure.Message);
        Assert.EndsWith("Actual markup:\n" + MarkupDiff.Normalize(window.ToMarkup()), failure.Message);
    }

    [Fact]
    public void Two_test_files_claiming_the_same_golden_are_told_to_rename_one()
    {
        // A throwaway test project, so that nothing is written into the real goldens even with UPDATE_GOLDENS=1.
        using var temp = new TempFolder();
        File.WriteAllText(temp["Fake.Tests.csproj"], "<Project />");
        Directory.CreateDirectory(temp["Area"]);
        using var image = new SKBitmap(4, 4);
        image.Erase(SKColors.White);
        try
        {
            RenderAssert.AssertRendersToImage(image, "Shared", testFile: temp["Area/FirstTests.cs"]);
        }
        catch (RenderAssertionException)
        {
            // Without UPDATE_GOLDENS the golden is missing; the claim on its name is what matters here.
        }

        var failure = Assert.Throws<RenderAssertionException>(
            () => RenderAssert.AssertRendersToImage(image, "Shared", testFile: temp["Area/SecondTests.cs"]));

        Assert.Contains("is used by tests in both", failure.Message);
        Assert.Contains("FirstTests.cs and " + temp["Area/SecondTests.cs"], failure.Message);
    }

    /// <summary>A widget with a caching bug: it paints green the first time and red every time after.</summary>
    private sealed class PaintsOnceRight : Widget
    {
        private bool _painted;

        protected override void OnRender(SKCanvas canvas)
        {
            using var paint = new SKPaint { Color = _painted ? SKColors.Red : SKColors.Green };
            canvas.DrawRect(new SKRect(0, 0, Bounds.Width, Bounds.Height), paint);
            _painted = true;
        }
    }
}
