using System.Globalization;
using Skia.Toolkit.Core;
using Skia.Toolkit.Platform;

namespace Skia.Toolkit.Gallery;

/// <summary>
/// WindowedGallery shows the gallery page in a real window:
/// <c>--window [--backend auto|gl|vulkan|raster] [--scale N] [--screenshot FILE] [--bench FRAMES]</c>.
/// With <c>--screenshot</c> it reads back what the window shows after the first complete frame,
/// writes it as PNG and exits 0. With <c>--bench</c> it repaints the whole window FRAMES times
/// as fast as it can (no vsync) and prints the frame clock's statistics. Exit codes: 0 done, 1 failure, 2 no display, 64 bad arguments.
/// </summary>
internal static class WindowedGallery
{
    public const int NoDisplayExitCode = 2;
    public const int UsageExitCode = 64;

    public static int Run(string[] args, GalleryShell gallery, int width, int height)
    {
        var backend = RenderBackendKind.Auto;
        string? screenshot = null;
        float? scale = null;
        var benchFrames = 0;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--window":
                    break;
                case "--backend" when i + 1 < args.Length:
                    if (!Enum.TryParse(args[++i], ignoreCase: true, out backend) || !Enum.IsDefined(backend))
                    {
                        return Usage($"unknown backend '{args[i]}' (auto, gl, vulkan or raster)");
                    }
                    break;
                case "--screenshot" when i + 1 < args.Length:
                    screenshot = args[++i];
                    break;
                case "--scale" when i + 1 < args.Length:
                    if (!float.TryParse(args[++i], NumberStyles.Float, CultureInfo.InvariantCulture, out var s) || !(s > 0) || !float.IsFinite(s))
                    {
                        return Usage($"bad scale '{args[i]}'");
                    }
                    scale = s;
                    break;
                case "--bench" when i + 1 < args.Length:
                    if (!int.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out benchFrames) || benchFrames < 1)
                    {
                        return Usage($"bad frame count '{args[i]}'");
                    }
                    break;
                default:
                    return Usage($"unknown argument '{args[i]}'");
            }
        }

        try
        {
            using var window = new Window(gallery.Host, new WindowOptions
            {
                Title = "Skia.Toolkit gallery",
                Width = width,
                Height = height,
                Scale = scale,
                Backend = backend,
                Vsync = benchFrames == 0,
                Log = line => Console.Error.WriteLine("gallery: " + line),
            });
            gallery.ShowWelcomeToast();
            gallery.Tick();
            if (screenshot != null)
            {
                window.RenderIfNeeded();
                window.SavePng(screenshot);
                Console.Error.WriteLine($"gallery: wrote {screenshot} ({window.Root.PixelSize.Width}x{window.Root.PixelSize.Height}, {window.BackendName})");
                return 0;
            }
            if (benchFrames > 0)
            {
                window.RenderIfNeeded();
                window.Clock.ResetStatistics();
                for (var f = 0; f < benchFrames; f++)
                {
                    window.Root.DirtyRegion.AddAll();
                    window.RenderIfNeeded();
                }
            }
            else
            {
                // The gallery's own loop, not Window.Run: the popup host ticks each turn (toasts expire, tooltips open).
                while (!window.IsClosed)
                {
                    window.RunOnce();
                    gallery.Tick();
                }
            }
            var stats = window.Clock.Statistics;
            Console.Error.WriteLine($"gallery: {stats.FramesShown} frames, p50 {stats.P50.TotalMilliseconds:F2} ms, p99 {stats.P99.TotalMilliseconds:F2} ms, max {stats.Max.TotalMilliseconds:F2} ms, dropped {stats.FramesDropped}");
            return 0;
        }
        catch (DisplayUnavailableException e)
        {
            Console.Error.WriteLine("gallery: " + e.Message);
            return NoDisplayExitCode;
        }
        catch (Exception e) when (e is GlfwException or InvalidOperationException)
        {
            Console.Error.WriteLine("gallery: cannot show the window: " + e.Message);
            return 1;
        }
    }

    private static int Usage(string problem)
    {
        Console.Error.WriteLine($"gallery: {problem}\nusage: Gallery --window [--backend auto|gl|vulkan|raster] [--scale N] [--screenshot FILE] [--bench FRAMES]");
        return UsageExitCode;
    }
}
