using Skia.Toolkit.Rendering.Damage;
namespace Skia.Toolkit.Core;

public abstract partial class Widget
{
    /// <summary>
    /// InvalidateScrolled declares that everything drawn in this widget's visible area moved down by
    /// <paramref name="dy"/> logical pixels (up when negative), as when every row of a tape or list shifts by
    /// whole rows. The renderer then moves those pixels inside the back buffer and repaints only the strip
    /// uncovered plus whatever is invalidated, instead of the whole area (on every backend: raster, GL and Vulkan
    /// back buffers alike); where it cannot move pixels (a fractional device offset, something drawn over the
    /// area) it repaints the whole area.
    /// Call it before updating the children, then invalidate only those whose content differs from what moved
    /// into their place; to re-arrange children to where their pixels went without repainting them, use <see cref="Rendering.Damage.DamageTracker.BeginScroll"/> instead. The area's background must move with it (a plain fill does), and the widget should
    /// clip to its bounds so nothing it draws lies outside the pixels that move.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dy"/> is not finite.</exception>
    public void InvalidateScrolled(float dy)
    {
        if (!float.IsFinite(dy)) throw new ArgumentOutOfRangeException(nameof(dy), dy, "A scroll distance must be finite.");
        Hosting.UiThreadCheck.VerifyChange(this);
        Root?.Damage.Scroll(this, dy);
    }

    /// <summary>
    /// InvalidateScrolled declares a move like <see cref="InvalidateScrolled(float)"/> of an area drawn as rows whose
    /// pixels outside <paramref name="ink"/> are the plain background (a tape's lines of text): a raster back buffer then
    /// moves only the ink, which is most of the cost of a move. The promise is about the pixels on screen now.
    /// </summary>
    /// <param name="dy">The distance, in logical pixels (down when positive).</param>
    /// <param name="ink">Where the rows can differ from the background, relative to this widget.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dy"/> is not finite.</exception>
    public void InvalidateScrolled(float dy, ScrollInk ink)
    {
        if (!float.IsFinite(dy)) throw new ArgumentOutOfRangeException(nameof(dy), dy, "A scroll distance must be finite.");
        Hosting.UiThreadCheck.VerifyChange(this);
        Root?.Damage.Scroll(this, dy, ink);
    }
}
