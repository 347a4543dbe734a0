using System.Collections;
using Skia.Trader.Scene.Feed;

namespace Skia.Trader.SceneBench.Screen;

/// <summary>
/// OrderHistoryItems shows the feed's order history to the toolkit Table as a list, newest first,
/// without copying it: the table reads only the rows in view.
/// </summary>
internal sealed class OrderHistoryItems(SceneFeed feed) : IReadOnlyList<SceneOrder>
{
    /// <summary>Feed is the scene feed whose history this is.</summary>
    public SceneFeed Feed { get; } = feed;

    /// <inheritdoc />
    public int Count => Feed.OrderCount;

    /// <inheritdoc />
    public SceneOrder this[int index] => Feed.OrderAt(index);

    /// <inheritdoc />
    public IEnumerator<SceneOrder> GetEnumerator()
    {
        for (int i = 0; i < Count; i++) yield return Feed.OrderAt(i);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
