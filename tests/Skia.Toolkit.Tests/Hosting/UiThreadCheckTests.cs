using Skia.Toolkit.Core;
using Skia.Toolkit.Platform;
using Skia.Toolkit.Widgets;
using Skia.Toolkit.Widgets.Charts;

namespace Skia.Toolkit.Tests.Hosting;

/// <summary>
/// A widget shown in a window belongs to that window's UI thread: a public mutation from another thread throws
/// a clear InvalidOperationException (naming the member and the way to do it right) and changes nothing, instead
/// of racing the frame. One test per widget family; the same change posted through the dispatcher works.
/// </summary>
public class UiThreadCheckTests
{
    private static InvalidOperationException FromWorker(Action mutation)
    {
        Exception? caught = null;
        var worker = new Thread(() =>
        {
            try
            {
                mutation();
            }
            catch (Exception e)
            {
                caught = e;
            }
        });
        worker.Start();
        worker.Join();
        var e = Assert.IsType<InvalidOperationException>(caught);
        Assert.Contains("not the UI thread of the window showing it", e.Message);
        Assert.Contains("Dispatcher.Post", e.Message);
        return e;
    }

    private static void PostAndRun(HeadlessWindow window, Action mutation)
    {
        var worker = new Thread(() => window.Dispatcher.Post(mutation));
        worker.Start();
        worker.Join();
        window.RunOnce(TimeSpan.Zero);
    }

    [Fact]
    public void Text_widgets_refuse_changes_from_a_worker_thread()
    {
        var label = new Label { Text = "1.00" };
        var flashing = new FlashingNumber { Value = 1m };
        var status = new StatusBar();
        var segment = status.AddSegment("Connected");
        var page = new Stack();
        page.Add(label);
        page.Add(flashing);
        page.Add(status);
        using var window = new HeadlessWindow(page, 200, 100);
        window.RenderFrame();

        Assert.StartsWith("Label.Text was called on thread", FromWorker(() => label.Text = "2.00").Message);
        Assert.StartsWith("Label.SetNumericText", FromWorker(() => label.SetNumber(300, 2)).Message);
        Assert.StartsWith("FlashingNumber.Value", FromWorker(() => flashing.Value = 2m).Message);
        Assert.StartsWith("StatusSegment.Text", FromWorker(() => segment.Text = "Lost").Message);
        Assert.Equal("1.00", label.Text);
        Assert.Equal(1m, flashing.Value);
        Assert.Equal("Connected", segment.Text);

        PostAndRun(window, () => label.Text = "2.00");
        Assert.Equal("2.00", label.Text);
    }

    [Fact]
    public void Input_widgets_refuse_changes_from_a_worker_thread()
    {
        var text = new TextBox { Text = "a" };
        var number = new NumericBox { Minimum = 0, Maximum = 100, Step = 1, Value = 5 };
        var page = new Stack();
        page.Add(text);
        page.Add(number);
        using var window = new HeadlessWindow(page, 200, 100);
        window.RenderFrame();

        Assert.StartsWith("TextBox.Text", FromWorker(() => text.Text = "b").Message);
        Assert.StartsWith("NumericBox.Text", FromWorker(() => number.Value = 6).Message);
        Assert.Equal("a", text.Text);
        Assert.Equal(5, number.Value);
    }

    [Fact]
    public void Data_widgets_refuse_changes_from_a_worker_thread()
    {
        var rows = new List<int> { 3, 1, 2 };
        var table = new Table<int>([TableColumn<int>.Numeric("N", n => n, decimals: 0)]) { Items = rows };
        var list = new VirtualList(() => new Label(), (row, i) => ((Label)row).Text = i.ToString(System.Globalization.CultureInfo.InvariantCulture)) { ItemCount = 3 };
        var page = new Dock();
        page.Add(table, DockSide.Left);
        page.Add(list);
        using var window = new HeadlessWindow(page, 300, 200);
        window.RenderFrame();

        Assert.StartsWith("Table.Refresh", FromWorker(table.Refresh).Message);
        Assert.StartsWith("Table.Refresh", FromWorker(() => table.Items = [4, 5]).Message); // Items re-sorts through Refresh
        Assert.StartsWith("VirtualList.ItemCount", FromWorker(() => list.ItemCount = 10).Message);
        Assert.StartsWith("VirtualList.Refresh", FromWorker(list.Refresh).Message);
        Assert.StartsWith("VirtualList.RefreshRow", FromWorker(() => list.RefreshRow(0)).Message);
        Assert.Equal(3, list.ItemCount);

        PostAndRun(window, () => list.ItemCount = 10);
        Assert.Equal(10, list.ItemCount);
    }

