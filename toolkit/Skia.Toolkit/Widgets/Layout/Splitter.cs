using Skia.Toolkit.Core;
using Skia.Toolkit.Input;
using SkiaSharp;

namespace Skia.Toolkit.Widgets;

/// <summary>
/// Splitter is the strip between a <see cref="SplitPanel"/>'s panes as a focusable widget: it sits between the
/// panes in Tab order, shows the focus ring, and moves the split with the keyboard. The panel draws the line
/// and handles dragging; a press here reaches the panel too.
/// </summary>
internal sealed class Splitter : Control
{
    private readonly SplitPanel _panel;

    public Splitter(SplitPanel panel)
    {
        _panel = panel;
        Focusable = true;
    }

    /// <summary>OnRender draws the focus ring around the strip; the panel draws the line itself.</summary>
    protected override void OnRender(SKCanvas canvas) => DrawFocusRing(canvas, LocalRect, 0);

    /// <summary>OnKeyDown moves the split: arrows along the split by a step (Shift: a larger step), Home and End to either pane's minimum.</summary>
    protected override void OnKeyDown(KeyEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        bool horizontal = _panel.Orientation == Orientation.Horizontal;
        var modifiers = e.Modifiers & ~KeyModifiers.Shift;
        if (modifiers != KeyModifiers.None) return;
        float step = (e.Modifiers & KeyModifiers.Shift) != 0 ? SplitPanel.LargeKeyStep : SplitPanel.KeyStep;
        switch (e.Key)
        {
            case Key.Left when horizontal:
            case Key.Up when !horizontal:
                _panel.MoveSplitterBy(-step);
                break;
            case Key.Right when horizontal:
            case Key.Down when !horizontal:
                _panel.MoveSplitterBy(step);
                break;
            case Key.Home:
                _panel.MoveSplitterBy(float.NegativeInfinity);
                break;
            case Key.End:
                _panel.MoveSplitterBy(float.PositiveInfinity);
                break;
            default:
                return;
        }

        e.Handled = true;
    }
}
