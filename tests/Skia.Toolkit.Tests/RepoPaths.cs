namespace Skia.Toolkit.Tests;

/// <summary>Locates the repository root from the test binaries, so tests read files in the checkout.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Skia.Trader.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Skia.Trader.sln not found above " + AppContext.BaseDirectory);
    }
}