    [Fact]
    public void Charts_refuse_data_from_a_worker_thread()
    {
        var line = new LineChart();
        line.SetValues([1, 2, 3]);
        var candles = new CandlestickChart();
        var spark = new Sparkline();
        var depth = new DepthChart();
        var page = new Stack();
        page.Add(new Border { Height = 40, Child = line });
        page.Add(new Border { Height = 40, Child = candles });
        page.Add(new Border { Height = 20, Child = spark });
        page.Add(new Border { Height = 40, Child = depth });
        using var window = new HeadlessWindow(page, 300, 200);
        window.RenderFrame();

        Assert.StartsWith("LineChart.Append", FromWorker(() => line.Append(4)).Message);
        Assert.StartsWith("LineChart.SetValues", FromWorker(() => line.SetValues([9])).Message);
        Assert.StartsWith("CandlestickChart.Append", FromWorker(() => candles.Append(new Candle(1, 2, 0.5, 1.5, 10))).Message);
        Assert.StartsWith("Sparkline.Append", FromWorker(() => spark.Append(1)).Message);
        Assert.StartsWith("CandlestickChart.UpdateLast", FromWorker(() => candles.UpdateLast(new Candle(1, 2, 0.5, 1.5, 10))).Message);
        Assert.StartsWith("DepthChart.SetBook", FromWorker(() => depth.SetBook([new DepthLevel(99, 1)], [new DepthLevel(101, 1)])).Message);
        Assert.Equal([1, 2, 3], line.Values);

        PostAndRun(window, () => line.Append(4));
        Assert.Equal([1, 2, 3, 4], line.Values);
    }

    [Fact]
    public void Containers_and_popups_refuse_changes_from_a_worker_thread()
    {
        var stack = new Stack();
        var child = new Label { Text = "x" };
        stack.Add(child);
        var host = new PopupHost(stack);
        using var window = new HeadlessWindow(host, 200, 100);
        window.RenderFrame();

        Assert.StartsWith("Stack.Add", FromWorker(() => stack.Add(new Label())).Message);
        Assert.StartsWith("Stack.Insert", FromWorker(() => stack.Insert(0, new Label())).Message);
        Assert.StartsWith("Stack.Remove", FromWorker(() => stack.Remove(child)).Message);
        Assert.StartsWith("Stack.RemoveAt", FromWorker(() => stack.RemoveAt(0)).Message);
        Assert.StartsWith("Stack.Clear", FromWorker(stack.Clear).Message);
        Assert.StartsWith("PopupHost.ShowToast", FromWorker(() => host.ShowToast("hi")).Message);
        Assert.Single(stack.Children);
        Assert.Empty(host.Toasts);
    }

    [Fact]
    public void Control_content_and_state_refuse_changes_from_a_worker_thread()
    {
        // Setters without a check of their own are caught where every visible change goes: the invalidation entry points.
        var button = new Button("Buy") { Name = "buy" };
        var check = new CheckBox("Post only");
        var page = new Stack();
        page.Add(button);
        page.Add(check);
        using var window = new HeadlessWindow(page, 200, 100);
        window.RenderFrame();

        Assert.StartsWith("Button 'buy' was changed on thread", FromWorker(() => button.Text = "Sell").Message);
        Assert.StartsWith("Button 'buy' was changed", FromWorker(() => button.Style = ButtonStyle.Primary).Message);
        Assert.StartsWith("CheckBox was changed", FromWorker(() => check.IsChecked = true).Message);
        Assert.StartsWith("CheckBox was changed", FromWorker(() => check.Text = "Reduce only").Message);

        PostAndRun(window, () => button.Text = "Sell");
        Assert.Equal("Sell", button.Text);
    }

