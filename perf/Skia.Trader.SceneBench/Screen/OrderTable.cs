using SkiaSharp;
using Skia.Toolkit.Widgets;
using Skia.Trader.Scene.Feed;
using Skia.Trader.Scene.Layout;
using Skia.Trader.SceneBench.Widgets;
using L = Skia.Trader.Scene.Layout.SceneLayout;

namespace Skia.Trader.SceneBench.Screen;

/// <summary>
/// OrderTable is the virtualised order history: a fixed pool of rows (as many as fit) rebound to the
/// orders in view, plus a scroll bar. 10,000+ orders cost 41 rows of widgets. Stands in for the
/// toolkit's Table/VirtualList (issue 4) until they land.
/// </summary>
internal sealed class OrderTable : AbsolutePanel
{
    private readonly OrderRow[] _rows = new OrderRow[L.OrderRowsVisible];
    private readonly RowScrollBar _scrollBar;
    private int _boundCount = -1;
    private int _boundFirst = -1;

    /// <summary>OrderTable creates the title row, the row pool and the scroll bar.</summary>
    public OrderTable(SceneTheme theme)
        : base(L.OrdersWidth, L.Height - L.HeaderHeight)
    {
        Place(new Rectangle { Fill = SceneTheme.Color(ScenePalette.Header) }, new SKRect(0, 0, L.OrdersWidth, L.RowHeight));
        float rowWidth = L.OrdersWidth - L.ScrollBarWidth;
        var x = L.OrderColumnX;
        for (int c = 0; c < L.OrderColumns.Length; c++)
        {
            bool right = L.OrderColumnRightAligned[c];
            var slot = right ? new SKRect(x[c] - 70, 0, x[c], L.RowHeight) : new SKRect(x[c], 0, x[c] + 70, L.RowHeight);
            Place(theme.Word(ScenePalette.MutedText, L.OrderColumns[c], alignRight: right), slot);
        }
        for (int i = 0; i < _rows.Length; i++)
        {
            float top = L.RowHeight * (1 + i);
            _rows[i] = Place(new OrderRow(theme, rowWidth), new SKRect(0, top, rowWidth, top + L.RowHeight));
        }
        _scrollBar = Place(new RowScrollBar(), new SKRect(rowWidth, L.RowHeight, L.OrdersWidth, L.Height - L.HeaderHeight));
    }

    /// <summary>FirstRow is the index (newest first) of the order in the top row.</summary>
    public int FirstRow { get; private set; }

    /// <summary>ScrollTo shows the orders from <paramref name="firstRow"/> on (clamped to the history).</summary>
    public void ScrollTo(int firstRow, SceneFeed feed)
    {
        FirstRow = Math.Clamp(firstRow, 0, Math.Max(0, feed.OrderCount - _rows.Length));
        Show(feed);
    }

    /// <summary>Show rebinds the rows when the history or the scroll position changed since the last call.</summary>
    public void Show(SceneFeed feed)
    {
        if (feed.OrderCount == _boundCount && FirstRow == _boundFirst) return;
        _boundCount = feed.OrderCount;
        _boundFirst = FirstRow;
        for (int i = 0; i < _rows.Length; i++)
        {
            int row = FirstRow + i;
            _rows[i].IsVisible = row < feed.OrderCount;
            if (row < feed.OrderCount) _rows[i].Show(feed.OrderAt(row));
        }
        _scrollBar.Show(FirstRow, _rows.Length, feed.OrderCount);
    }
}
