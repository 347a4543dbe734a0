using System.CommandLine;
using Skia.Toolkit.Hosting;
using Skia.Toolkit.Platform;
using Skia.Toolkit.Widgets;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Hosting;

/// <summary>The host in process: the app's own options, its hooks, the files it writes and its messages.</summary>
public class ApplicationTests
{
    [Fact]
    public void The_apps_own_option_reaches_its_content_and_the_screenshot_shows_it()
    {
        var lines = new List<string>();
        var color = new Option<string>("--color") { DefaultValueFactory = _ => "red" };
        var app = new Application("probe") { Width = 40, Height = 20, Error = lines.Add };
        app.Command.Add(color);
        var file = Path.Combine(Path.GetTempPath(), $"host-own-option-{Environment.ProcessId}.png");
        try
        {
            var code = app.Run(["--headless", "--color", "blue", "--screenshot", file], parsed =>
                new Rectangle { Fill = parsed.GetValue(color) == "blue" ? SKColors.Blue : SKColors.Red });
            Assert.Equal(0, code);
            using var bitmap = SKBitmap.Decode(file);
            Assert.Equal(SKColors.Blue, bitmap.GetPixel(20, 10));
            Assert.Equal([$"probe: wrote {file} (40x20, raster)"], lines);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Started_gets_the_window_with_dispatcher_and_clock_and_its_exit_code_ends_the_run()
    {
        IAppWindow? seen = null;
        var turns = 0;
        var app = new Application("probe")
        {
            Width = 40,
            Height = 20,
            Error = _ => { },
            Started = (window, _) =>
            {
                seen = window;
                Assert.True(window.Dispatcher.CheckAccess());
                return 7;
            },
            Turn = _ => turns++,
        };
        Assert.Equal(7, app.Run(["--headless"], _ => new Label { Text = "x" }));
        Assert.IsType<HeadlessWindow>(seen);
        Assert.Equal(0, turns);
        Assert.True(seen!.IsClosed); // disposed by the host
    }

    [Fact]
    public void An_own_mode_ending_with_0_still_writes_the_screenshot_asked_for()
    {
        var lines = new List<string>();
        var turns = 0;
        var file = Path.Combine(Path.GetTempPath(), $"host-own-mode-{Environment.ProcessId}.png");
        var rect = new Rectangle { Fill = SKColors.Red };
        var app = new Application("probe")
        {
            Width = 40,
            Height = 20,
            Error = lines.Add,
            Started = (window, _) =>
            {
                window.RenderIfNeeded();
                rect.Fill = SKColors.Green; // the app's own mode changed the picture: the file shows the end state
                return 0;
            },
            Turn = _ => turns++,
        };
        try
        {
            Assert.Equal(0, app.Run(["--headless", "--screenshot", file], _ => rect));
            Assert.Equal(0, turns); // no loop ran
            using var bitmap = SKBitmap.Decode(file);
            Assert.Equal(SKColors.Green, bitmap.GetPixel(20, 10));
            Assert.Equal([$"probe: wrote {file} (40x20, raster)"], lines);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void A_headless_run_with_nothing_to_write_says_so_and_the_turn_hook_ran()
    {
        var lines = new List<string>();
        var turns = 0;
        var app = new Application("probe") { Width = 40, Height = 20, Error = lines.Add, Turn = _ => turns++ };
        Assert.Equal(0, app.Run(["--headless"], _ => new Label { Text = "x" }));
        Assert.True(turns >= 1);
        Assert.Equal("probe: rendered the first frame headless and wrote nothing: give --screenshot FILE or --markup FILE (or --exit-after SECONDS to keep running)", Assert.Single(lines));
    }

    [Fact]
    public void The_one_line_form_runs_content_with_the_standard_options()
    {
        var file = Path.Combine(Path.GetTempPath(), $"host-one-line-{Environment.ProcessId}.txt");
        try
        {
            Assert.Equal(0, Application.Run(new Label { Text = "hello" }, ["--headless", "--markup", file]));
            Assert.StartsWith("Label (0,0 1024x768) text=hello", File.ReadAllText(file));
            Assert.Equal(Application.UsageExitCode, Application.Run(new Label(), ["--headless", "--scale", "0"]));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void A_usage_error_builds_nothing()
    {
        var lines = new List<string>();
        var built = false;
        var app = new Application("probe") { Error = lines.Add };
        var code = app.Run(["--headless", "--scale", "1000"], _ =>
        {
            built = true;
            return new Label();
        });
        Assert.Equal(Application.UsageExitCode, code);
        Assert.False(built);
        Assert.Equal("probe: --scale 1000 is out of range: above 0 and at most 8 (see --help)", Assert.Single(lines));
    }
}
