namespace Skia.Toolkit.Threading;

/// <summary>FrameQueueSource binds a <see cref="FrameQueue{T}"/> to the UI code that applies each frame's batch.</summary>
internal sealed class FrameQueueSource<T>(FrameQueue<T> queue, Action<ReadOnlySpan<T>> apply) : IFrameSource
{
    /// <inheritdoc/>
    public bool HasNew => queue.HasPending;

    /// <inheritdoc/>
    public bool ApplyNewest()
    {
        var batch = queue.TakeBatch(out var oldestQueuedAt);
        if (batch.IsEmpty) return false;
        Diagnostics.ToolkitMetrics.RecordSnapshotWait(oldestQueuedAt);
        apply(batch);
        return true;
    }
}
