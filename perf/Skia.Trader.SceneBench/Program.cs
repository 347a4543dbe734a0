using Skia.Trader.Scene.Hosting;
using Skia.Trader.SceneBench;
using Skia.Trader.SceneBench.Hosting;

// The reference scene built from Skia.Toolkit widgets: see perf/README.md for what it prints.
return SceneProgram.Run(args, (_, timeline, options) => options.Mode == SceneMode.Headless
    ? new ToolkitSceneView(timeline, options.PixelOrder)
    : new WindowedToolkitSceneView(options.Mode, timeline, rasterFirst: options.RasterFirst));
