namespace Skia.Toolkit.Widgets;

/// <summary>PopupPlacement says where a <see cref="PopupHost"/> puts a popup relative to its anchor.</summary>
public enum PopupPlacement
{
    /// <summary>Below puts the popup under the anchor, left edges aligned; above it when there is more room there; kept inside the window.</summary>
    Below,

    /// <summary>Center puts the popup in the middle of the window (dialogs).</summary>
    Center,
}
