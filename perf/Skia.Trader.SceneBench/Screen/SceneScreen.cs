using Skia.Toolkit.Widgets;
using Skia.Trader.Scene.Feed;
using Skia.Trader.Scene.Layout;
using Skia.Trader.SceneBench.Widgets;
using SkiaSharp;
using L = Skia.Trader.Scene.Layout.SceneLayout;

namespace Skia.Trader.SceneBench.Screen;

/// <summary>SceneScreen is the whole reference screen: header on top, then book, tape and order history side by side, with dividers.</summary>
internal sealed class SceneScreen : AbsolutePanel
{
    /// <summary>SceneScreen builds the tree.</summary>
    public SceneScreen(SceneTheme theme)
        : base(L.Width, L.Height)
    {
        Header = Place(new HeaderBar(theme), new SKRect(0, 0, L.Width, L.HeaderHeight));
        Book = Place(new BookPanel(theme), new SKRect(0, L.HeaderHeight, L.BookWidth, L.Height));
        Tape = Place(new TapePanel(theme), new SKRect(L.TapeLeft, L.HeaderHeight, L.TapeLeft + L.TapeWidth, L.Height));
        Orders = Place(new OrderHistoryTable(theme), new SKRect(L.OrdersLeft, L.HeaderHeight, L.Width, L.Height));
        var divider = SceneTheme.Color(ScenePalette.Divider);
        Place(new Rectangle { Fill = divider }, new SKRect(0, L.HeaderHeight - 1, L.Width, L.HeaderHeight));
        Place(new Rectangle { Fill = divider }, new SKRect(0, L.BodyTop - 1, L.Width, L.BodyTop));
        Place(new Rectangle { Fill = divider }, new SKRect(L.TapeLeft - 1, L.HeaderHeight, L.TapeLeft, L.Height));
        Place(new Rectangle { Fill = divider }, new SKRect(L.OrdersLeft - 1, L.HeaderHeight, L.OrdersLeft, L.Height));
    }

    /// <summary>Header is the top bar.</summary>
    public HeaderBar Header { get; }

    /// <summary>Book is the order book panel.</summary>
    public BookPanel Book { get; }

    /// <summary>Tape is the trade tape panel.</summary>
    public TapePanel Tape { get; }

    /// <summary>Orders is the order history table.</summary>
    public OrderHistoryTable Orders { get; }

    /// <summary>Show brings every panel up to date with the feed (widgets invalidate only what changed).</summary>
    public void Show(SceneFeed feed, double nowMs)
    {
        Header.Show(feed, nowMs);
        Book.Show(feed);
        Tape.Show(feed);
        Orders.Show(feed);
    }
}
