namespace Skia.Toolkit.Testing;

/// <summary>
/// RenderAssertionException reports a failed render assertion (an image that does not match
/// its golden, a missing golden, a markup snapshot that differs). It depends on no test
/// framework, so any runner reports it as an ordinary test failure.
/// </summary>
public sealed class RenderAssertionException : Exception
{
    /// <summary>Creates the exception with its message.</summary>
    public RenderAssertionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its message and the paths of the images written for a person to look at.</summary>
    public RenderAssertionException(string message, string? expectedImagePath, string? actualImagePath, string? diffImagePath)
        : base(message)
    {
        ExpectedImagePath = expectedImagePath;
        ActualImagePath = actualImagePath;
        DiffImagePath = diffImagePath;
    }

    /// <summary>ExpectedImagePath is where the expected image was copied for this failure, if any.</summary>
    public string? ExpectedImagePath { get; }

    /// <summary>ActualImagePath is where the rendered image was written for this failure, if any.</summary>
    public string? ActualImagePath { get; }

    /// <summary>DiffImagePath is where the diff image (differences red, anti-aliasing yellow) was written, if any.</summary>
    public string? DiffImagePath { get; }
}
