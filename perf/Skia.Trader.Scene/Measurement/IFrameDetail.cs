namespace Skia.Trader.Scene.Measurement;

/// <summary>IFrameDetail is a scene view that can say what its last frame did, for the per-frame log (<c>--frame-log</c>).</summary>
public interface IFrameDetail
{
    /// <summary>LastFramePixels is the number of device pixels the last frame repainted.</summary>
    long LastFramePixels { get; }

    /// <summary>LastFrameWidgets is the number of widgets the last frame rendered.</summary>
    int LastFrameWidgets { get; }

    /// <summary>LastFrameDirtyRects is the number of dirty rectangles the last frame repainted.</summary>
    int LastFrameDirtyRects { get; }

    /// <summary>TextCacheMisses counts text-measure cache misses so far (shaping work), cumulative.</summary>
    long TextCacheMisses { get; }

    /// <summary>LastFrameUpdateMs is the wall time of the last frame's widget update (before rendering), milliseconds.</summary>
    double LastFrameUpdateMs { get; }
}
