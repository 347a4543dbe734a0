using Skia.Toolkit.Testing;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Testing;

public class GoldenImagesTests
{
    private const float GlyphX = 20.3f;

    [Fact]
    public void A_missing_golden_fails_and_says_how_to_create_it()
    {
        using var temp = new TempFolder();
        var goldens = new GoldenImages(temp["goldens"], temp["results"], update: false);
        using var image = GlyphImages.Render("4", GlyphX);

        var failure = Assert.Throws<RenderAssertionException>(() => goldens.AssertMatches(image, "Four"));

        Assert.Contains("Golden image 'Four' does not exist", failure.Message);
        Assert.Contains(temp["goldens/Four.png"], failure.Message);
        // The hint works in any repository that uses the test kit, not only in this one (which has ./test.sh).
        Assert.Contains("UPDATE_GOLDENS=1 dotnet test --filter \"FullyQualifiedName~Four\"", failure.Message);
        Assert.DoesNotContain("test.sh", failure.Message);
        Assert.Equal(temp["results/Four.actual.png"], failure.ActualImagePath);
        Assert.True(File.Exists(failure.ActualImagePath));
        Assert.False(File.Exists(temp["goldens/Four.png"]), "a golden must only be written in update mode");
    }

    [Fact]
    public void Update_mode_writes_the_golden_that_later_comparisons_pass_against()
    {
        using var temp = new TempFolder();
        using var image = GlyphImages.Render("4", GlyphX);

        new GoldenImages(temp["goldens"], temp["results"], update: true).AssertMatches(image, "Four");
        new GoldenImages(temp["goldens"], temp["results"], update: false).AssertMatches(image, "Four");

        using var written = SKBitmap.Decode(temp["goldens/Four.png"]);
        using var result = PixelDiff.Compare(image, written);
        Assert.True(result.Identical);
        Assert.False(Directory.Exists(temp["results"]), "a passing comparison writes no failure images");
    }

    [Fact]
    public void Update_mode_leaves_an_identical_golden_untouched()
    {
        using var temp = new TempFolder();
        using var image = GlyphImages.Render("4", GlyphX);
        var updating = new GoldenImages(temp["goldens"], temp["results"], update: true);
        updating.AssertMatches(image, "Four");
        var firstWrite = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(temp["goldens/Four.png"], firstWrite);

        updating.AssertMatches(image, "Four");

        Assert.Equal(firstWrite, File.GetLastWriteTimeUtc(temp["goldens/Four.png"]));
    }

    [Fact]
    public void A_mismatch_fails_and_writes_expected_actual_and_diff_images_named_in_the_message()
    {
        using var temp = new TempFolder();
        using var one = GlyphImages.Render("1", GlyphX);
        using var seven = GlyphImages.Render("7", GlyphX);
        new GoldenImages(temp["goldens"], temp["results"], update: true).AssertMatches(one, "Digit");
        var goldens = new GoldenImages(temp["goldens"], temp["results"], update: false);

        var failure = Assert.Throws<RenderAssertionException>(() => goldens.AssertMatches(seven, "Digit", budget: 8));

        Assert.Contains("Image 'Digit' does not match its golden", failure.Message);
        Assert.Contains("over the budget of 8", failure.Message);
        Assert.Contains("UPDATE_GOLDENS=1 dotnet test --filter \"FullyQualifiedName~Digit\"", failure.Message);
        foreach (var path in new[] { failure.ExpectedImagePath, failure.ActualImagePath, failure.DiffImagePath })
        {
            Assert.NotNull(path);
            Assert.StartsWith(temp["results"], path);
            Assert.Contains(path, failure.Message);
            using var decoded = SKBitmap.Decode(path);
            Assert.Equal(one.Width, decoded.Width);
        }

        using var actualWritten = SKBitmap.Decode(failure.ActualImagePath);
        using var same = PixelDiff.Compare(seven, actualWritten);
        Assert.True(same.Identical, "the actual image written is the one rendered");
    }

    [Fact]
    public void A_shifted_glyph_within_budget_passes_against_its_golden()
    {
        using var temp = new TempFolder();
        using var golden = GlyphImages.Render("8", GlyphX);
        using var shifted = GlyphImages.Render("8", GlyphX + 0.5f);
        new GoldenImages(temp["goldens"], temp["results"], update: true).AssertMatches(golden, "Eight");

        new GoldenImages(temp["goldens"], temp["results"], update: false).AssertMatches(shifted, "Eight", budget: 8);
    }

    [Fact]
    public void A_size_mismatch_fails_with_both_sizes_and_no_diff_image()
    {
        using var temp = new TempFolder();
        using var small = new SKBitmap(10, 10);
        using var large = new SKBitmap(12, 10);
        small.Erase(SKColors.White);
        large.Erase(SKColors.White);
        new GoldenImages(temp["goldens"], temp["results"], update: true).AssertMatches(small, "Box");

        var failure = Assert.Throws<RenderAssertionException>(
            () => new GoldenImages(temp["goldens"], temp["results"], update: false).AssertMatches(large, "Box"));

        Assert.Contains("expected 10x10 px, actual 12x10 px", failure.Message);
        Assert.Null(failure.DiffImagePath);
    }

    [Fact]
    public void A_golden_that_is_not_a_png_fails_clearly()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp["goldens"]);
        File.WriteAllText(temp["goldens/Broken.png"], "not a png");
        using var image = new SKBitmap(4, 4);

        var failure = Assert.Throws<RenderAssertionException>(
            () => new GoldenImages(temp["goldens"], temp["results"], update: false).AssertMatches(image, "Broken"));

        Assert.Contains("is not a readable PNG", failure.Message);
    }

    [Fact]
    public void Update_mode_replaces_a_golden_that_is_not_a_png()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp["goldens"]);
        File.WriteAllText(temp["goldens/Broken.png"], "not a png");
        using var image = GlyphImages.Render("2", GlyphX);

        new GoldenImages(temp["goldens"], temp["results"], update: true).AssertMatches(image, "Broken");

        new GoldenImages(temp["goldens"], temp["results"], update: false).AssertMatches(image, "Broken");
    }

    [Fact]
    public void Goldens_for_a_test_file_live_in_the_test_projects_Goldens_folder_under_its_area()
    {
        var goldens = GoldenImages.NextToTest();

        Assert.Equal(Path.Combine(RepoPaths.Root, "tests", "Skia.Toolkit.Tests", "Goldens", "Testing"), goldens.GoldenDirectory);
        Assert.Equal(Path.Combine(goldens.GoldenDirectory, "Price_cell.png"), goldens.PathOf("Price_cell"));
        Assert.EndsWith(Path.Combine("Goldens", "Testing"), goldens.ResultsDirectory);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a/b")]
    [InlineData("..\\up")]
    public void A_golden_name_must_be_a_plain_file_name(string name)
    {
        var goldens = new GoldenImages("/tmp/unused", "/tmp/unused", update: false);

        Assert.ThrowsAny<ArgumentException>(() => goldens.PathOf(name));
    }
}
