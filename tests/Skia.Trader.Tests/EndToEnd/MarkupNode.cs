using System.Globalization;
using SkiaSharp;

namespace Skia.Trader.Tests.EndToEnd;

/// <summary>
/// MarkupNode is one widget line of the terminal's markup (<c>UiRoot.ToMarkup</c>): its type, #name, bounds turned
/// from parent into window coordinates, and properties.
/// </summary>
internal sealed class MarkupNode
{
    private readonly List<MarkupNode> _children = [];

    public MarkupNode(string type, string? name, SKRect? bounds, IReadOnlyDictionary<string, string> properties, MarkupNode? parent, bool hidden)
    {
        Type = type;
        Name = name;
        Bounds = bounds;
        Properties = properties;
        Parent = parent;
        IsHidden = hidden || parent?.IsHidden == true;
        parent?._children.Add(this);
    }

    /// <summary>Type is the widget's type name ("Label", "Table`1").</summary>
    public string Type { get; }

    /// <summary>Name is the widget's name without '#', or null.</summary>
    public string? Name { get; }

    /// <summary>Bounds are in window coordinates (logical pixels), or null inside a hidden subtree.</summary>
    public SKRect? Bounds { get; }

    /// <summary>Properties are the widget's described properties, unquoted.</summary>
    public IReadOnlyDictionary<string, string> Properties { get; }

    /// <summary>Parent is the containing widget, or null for the root.</summary>
    public MarkupNode? Parent { get; }

    /// <summary>IsHidden says the widget or one of its parents is hidden.</summary>
    public bool IsHidden { get; }

    /// <summary>Children are the widgets directly inside.</summary>
    public IReadOnlyList<MarkupNode> Children => _children;

    /// <summary>Text is the "text" property, or null.</summary>
    public string? Text => this["text"];

    /// <summary>Returns a property's value, or null when the widget does not describe it.</summary>
    public string? this[string property] => Properties.TryGetValue(property, out var v) ? v : null;

    /// <summary>Descendants lists every widget below this one, depth first.</summary>
    public IEnumerable<MarkupNode> Descendants()
    {
        foreach (var child in _children)
        {
            yield return child;
            foreach (var d in child.Descendants()) yield return d;
        }
    }

    /// <summary>Centre is the middle of the widget, where a click lands.</summary>
    public SKPoint Centre => Bounds is { } b ? new SKPoint(b.MidX, b.MidY) : throw new InvalidOperationException($"{this} is hidden: it has no place to click");

    /// <summary>Int reads an integer property.</summary>
    public int Int(string property) =>
        int.Parse(this[property] ?? throw new InvalidOperationException($"{this} has no {property}"), NumberStyles.Integer, CultureInfo.InvariantCulture);

    public override string ToString() => Type + (Name is null ? "" : " #" + Name);
}
