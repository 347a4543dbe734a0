namespace Skia.Toolkit.Threading;

/// <summary>FrameStatistics summarises the frames a <see cref="FrameClock"/> has seen: how many, how long, how many the display missed.</summary>
/// <param name="FramesShown">Frames rendered and presented.</param>
/// <param name="FramesDropped">Display refreshes missed because a frame took longer than the frame interval.</param>
/// <param name="P50">Median frame time (50 µs resolution).</param>
/// <param name="P99">99th-percentile frame time (50 µs resolution).</param>
/// <param name="Max">Longest frame time, exact.</param>
public readonly record struct FrameStatistics(long FramesShown, long FramesDropped, TimeSpan P50, TimeSpan P99, TimeSpan Max);
