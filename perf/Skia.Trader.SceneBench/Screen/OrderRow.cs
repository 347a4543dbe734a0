using SkiaSharp;
using Skia.Toolkit.Widgets;
using Skia.Trader.Scene.Feed;
using Skia.Trader.Scene.Layout;
using Skia.Trader.SceneBench.Widgets;

namespace Skia.Trader.SceneBench.Screen;

/// <summary>OrderRow is one recycled row of the order table's eight columns; the table rebinds it to whichever order is in view.</summary>
internal sealed class OrderRow : AbsolutePanel
{
    private readonly Label _id;
    private readonly Label _time;
    private readonly WordCell _side;
    private readonly WordCell _type;
    private readonly Label _price;
    private readonly Label _quantity;
    private readonly Label _filled;
    private readonly WordCell _status;

    /// <summary>OrderRow creates an empty row <paramref name="width"/> wide.</summary>
    public OrderRow(SceneTheme theme, float width)
        : base(width, SceneLayout.RowHeight)
    {
        var x = SceneLayout.OrderColumnX;
        float h = SceneLayout.RowHeight;
        _id = Place(theme.Number(ScenePalette.MutedText, false), new SKRect(x[0], 0, x[1], h));
        _time = Place(theme.Number(ScenePalette.Text, false), new SKRect(x[1], 0, x[2], h));
        _side = Place(new WordCell(theme.Text, theme.Ui, ScenePalette.Bid), new SKRect(x[2], 0, x[3], h));
        _type = Place(new WordCell(theme.Text, theme.Ui, ScenePalette.Text), new SKRect(x[3], 0, x[3] + 50, h));
        _price = Place(theme.Number(ScenePalette.Text, true), new SKRect(x[3] + 50, 0, x[4], h));
        _quantity = Place(theme.Number(ScenePalette.Text, true), new SKRect(x[4], 0, x[5], h));
        _filled = Place(theme.Number(ScenePalette.Text, true), new SKRect(x[5], 0, x[6], h));
        _status = Place(new WordCell(theme.Text, theme.Ui, ScenePalette.MutedText), new SKRect(x[7], 0, width, h));
    }

    /// <summary>Show binds the row to <paramref name="order"/>; only the cells whose text changes repaint.</summary>
    public void Show(in SceneOrder order)
    {
        _id.SetNumber(order.Id, 0);
        _time.SetTimeOfDay(order.TimeMs);
        _side.Text = order.IsBuy ? "BUY" : "SELL";
        _side.Color = order.IsBuy ? ScenePalette.Bid : ScenePalette.Ask;
        _type.Text = "LIMIT";
        _price.SetNumber(order.PriceTicks, 2);
        _quantity.SetNumber(order.Quantity, 4);
        _filled.SetNumber(order.Filled, 4);
        _status.Text = "FILLED";
    }
}