    [Fact]
    public void Shapes_and_borders_refuse_changes_from_a_worker_thread()
    {
        var rectangle = new Rectangle { Width = 20, Height = 20 };
        var border = new Border { Child = new Label { Text = "in" } };
        var page = new Stack();
        page.Add(rectangle);
        page.Add(border);
        using var window = new HeadlessWindow(page, 200, 100);
        window.RenderFrame();

        Assert.StartsWith("Rectangle was changed", FromWorker(() => rectangle.Fill = SkiaSharp.SKColors.Red).Message);
        Assert.StartsWith("Rectangle was changed", FromWorker(() => rectangle.CornerRadius = 4).Message);
        Assert.StartsWith("Border was changed", FromWorker(() => border.Padding = new Thickness(3)).Message);
        Assert.StartsWith("Border was changed", FromWorker(() => border.Background = SkiaSharp.SKColors.Blue).Message);
        var inside = border.Child;
        Assert.StartsWith("Border was changed", FromWorker(() => border.Child = new Label { Text = "other" }).Message);
        Assert.Same(inside, border.Child); // refused before the tree changed
        Assert.Same(border, inside!.Parent);
    }

    [Fact]
    public void Layout_properties_of_any_widget_refuse_changes_from_a_worker_thread()
    {
        var label = new Label { Text = "x" };
        var page = new Stack();
        page.Add(label);
        using var window = new HeadlessWindow(page, 200, 100);
        window.RenderFrame();

        Assert.StartsWith("Label was changed", FromWorker(() => label.Margin = new Thickness(2)).Message);
        Assert.StartsWith("Label was changed", FromWorker(() => label.Width = 50).Message);
        Assert.StartsWith("Label was changed", FromWorker(() => label.Height = 10).Message);
        Assert.StartsWith("Label was changed", FromWorker(() => label.IsVisible = false).Message);
        Assert.StartsWith("Label was changed", FromWorker(() => label.IsEnabled = false).Message);
        Assert.StartsWith("Label was changed", FromWorker(() => label.HorizontalAlignment = HorizontalAlignment.Right).Message);
        Assert.StartsWith("Label was changed", FromWorker(label.InvalidatePaint).Message);
    }

    [Fact]
    public void Style_changes_on_the_ui_thread_allocate_nothing()
    {
        var rectangle = new Rectangle { Width = 20, Height = 20 };
        using var window = new HeadlessWindow(rectangle, 50, 50);
        window.RenderFrame();
        rectangle.Fill = SkiaSharp.SKColors.Red;
        rectangle.Margin = new Thickness(1);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            rectangle.Fill = (i & 1) == 0 ? SkiaSharp.SKColors.Blue : SkiaSharp.SKColors.Red;
            rectangle.Margin = new Thickness(i & 1);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void A_tree_in_no_window_yet_can_be_built_on_any_thread()
    {
        // Building the tree on a worker and handing it to the UI thread is fine: only a shown tree has an owner.
        Stack? built = null;
        var worker = new Thread(() =>
        {
            var stack = new Stack();
            var label = new Label { Text = "built off the UI thread" };
            label.SetNumber(12345, 2);
            stack.Add(label);
            stack.Add(new Button("Buy") { Style = ButtonStyle.Primary, Margin = new Thickness(2), IsEnabled = false });
            stack.Add(new Border { Padding = new Thickness(3), Child = new Rectangle { Width = 10, Height = 10, Fill = SkiaSharp.SKColors.Red } });
            built = stack;
        });
        worker.Start();
        worker.Join();
        using var window = new HeadlessWindow(built!, 200, 50);
        Assert.True(window.RenderFrame().WidgetsRendered > 0);
        Assert.Equal("123.45", ((Label)built!.Children[0]).Text);
    }

    [Fact]
    public void The_check_allocates_nothing_on_the_ui_thread()
    {
        // Label.SetNumber is the per-frame price path: the thread check must not cost it an allocation.
        var label = new Label();
        using var window = new HeadlessWindow(label, 200, 50);
        label.SetNumber(1, 2);
        window.RenderFrame();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++) label.SetNumber(i, 2);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
