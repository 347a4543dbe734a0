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

    /// <summary>Header is the text on the tab.</summary>
    public string Header { get; }

    /// <summary>Content is the page shown while the tab is selected (kept, hidden, while another is).</summary>
    public Widget Content { get; }
}
