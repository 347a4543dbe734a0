namespace Skia.Trader.SceneBench.Tests.Hosting;

/// <summary>DisplayCollection serialises the tests that open real windows: GLFW is process-wide state.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DisplayCollection
{
    public const string Name = "Display";
}
