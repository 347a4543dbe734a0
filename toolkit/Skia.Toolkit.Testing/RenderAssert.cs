using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Skia.Toolkit.Core;
using SkiaSharp;

namespace Skia.Toolkit.Testing;

/// <summary>
/// RenderAssert holds the assertions UI tests make: a window renders to its golden image, or its
/// widget tree reads as expected markup. Failures throw <see cref="RenderAssertionException"/>.
/// Goldens are found next to the calling test file (see <see cref="GoldenImages.NextToTest"/>) and
/// named after the calling test method unless a name is given.
/// </summary>
public static class RenderAssert
{
    // Golden path -> the test file that first used it in this run: goldens are named after test
    // methods, so two test classes in one folder with a method of the same name would share one.
    private static readonly ConcurrentDictionary<string, string> GoldenOwners = new(StringComparer.Ordinal);

    /// <summary>
    /// AssertRendersToImage renders <paramref name="window"/> twice — its current frame, then a frame after
    /// invalidating the whole tree — and requires both to match the golden <paramref name="name"/>.png
    /// within <paramref name="budget"/> differing pixels, so a caching bug shows as a failure.
    /// </summary>
    public static void AssertRendersToImage(TestWindow window, [CallerMemberName] string name = "", int budget = 0,
        [CallerFilePath] string testFile = "")
    {
        ArgumentNullException.ThrowIfNull(window);
        AssertRendersToImage(window, Claim(GoldenImages.NextToTest(testFile), name, testFile), name, budget);
    }

    /// <summary>
    /// AssertRendersToImage renders <paramref name="window"/> twice, as the overload without
    /// <paramref name="goldens"/> does, against a golden folder the caller chooses.
    /// </summary>
    public static void AssertRendersToImage(TestWindow window, GoldenImages goldens, string name, int budget = 0)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(goldens);
        using var first = window.Capture();
        window.InvalidateAll();
        using var second = window.Capture();

        goldens.AssertMatches(first, name, budget);
        // In update mode the golden is now the first frame, so this still checks the second against it.
        var againstFirst = goldens.Update ? new GoldenImages(goldens.GoldenDirectory, goldens.ResultsDirectory, update: false) : goldens;
        try
        {
            againstFirst.AssertMatches(second, name, budget);
        }
        catch (RenderAssertionException e)
        {
            throw new RenderAssertionException(
                "The second frame, rendered after invalidating the whole tree, differs from the golden "
                + "(a widget or cache does not repaint what it painted the first time).\n" + e.Message,
                e.ExpectedImagePath, e.ActualImagePath, e.DiffImagePath);
        }
    }

    /// <summary>
    /// AssertRendersToImage compares an already rendered <paramref name="bitmap"/> with the golden
    /// <paramref name="name"/>.png next to the calling test file.
    /// </summary>
    public static void AssertRendersToImage(SKBitmap bitmap, [CallerMemberName] string name = "", int budget = 0,
        [CallerFilePath] string testFile = "")
    {
        ArgumentNullException.ThrowIfNull(bitmap);
        Claim(GoldenImages.NextToTest(testFile), name, testFile).AssertMatches(bitmap, name, budget);
    }

    /// <summary>
    /// AssertRendersToMarkup lays <paramref name="window"/> out and requires its widget tree, as
    /// <see cref="UiRoot.ToMarkup"/> writes it, to equal <paramref name="expected"/> (line endings, trailing
    /// spaces and blank lines at either end aside); a failure shows a line diff.
    /// </summary>
    public static void AssertRendersToMarkup(TestWindow window, string expected)
    {
        ArgumentNullException.ThrowIfNull(window);
        AssertMarkup(expected, window.ToMarkup());
    }

    /// <summary>AssertRendersToMarkup is the same check on a bare <see cref="UiRoot"/>.</summary>
    public static void AssertRendersToMarkup(UiRoot root, string expected)
    {
        ArgumentNullException.ThrowIfNull(root);
        root.UpdateLayout();
        AssertMarkup(expected, root.ToMarkup());
    }

    private static GoldenImages Claim(GoldenImages goldens, string name, string testFile)
    {
        var path = goldens.PathOf(name);
        var owner = GoldenOwners.GetOrAdd(path, testFile);
        if (owner != testFile)
        {
            throw new RenderAssertionException(
                $"Golden {path} is used by tests in both {owner} and {testFile}; pass a distinct name: to one of them.");
        }

        return goldens;
    }

    private static void AssertMarkup(string expected, string actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        if (MarkupDiff.Describe(expected, actual) is not { } diff) return;
        throw new RenderAssertionException(
            "The widget tree's markup differs from the expected (- expected, + actual):\n" + diff
            + "Actual markup:\n" + MarkupDiff.Normalize(actual));
    }
}
