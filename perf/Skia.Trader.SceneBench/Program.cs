using Skia.Trader.Scene.Hosting;
using Skia.Trader.SceneBench;

// The reference scene built from Skia.Toolkit widgets: see perf/README.md for what it prints.
return SceneProgram.Run(args, (_, timeline, pixels) => new ToolkitSceneView(timeline, pixels));
