using Skia.Toolkit.Platform;
using Skia.Toolkit.Widgets;
using SkiaSharp;

namespace Skia.Trader.Sandbox.Tests.Probe;

/// <summary>
/// WindowProbe is the windowed part of <see cref="SandboxProbe"/>: a real toolkit window on one
/// backend (GL, Vulkan or raster), the sandbox applied after it is up — as the terminal does after
/// start-up — then a full repaint of that window and a second window opened under the sandbox.
/// </summary>
internal static class WindowProbe
{
    public static int Run(RenderBackendKind backend, bool sandbox, string config, string log, Action<string, object?> report)
    {
        var options = new WindowOptions { Width = 320, Height = 64, Scale = 1, Backend = backend, Vsync = false, Log = _ => { } };
        Window first;
        try
        {
            first = new Window(new Label("BTCUSDT 97,412.55 +1.2%"), options);
        }
        catch (DisplayUnavailableException e)
        {
            report("display", "unavailable: " + e.Message);
            return 0;
        }
        using (first)
        {
            report("backend", first.BackendName);
            first.RenderIfNeeded();
            using var before = first.Capture();

            if (sandbox)
                report("summary", LinuxSandbox.Apply(new SandboxOptions { ConfigDirectory = config, LogDirectory = log }).Summary);

            first.Root.DirtyRegion.AddAll();
            first.RenderIfNeeded();
            first.RunOnce(TimeSpan.Zero);
            using var after = first.Capture();
            report("ink_pixels", InkPixels(after));
            report("same_after_apply", before.GetPixelSpan().SequenceEqual(after.GetPixelSpan()));

            // A window created under the sandbox: a new GL/Vulkan context, new glyphs (ETHUSDT, 0-9).
            using var second = new Window(new Label("ETHUSDT 3,618.09 -0.4%"), options);
            report("second_backend", second.BackendName);
            second.RenderIfNeeded();
            using var shown = second.Capture();
            report("second_ink_pixels", InkPixels(shown));
            using var png = SKImage.FromBitmap(shown).Encode(SKEncodedImageFormat.Png, 100);
            File.WriteAllBytes(Path.Combine(config, "second-window.png"), png.ToArray());
            report("screenshot_bytes", new FileInfo(Path.Combine(config, "second-window.png")).Length);
        }
        return 0;
    }

    /// <summary>Pixels that differ from the top-left one (the background): the text's ink.</summary>
    private static int InkPixels(SKBitmap bitmap)
    {
        var background = bitmap.GetPixel(0, 0);
        int ink = 0;
        for (int y = 0; y < bitmap.Height; y++)
        {
            for (int x = 0; x < bitmap.Width; x++)
            {
                if (bitmap.GetPixel(x, y) != background)
                    ink++;
            }
        }
        return ink;
    }
}
