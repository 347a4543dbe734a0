namespace Skia.Toolkit.Core;

/// <summary>
/// ITimeDriven is a widget whose look changes with time, not input (a tooltip that shows after a delay,
/// a toast that expires). While it is in a tree, <see cref="UiRoot.Tick"/> calls <see cref="Tick"/> once per UI loop turn.
/// </summary>
internal interface ITimeDriven
{
    /// <summary>Tick acts on the widget's clock; it must be cheap and allocate nothing when nothing is due.</summary>
    void Tick();
}
