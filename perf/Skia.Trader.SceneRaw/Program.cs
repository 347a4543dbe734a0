using Skia.Trader.Scene.Hosting;
using Skia.Trader.SceneRaw;

// The raw-Skia floor of the reference scene: see perf/README.md for what it prints.
return SceneProgram.Run(args, (_, timeline, pixels) =>
{
    var fonts = RawSceneFonts.Load();
    timeline.Mark("fonts");
    var view = new RawSceneView(fonts, pixels);
    timeline.Mark("surface");
    return view;
});
