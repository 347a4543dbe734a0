namespace Skia.Toolkit.Widgets;

/// <summary>Stretch says how an image is scaled into the space it is given.</summary>
public enum Stretch
{
    /// <summary>None draws the image at its natural size, centred.</summary>
    None,

    /// <summary>Fill scales each axis independently to fill the space (may distort).</summary>
    Fill,

    /// <summary>Uniform scales keeping the aspect ratio so the whole image fits, centred.</summary>
    Uniform,

    /// <summary>UniformToFill scales keeping the aspect ratio so the space is covered, centred and clipped.</summary>
    UniformToFill,
}
