namespace Skia.Toolkit.Core;

/// <summary>Widget's attached layout values: what a parent container (Grid, Dock) records about each child.</summary>
public abstract partial class Widget
{
    /// <summary>GridRow is the child's row in a Grid (set through Grid.SetRow).</summary>
    internal int GridRow { get; set; }

    /// <summary>GridColumn is the child's column in a Grid (set through Grid.SetColumn).</summary>
    internal int GridColumn { get; set; }

    /// <summary>GridRowSpan is how many rows the child covers in a Grid.</summary>
    internal int GridRowSpan { get; set; } = 1;

    /// <summary>GridColumnSpan is how many columns the child covers in a Grid.</summary>
    internal int GridColumnSpan { get; set; } = 1;

    /// <summary>DockSide is the edge of a Dock the child is docked to (as an int so Core stays free of Widgets types).</summary>
    internal int DockEdge { get; set; }
}
