using Skia.Toolkit.Core;

namespace Skia.Toolkit.Widgets;

/// <summary>TabItem is one page of a <see cref="TabView"/>: the header text on its tab and the content shown while it is selected.</summary>
public sealed class TabItem
{
    internal TabItem(string header, Widget content)
    {
        Header = header;
        Content = content;
    }

    /// <summary>Header is the text on the tab; setting it (a language change at run time) lays the tab strip out again.</summary>
    public string Header
    {
        get;
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            if (field == value) return;
            field = value;
            Owner?.InvalidateMeasure();
            Owner?.InvalidatePaint();
        }
    }

    /// <summary>Owner is the tab view the page is in, or null once removed.</summary>
    internal TabView? Owner { get; set; }

    /// <summary>Content is the page shown while the tab is selected (kept, hidden, while another is).</summary>
    public Widget Content { get; }
}
