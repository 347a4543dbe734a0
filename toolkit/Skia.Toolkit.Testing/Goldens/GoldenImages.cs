using System.Runtime.CompilerServices;
using SkiaSharp;

namespace Skia.Toolkit.Testing;

/// <summary>
/// GoldenImages is a folder of golden PNGs that rendered images are compared with by
/// <see cref="PixelDiff"/>. Goldens are only ever written when the UPDATE_GOLDENS=1
/// environment variable is set; a failed comparison writes the expected, actual and diff
/// images under the test results folder and names them in the exception.
/// </summary>
/// <example>
/// <code>
/// // In tests/MyApp.Tests/Widgets/ButtonTests.cs: goldens in tests/MyApp.Tests/Goldens/Widgets/.
/// GoldenImages.NextToTest().AssertMatches(bitmap, "Button_pressed");
/// </code>
/// </example>
public sealed class GoldenImages
{
    /// <summary>UpdateVariable names the environment variable that, set to 1, makes assertions rewrite goldens instead of comparing.</summary>
    public const string UpdateVariable = "UPDATE_GOLDENS";

    /// <summary>ResultsVariable names the environment variable holding the folder for failure images (a CI script sets it to collect them; default: TestResults next to the test binaries).</summary>
    public const string ResultsVariable = "TEST_RESULTS_DIR";

    private const string GoldensFolder = "Goldens";

    /// <summary>
    /// Creates a golden folder. Failure images go to <paramref name="resultsDirectory"/> (default: the
    /// results folder for this area, see <see cref="DefaultResultsDirectory"/>); <paramref name="update"/>
    /// overrides the UPDATE_GOLDENS environment variable.
    /// </summary>
    public GoldenImages(string goldenDirectory, string? resultsDirectory = null, bool? update = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(goldenDirectory);
        GoldenDirectory = Path.GetFullPath(goldenDirectory);
        ResultsDirectory = Path.GetFullPath(resultsDirectory ?? Path.Combine(DefaultResultsDirectory, GoldensFolder));
        Update = update ?? UpdateRequested;
    }

    /// <summary>GoldenDirectory is the folder holding the golden PNGs.</summary>
    public string GoldenDirectory { get; }

    /// <summary>ResultsDirectory is the folder that receives expected/actual/diff PNGs of failed comparisons.</summary>
    public string ResultsDirectory { get; }

    /// <summary>Update tells whether assertions rewrite goldens that differ or are missing, instead of failing.</summary>
    public bool Update { get; }

    /// <summary>UpdateRequested tells whether UPDATE_GOLDENS=1 is set in the environment.</summary>
    public static bool UpdateRequested => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    /// <summary>
    /// DefaultResultsDirectory is TEST_RESULTS_DIR when set, else a TestResults folder next to the test binaries.
    /// </summary>
    public static string DefaultResultsDirectory =>
        Environment.GetEnvironmentVariable(ResultsVariable) is { Length: > 0 } dir
            ? dir
            : Path.Combine(AppContext.BaseDirectory, "TestResults");

