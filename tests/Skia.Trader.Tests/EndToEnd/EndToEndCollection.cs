namespace Skia.Trader.Tests.EndToEnd;

/// <summary>
/// EndToEndCollection runs the terminal-process tests one at a time on one private Xvfb display
/// (<see cref="XvfbDisplay"/>): xdotool moves the one pointer of that display, so two tests must never drive it at once,
/// and a display of their own keeps windowed tests of other test projects (which may run at the same time) off it.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EndToEndCollection : ICollectionFixture<XvfbDisplay>
{
    /// <summary>Name is the collection's name.</summary>
    public const string Name = "Terminal end to end";
}
