using Skia.Toolkit.Diagnostics;

namespace Skia.Toolkit.Core;

/// <summary>UiRoot's diagnostics half: the frame-statistics overlay the renderer draws over the tree.</summary>
public sealed partial class UiRoot
{
    /// <summary>DiagnosticsOverlay is the overlay installed with <see cref="Diagnostics.DiagnosticsOverlay.Install(UiRoot)"/>, or null.</summary>
    public DiagnosticsOverlay? DiagnosticsOverlay { get; internal set; }
}
