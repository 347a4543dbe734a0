namespace Skia.Toolkit.Core;

/// <summary>UiRoot's time half: the widgets driven by a clock rather than by input.</summary>
public sealed partial class UiRoot
{
    private readonly List<ITimeDriven> _timeDriven = [];

    /// <summary>
    /// Tick runs the time-driven work of the widgets in this tree: tooltip delays and toast lifetimes of a
    /// <see cref="Widgets.PopupHost"/>, measured with its clock. <see cref="Platform.Window"/> calls it every loop turn and
    /// <see cref="Platform.HeadlessWindow"/> before every frame, so apps using those never call it; a custom UI loop calls it once per turn.
    /// </summary>
    public void Tick()
    {
        // By index: a tick may close a popup and so detach another time-driven widget.
        for (int i = 0; i < _timeDriven.Count; i++) _timeDriven[i].Tick();
    }

    /// <summary>OnWidgetRootChanged keeps the list of time-driven widgets in step with the tree as widgets join and leave it.</summary>
    internal static void OnWidgetRootChanged(Widget widget, UiRoot? old, UiRoot? now)
    {
        if (widget is not ITimeDriven timed) return;
        old?._timeDriven.Remove(timed);
        now?._timeDriven.Add(timed);
    }
}
