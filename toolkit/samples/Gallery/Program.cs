// The gallery: renders a page showing every toolkit widget to a PNG, headless.
// Usage: Gallery [--out gallery.png] [--scale 1]
//        Gallery --window [--backend gl|vulkan|raster] [--screenshot FILE]   (a real window; see WindowedGallery)
using System.Globalization;
using Skia.Toolkit.Gallery;
using Skia.Toolkit.Platform;

if (args.Contains("--window")) return WindowedGallery.Run(args, ShapesPage.Build);

string output = "gallery.png";
float scale = 1;
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--out" when i + 1 < args.Length:
            output = args[++i];
            break;
        case "--scale" when i + 1 < args.Length && float.TryParse(args[i + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s > 0:
            scale = s;
            i++;
            break;
        default:
            Console.Error.WriteLine($"gallery: unknown or incomplete argument '{args[i]}'. Usage: Gallery [--out gallery.png] [--scale 1]");
            return 2;
    }
}

using var page = new GalleryPage();
using var window = new HeadlessWindow(page.Content, GalleryPage.Width, GalleryPage.Height, scale);
var first = window.RenderFrame();

// A second frame after a change, as the golden tests do, so what is saved went through a partial repaint.
page.Tick();
var second = window.RenderFrame();
window.SavePng(output);
Console.WriteLine($"gallery: wrote {Path.GetFullPath(output)} ({window.Backend.PixelSize.Width}x{window.Backend.PixelSize.Height}); "
    + $"first frame {first.WidgetsRendered} widgets, second frame {second.WidgetsRendered} widgets / {second.PixelsRepainted} px in {second.DirtyRects} rect(s)");
return 0;
