namespace Skia.Toolkit.Tests.Platform;

/// <summary>
/// DisplayCollection serialises the tests that open real windows: GLFW is process-wide state and
/// xdotool drives whichever window has focus, so these tests must not overlap.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DisplayCollection
{
    public const string Name = "Display";
}
