using System.Runtime.CompilerServices;
using Skia.Trader.Scene.Hosting;
using Skia.Trader.SceneRaw;
using Skia.Trader.SceneRaw.Hosting;

// The raw-Skia floor of the reference scene: see perf/README.md for what it prints.
return SceneProgram.Run(args, (_, timeline, options) =>
{
    var fonts = RawSceneFonts.Load();
    timeline.Mark("fonts");
    var view = options.Mode == SceneMode.Headless ? new RawSceneView(fonts, options.PixelOrder) : OpenWindowed(fonts, options.Mode);
    timeline.Mark(options.Mode == SceneMode.Headless ? "surface" : "window");
    return view;
});

// Kept out of line so that a headless run never loads the toolkit assembly the window comes from.
[MethodImpl(MethodImplOptions.NoInlining)]
static RawSceneView OpenWindowed(RawSceneFonts fonts, SceneMode mode) => new(fonts, new WindowFrameTarget(mode));
