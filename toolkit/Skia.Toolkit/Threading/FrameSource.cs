namespace Skia.Toolkit.Threading;

/// <summary>FrameSource binds a <see cref="LatestValue{T}"/> to the UI code that applies its snapshots.</summary>
internal sealed class FrameSource<T>(LatestValue<T> slot, Action<T> apply) : IFrameSource where T : class
{
    /// <inheritdoc/>
    public bool HasNew => slot.HasNew;

    /// <inheritdoc/>
    public bool ApplyNewest()
    {
        if (!slot.TryTake(out var snapshot, out var publishedAt)) return false;
        Diagnostics.ToolkitMetrics.RecordSnapshotWait(publishedAt);
        apply(snapshot);
        return true;
    }
}
