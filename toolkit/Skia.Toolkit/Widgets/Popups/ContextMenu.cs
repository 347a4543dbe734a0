using System.Collections;
using Skia.Toolkit.Core;
using SkiaSharp;

namespace Skia.Toolkit.Widgets;

/// <summary>
/// ContextMenu is a list of <see cref="MenuItem"/>s shown at the pointer by a right click on a widget it is
/// attached to (<see cref="PopupHost.SetContextMenu"/>) or by <see cref="Open"/>. Choosing an item closes the
/// menu, returns focus to the opener, then raises the item's Click; a click outside or Escape closes it.
/// Supports collection initialisers: <c>new ContextMenu { new MenuItem("Cancel", ...), ... }</c>.
/// </summary>
public sealed class ContextMenu : IEnumerable<MenuItem>
{
    private readonly List<MenuItem> _items = [];

    /// <summary>Items are the entries, top to bottom.</summary>
    public IReadOnlyList<MenuItem> Items => _items;

    /// <summary>Popup is the popup showing the menu while it is open, or null.</summary>
    public Popup? Popup { get; private set; }

    /// <summary>IsOpen tells whether the menu is shown.</summary>
    public bool IsOpen => Popup?.IsOpen == true;

    /// <summary>Add appends an item.</summary>
    public void Add(MenuItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        _items.Add(item);
    }

    /// <summary>Open shows the menu in <paramref name="host"/> with its top-left corner at <paramref name="windowPoint"/> (kept inside the window); returns the popup, or null for a menu with no items.</summary>
    public Popup? Open(PopupHost host, SKPoint windowPoint, Widget? opener = null)
    {
        ArgumentNullException.ThrowIfNull(host);
        Popup?.Close();
        if (_items.Count == 0) return null;
        var list = new MenuList(_items);
        var popup = new Popup(list) { Anchor = new SKRect(windowPoint.X, windowPoint.Y, windowPoint.X, windowPoint.Y) };
        list.ItemInvoked += (_, item) =>
        {
            popup.Close();
            item.RaiseClick();
        };
        popup.Closed += (_, _) =>
        {
            if (ReferenceEquals(Popup, popup)) Popup = null;
        };
        Popup = popup;
        host.Open(popup, opener);
        return popup;
    }

    /// <summary>Close closes the menu if it is open.</summary>
    public void Close() => Popup?.Close();

    /// <summary>GetEnumerator walks the items.</summary>
    public IEnumerator<MenuItem> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
