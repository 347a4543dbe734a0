namespace Skia.Toolkit.Core;

/// <summary>Widget is the base of every element in a retained tree.</summary>
public abstract class Widget
{
    /// <summary>Name shown in markup snapshots.</summary>
    public string? Name { get; set; }
}
