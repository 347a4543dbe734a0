using Skia.Toolkit.Core;

namespace Skia.Toolkit.Widgets;

/// <summary>SplitPanel's persistence half: the split as a share of the space, and an event when the user moved it, so a layout can be saved and restored (see <see cref="Settings.SplitLayout"/>).</summary>
public sealed partial class SplitPanel
{
    // The first pane's requested share of the space, used while no pixel position is requested; NaN means half.
    private float _ratio = float.NaN;

    /// <summary>SplitterMoved is raised when the user has moved the splitter: at the end of a drag, or by a key.</summary>
    public event EventHandler? SplitterMoved;

    /// <summary>
    /// SplitterRatio is the first pane's share (0 to 1) of the space beside the splitter. Setting it asks for that share,
    /// kept as the panel is resized, in place of a <see cref="SplitterPosition"/>; reading it gives the share in effect
    /// (the minimums still apply at layout).
    /// </summary>
    public double SplitterRatio
    {
        get
        {
            if (float.IsNaN(_requested)) return float.IsNaN(_ratio) ? 0.5 : _ratio;
            float along = Orientation == Orientation.Horizontal ? Bounds.Width : Bounds.Height;
            float space = along - SplitterThickness;
            return space > 0 ? Math.Clamp(_requested / space, 0, 1) : 0.5;
        }

        set
        {
            if (!double.IsFinite(value) || value < 0 || value > 1) throw new ArgumentOutOfRangeException(nameof(value), value, "A splitter ratio is a share from 0 to 1.");
            if (float.IsNaN(_requested) && _ratio.Equals((float)value)) return;
            _ratio = (float)value;
            _requested = float.NaN;
            InvalidateMeasure();
        }
    }
}