    /// <summary>
    /// NextToTest finds the goldens for the calling test file: for tests/P/Area/FooTests.cs
    /// (P being the folder holding the test project's .csproj) they live in tests/P/Goldens/Area/,
    /// and failure images go to the results folder's Goldens/Area/.
    /// </summary>
    public static GoldenImages NextToTest([CallerFilePath] string testFile = "")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(testFile);
        var testDirectory = Path.GetDirectoryName(Path.GetFullPath(testFile))
            ?? throw new ArgumentException("The test file has no folder: " + testFile, nameof(testFile));
        var projectDirectory = FindProjectDirectory(testDirectory)
            ?? throw new InvalidOperationException(
                $"No .csproj found above {testDirectory}; the test sources must be on this machine to find their goldens. "
                + "Pass the golden folder to new GoldenImages(...) instead.");
        var area = Path.GetRelativePath(projectDirectory, testDirectory);
        if (area == ".") area = "";
        return new GoldenImages(
            Path.Combine(projectDirectory, GoldensFolder, area),
            Path.Combine(DefaultResultsDirectory, GoldensFolder, area));
    }

    /// <summary>PathOf gives the golden PNG's path for a test image name.</summary>
    public string PathOf(string name)
    {
        CheckName(name);
        return Path.Combine(GoldenDirectory, name + ".png");
    }

    /// <summary>
    /// AssertMatches compares <paramref name="actual"/> with the golden <paramref name="name"/>.png and throws
    /// <see cref="RenderAssertionException"/> when it is missing or more than <paramref name="budget"/> pixels
    /// differ (anti-aliasing aside). In update mode it writes the golden instead, when missing or different.
    /// </summary>
    public void AssertMatches(SKBitmap actual, [CallerMemberName] string name = "", int budget = 0, float threshold = PixelDiff.DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentOutOfRangeException.ThrowIfNegative(budget);
        var goldenPath = PathOf(name);
        // In update mode an unreadable golden is simply replaced; otherwise it is an error.
        using var golden = !File.Exists(goldenPath) ? null : Update ? SKBitmap.Decode(goldenPath) : Decode(goldenPath);
        if (Update)
        {
            if (golden == null || !PixelDiff.Compare(golden, actual, drawDiffImage: false).Identical)
            {
                Directory.CreateDirectory(GoldenDirectory);
                WritePng(actual, goldenPath);
            }

            return;
        }

        if (golden == null)
        {
            var actualPath = WritePng(actual, ResultPath(name, "actual"));
            throw new RenderAssertionException(
                $"Golden image '{name}' does not exist: {goldenPath}\n"
                + $"The rendered image is at {actualPath}. Look at it; if it is right, create the golden by running\n"
                + $"the test again with the environment variable {UpdateVariable}=1 set, for example\n"
                + $"  {UpdateHint(name)}\n"
                + "then look at the new PNG and commit it with your tests.",
                null, actualPath, null);
        }

        using var result = PixelDiff.Compare(golden, actual, threshold);
        if (result.Passes(budget)) return;

        var expectedPath = WritePng(golden, ResultPath(name, "expected"));
        var failedPath = WritePng(actual, ResultPath(name, "actual"));
        var diffPath = result.DiffImage is { } diff ? WritePng(diff, ResultPath(name, "diff")) : null;
        throw new RenderAssertionException(
            $"Image '{name}' does not match its golden {goldenPath}\n"
            + result.Describe(budget) + "\n"
            + $"  expected: {expectedPath}\n"
            + $"  actual:   {failedPath}\n"
            + (diffPath != null ? $"  diff:     {diffPath} (red: different, yellow: anti-aliasing, tolerated)\n" : "")
            + $"If the new rendering is right, rewrite the golden by running the test again with {UpdateVariable}=1 set,\n"
            + $"for example  {UpdateHint(name)}\n"
            + "then look at the new PNG and commit it.",
            expectedPath, failedPath, diffPath);
    }

    // The command that reruns one test in update mode, in the form every dotnet test runner (xunit, NUnit, MSTest)
    // accepts; the image's name is the test method's unless the test named it otherwise.
    private static string UpdateHint(string name) => $"{UpdateVariable}=1 dotnet test --filter \"FullyQualifiedName~{name}\"";

    private string ResultPath(string name, string kind) => Path.Combine(ResultsDirectory, $"{name}.{kind}.png");

    private static SKBitmap Decode(string path) =>
        SKBitmap.Decode(path) ?? throw new RenderAssertionException($"Golden image {path} is not a readable PNG.");

    private static string WritePng(SKBitmap bitmap, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Quality is ignored for PNG (lossless); 100 states that intent.
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100)
            ?? throw new InvalidOperationException($"Cannot encode a {bitmap.ColorType} bitmap as PNG for {path}.");
        using var file = File.Create(path);
        data.SaveTo(file);
        return path;
    }

    private static string? FindProjectDirectory(string directory)
    {
        for (var dir = new DirectoryInfo(directory); dir != null; dir = dir.Parent)
        {
            if (dir.EnumerateFiles("*.csproj").Any()) return dir.FullName;
        }

        return null;
    }

    private static void CheckName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || name.Contains('/') || name.Contains('\\'))
        {
            throw new ArgumentException($"Golden name '{name}' must be a plain file name without extension.", nameof(name));
        }
    }
}
