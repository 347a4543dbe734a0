using System.Diagnostics;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Samples;

/// <summary>The gallery sample, run headless as a user runs it: every tab renders to its own picture.</summary>
public class GalleryTests
{
    private static string GalleryDll()
    {
        // The test project builds the gallery first (project reference); same configuration as these tests.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name; // bin/<configuration>/net10.0/
        var gallery = Path.Combine(RepoPaths.Root, "toolkit", "samples", "Gallery", "bin", configuration, "net10.0", "Gallery.dll");
        Assert.True(File.Exists(gallery), $"{gallery} should have been built with the tests");
        return gallery;
    }

    private static (int ExitCode, string Output) RunGallery(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(GalleryDll());
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(60_000), "the gallery hung");
        return (process.ExitCode, stdout + stderr.Result);
    }

    [Fact]
    public void The_run_script_argument_form_writes_the_gallery_picture()
    {
        // The gallery takes "--out=FILE" (the form ./run.sh used before it started the terminal); both option forms must work.
        var dir = Directory.CreateTempSubdirectory("gallery-run-");
        try
        {
            var file = Path.Combine(dir.FullName, "gallery.png");
            var (code, output) = RunGallery("--out=" + file);
            Assert.True(code == 0, output);
            using var bitmap = SKBitmap.Decode(file);
            Assert.NotNull(bitmap);
            Assert.Equal(960, bitmap.Width);
            Assert.Equal(744, bitmap.Height);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void All_tabs_writes_one_distinct_picture_per_tab()
    {
        var dir = Directory.CreateTempSubdirectory("gallery-tabs-");
        try
        {
            var (code, output) = RunGallery("--all-tabs", dir.FullName);
            Assert.True(code == 0, output);
            var files = Directory.GetFiles(dir.FullName, "*.png").Order(StringComparer.Ordinal).ToArray();
            Assert.Equal(["tab-0-layout-text.png", "tab-1-controls.png", "tab-2-data.png", "tab-3-charts.png"], files.Select(Path.GetFileName));
            var pixels = new List<byte[]>();
            foreach (var file in files)
            {
                using var bitmap = SKBitmap.Decode(file);
                Assert.Equal(960, bitmap.Width);
                Assert.Equal(744, bitmap.Height);
                pixels.Add(bitmap.Bytes);
            }
            for (var i = 0; i < pixels.Count; i++)
            {
                for (var j = i + 1; j < pixels.Count; j++)
                {
                    Assert.False(pixels[i].AsSpan().SequenceEqual(pixels[j]), $"tabs {i} and {j} rendered the same picture");
                }
            }
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void Only_the_tab_rendered_is_built(int tab)
    {
        // Building every tab up front (a 100 000-row table, charts) cost start-up memory for pictures nobody saw.
        var file = Path.Combine(Path.GetTempPath(), $"gallery-lazy-{tab}-{Environment.ProcessId}.png");
        try
        {
            var (code, output) = RunGallery("--tab", tab.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", file);
            Assert.True(code == 0, output);
            Assert.Contains($"tabs built: {tab}\n", output.ReplaceLineEndings("\n"));
            using var bitmap = SKBitmap.Decode(file);
            Assert.Equal(960, bitmap.Width);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void A_tab_that_does_not_exist_is_a_clear_error()
    {
        var (code, output) = RunGallery("--tab", "9", "--out", Path.Combine(Path.GetTempPath(), "gallery-no-such-tab.png"));
        Assert.Equal(64, code); // a bad argument (sysexits EX_USAGE), like every app on the host
        Assert.Contains("no tab 9; there are 4", output);
    }
}
