using Skia.Toolkit.Core;
using Skia.Toolkit.Widgets;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Widgets;

/// <summary>Plain coloured rectangles that make a container's layout visible in a golden image.</summary>
internal static class Swatch
{
    /// <summary>A rectangle of the given size (NaN: stretch/auto), named after its colour for the markup.</summary>
    public static Rectangle Of(string name, SKColor fill, float width = float.NaN, float height = float.NaN,
        HorizontalAlignment horizontal = HorizontalAlignment.Stretch, VerticalAlignment vertical = VerticalAlignment.Stretch) =>
        new()
        {
            Name = name,
            Fill = fill,
            Width = width,
            Height = height,
            HorizontalAlignment = horizontal,
            VerticalAlignment = vertical,
        };
}
