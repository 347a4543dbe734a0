namespace Skia.Toolkit.Threading;

/// <summary>IFrameSource is one snapshot feed a <see cref="FrameClock"/> applies at most once per frame.</summary>
internal interface IFrameSource
{
    /// <summary>HasNew says a snapshot is waiting.</summary>
    bool HasNew { get; }

    /// <summary>ApplyNewest takes the newest snapshot, if any, and applies it to the tree; true when it did.</summary>
    bool ApplyNewest();
}
