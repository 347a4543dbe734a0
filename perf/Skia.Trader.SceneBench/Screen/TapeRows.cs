using Skia.Trader.Scene.Feed;
using Skia.Trader.SceneBench.Widgets;
using SkiaSharp;
using L = Skia.Trader.Scene.Layout.SceneLayout;

namespace Skia.Trader.SceneBench.Screen;

/// <summary>
/// TapeRows holds the tape's 40 trade rows, newest at the top. When n trades arrived since the last frame
/// every shown trade moved down n rows, so it asks the renderer to move its pixels down by n rows
/// (<see cref="Skia.Toolkit.Core.Widget.InvalidateScrolled"/>), hands each row the state of the row n above
/// it without a repaint, and lets only rows whose trade differs from that (the n new ones) repaint: about
/// 3 of 40 rows per frame instead of all of them.
/// </summary>
internal sealed class TapeRows : AbsolutePanel
{
    /// <summary>RowsWidth leaves the 2 px before the order history's divider out, so nothing drawn later overlaps the moved area.</summary>
    public const float RowsWidth = L.TapeWidth - 2;

    private readonly TapeRow[] _rows = new TapeRow[SceneFeed.TapeLength];
    private Trade _newest;
    private int _shown;

    /// <summary>TapeRows creates 40 empty rows.</summary>
    public TapeRows(SceneTheme theme)
        : base(RowsWidth, SceneFeed.TapeLength * L.RowHeight)
    {
        for (int i = 0; i < _rows.Length; i++)
        {
            float top = L.RowHeight * i;
            _rows[i] = Place(new TapeRow(theme), new SKRect(0, top, RowsWidth, top + L.RowHeight));
        }
    }

    /// <summary>ClipToBounds is true: the rows' pixels stay inside the area that moves.</summary>
    public override bool ClipToBounds => true;

    /// <summary>Show puts the feed's trades into the rows, moving the pixels of those still shown.</summary>
    public void Show(SceneFeed feed)
    {
        int arrived = ArrivedSinceLastShow(feed);
        if (arrived > 0 && arrived < _rows.Length)
        {
            InvalidateScrolled(arrived * L.RowHeight);
            for (int i = _rows.Length - 1; i >= arrived; i--) _rows[i].TakeOver(_rows[i - arrived]);
        }
        for (int i = 0; i < _rows.Length; i++)
        {
            if (i < feed.TradeCount) _rows[i].Show(feed.TradeAt(i));
            else _rows[i].Clear();
        }
        _shown = feed.TradeCount;
        if (_shown > 0) _newest = feed.TradeAt(0);
    }

    /// <summary>ArrivedSinceLastShow finds how many places the previously newest trade moved down (0: nothing new; the tape length: not found).</summary>
    private int ArrivedSinceLastShow(SceneFeed feed)
    {
        if (_shown == 0) return 0;
        for (int age = 0; age < feed.TradeCount; age++)
        {
            if (feed.TradeAt(age) == _newest) return age;
        }

        return _rows.Length;
    }
}
