using Skia.Toolkit.Widgets;
using Skia.Trader.Scene.Feed;
using Skia.Trader.Scene.Layout;
using Skia.Trader.SceneBench.Widgets;
using SkiaSharp;
using L = Skia.Trader.Scene.Layout.SceneLayout;

namespace Skia.Trader.SceneBench.Screen;

/// <summary>
/// SceneScreen is the whole reference screen: header on top, then book, tape and order history side by side, with
/// dividers. The book and the tape are the terminal's shipped panels (<see cref="LadderBook"/>, <see cref="TapeFeed"/>)
/// given SCENE.md's bounds; the ladder has no title row (its 41 rows of 18 px and its spread/mid footer fill the
/// 760 px below the header), so the divider under the title rows starts at the tape.
/// </summary>
internal sealed class SceneScreen : AbsolutePanel
{
    /// <summary>SceneScreen builds the tree.</summary>
    public SceneScreen(SceneTheme theme)
        : base(L.Width, L.Height)
    {
        Header = Place(new HeaderBar(theme), new SKRect(0, 0, L.Width, L.HeaderHeight));
        Book = new LadderBook();
        Place(Book.Panel, new SKRect(0, L.HeaderHeight, L.BookWidth, L.Height));
        Tape = new TapeFeed();
        Place(Tape.Panel, new SKRect(L.TapeLeft, L.HeaderHeight, L.TapeLeft + L.TapeWidth, L.Height));
        Orders = Place(new OrderHistoryTable(theme), new SKRect(L.OrdersLeft, L.HeaderHeight, L.Width, L.Height));
        var divider = SceneTheme.Color(ScenePalette.Divider);
        Place(new Rectangle { Fill = divider }, new SKRect(0, L.HeaderHeight - 1, L.Width, L.HeaderHeight));
        Place(new Rectangle { Fill = divider }, new SKRect(L.TapeLeft, L.BodyTop - 1, L.Width, L.BodyTop));
        Place(new Rectangle { Fill = divider }, new SKRect(L.TapeLeft - 1, L.HeaderHeight, L.TapeLeft, L.Height));
        Place(new Rectangle { Fill = divider }, new SKRect(L.OrdersLeft - 1, L.HeaderHeight, L.OrdersLeft, L.Height));
    }

    /// <summary>Header is the top bar.</summary>
    public HeaderBar Header { get; }

    /// <summary>Book is the order book: the terminal's price ladder fed from the scene.</summary>
    public LadderBook Book { get; }

    /// <summary>Tape is the trade tape: the terminal's tape fed from the scene.</summary>
    public TapeFeed Tape { get; }

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
