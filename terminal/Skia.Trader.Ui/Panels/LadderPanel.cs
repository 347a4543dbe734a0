using Skia.Toolkit.Core;
using Skia.Toolkit.Input;
using Skia.Toolkit.Text;
using Skia.Toolkit.Theming;
using Skia.Toolkit.Widgets;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;
using Skia.Trader.Ui.Model;
using Skia.Trader.Ui.Text;
using SkiaSharp;

namespace Skia.Trader.Ui.Panels;

/// <summary>
/// LadderPanel draws a <see cref="LadderModel"/> as a price ladder (DOM): own orders with their place in the queue,
/// bid size, the fixed price column, ask size and the last trade (<see cref="LadderColumn"/>), cumulative depth bars,
/// the spread rows shaded, a one-frame flash on every size change, and a spread/mid footer. <see cref="View"/> adds the
/// toolbar (grouping x1/x2/x5/x10, centre, one-click) and the column names above it.
/// </summary>
/// <remarks>
/// <para>Safe to click in a fast market: the rows hold still while the pointer is over the panel
/// (<see cref="LadderModel.Held"/>), and a click acts on the price and the orders that were under the pointer when the
/// button went down, whatever the book did before it came up. A left click fills the ticket
/// (<see cref="PriceClicked"/>), or in one-click mode on the Bid or Ask column asks for a limit order there
/// (<see cref="LimitOrderRequested"/>, once per press); a right click on a row with own orders asks to cancel them
/// (<see cref="CancelRequested"/>).</para>
/// <para>Painting only paints: the numbers are formatted into reused <see cref="NumericText"/> buffers when the model
/// changes (<see cref="Refresh"/>), and time-driven looks (the flash, the fading last trade) ask the window's clock for
/// a repaint at the moment they change (<see cref="Widget.InvalidatePaintAt"/>), so a steady frame allocates nothing.</para>
/// <para>A ladder away from the inside market says so: while scrolled (<see cref="LadderModel.Scrolled"/>) the centre
/// button is drawn in the accent colour with an arrow to where it moves the rows ("Centre ▲"), and while no best price is
/// in view (scrolled, or held while the market moved away) an accent edge on the side of the market carries an arrow and
/// the rows to it (<see cref="LadderModel.RowsToMarket"/>), in the column that side leaves empty. Both go as soon as the
/// rows are centred again (Space, the button, a grouping change; a symbol switch makes a new ladder).</para>
/// </remarks>
public sealed class LadderPanel : Widget
{
    /// <summary>FooterHeight is the height of the spread/mid footer under the rows.</summary>
    public const float FooterHeight = 22;

    // Column edges as fractions of the width, in LadderColumn order: sizes get the widest cells, the price the widest of all.
    private static readonly float[] Edges = [0f, 0.15f, 0.29f, 0.46f, 0.64f, 0.81f, 1f];

    // The last trade's size stays fully visible for a second, then fades in two steps and goes (the price keeps its outline).
    private static readonly TimeSpan FadeStep = TimeSpan.FromSeconds(1);
    private static readonly byte[] FadeAlpha = [255, 150, 70];

    private readonly NumericText[] _bid;
    private readonly NumericText[] _price;
    private readonly NumericText[] _ask;
    private readonly NumericText[] _own;
    private readonly NumericText[] _ahead;
    private readonly NumericText _last;
    private readonly NumericText _spread;
    private readonly NumericText _mid;
    private readonly NumericText _marketRows; // the rows to the inside market on the edge marker
    private long _marketRowsShown; // RowsToMarket as of the last refresh (0: no edge marker)
    private readonly long[] _bidFlashUntil;
    private readonly long[] _askFlashUntil;
    // The raw value each row's number buffers were last formatted from (long.MinValue: format anew), so a refresh
    // formats only the numbers that changed.
    private readonly long[] _priceRaw;
    private readonly long[] _bidRaw;
    private readonly long[] _askRaw;
    private readonly long[] _ownRaw;
    private readonly long[] _aheadRaw;
    // What each row showed, as of the last refresh, in the columns a book update rarely changes: the own-order cells
    // (Orders, Ahead) and the Last cell. A refresh repaints those cells only on rows where that changed.
    private readonly OwnCells[] _ownShown;
    private readonly LastCell[] _lastShown;
    private float _sizesLeftShown = float.NaN;
    private float _sizesRightShown = float.NaN;
    private float _lastCellLeftShown = float.NaN;
    // The band the last refresh repainted over the rows (Bid to Ask, panel coordinates; empty: the whole panel).
    private SKRect _band;
    private bool _repaintAll = true;
    private readonly OwnOrderMark[] _pressedOrders = new OwnOrderMark[16];
    private readonly SKPaint _fill = new() { IsAntialias = false, Style = SKPaintStyle.Fill };
    private readonly SKPaint _stroke = new() { IsAntialias = false, Style = SKPaintStyle.Stroke, StrokeWidth = 1 };
    private readonly SKPaint _text = new() { IsAntialias = true };
    private readonly SegmentedControl _grouping;
    private readonly ToggleButton _oneClick;
    private readonly Button _centre;
    private readonly Border _banner;
    private readonly Label _bannerText;
    private readonly LadderColumnHeader _columns = new() { Name = "ladder-columns" };
    private string _spreadWord = TerminalStrings.Get("ladder.spread");
    private string _midWord = TerminalStrings.Get("ladder.mid");
    private string _centreWord = TerminalStrings.Get("ladder.centre");
    private string _centreUpWord = TerminalStrings.Get("ladder.centreUp");
    private string _centreDownWord = TerminalStrings.Get("ladder.centreDown");
    private readonly NumericFont _font;
    private int _priceDecimals = 2;
    private int _sizeDecimals = 5;
    private long _tradeVersion;
    private long _tradeShownAt;
    private bool _tradeFading;
    private int _hoverRow = -1;
    private bool _pressed;
    private PointerButton _pressButton;
    private int _pressRow;
    private LadderColumn _pressColumn;
    private Price _pressPrice;
    private int _pressedOrderCount;
    private bool _syncingGrouping;
    private int _dragRow = -1;

    /// <summary>Creates the panel over <paramref name="model"/>, with its toolbar and column names in <see cref="View"/>.</summary>
    /// <param name="model">The ladder model the panel draws; the owner updates it once per frame and calls <see cref="Refresh"/>.</param>
    public LadderPanel(LadderModel model)
        : this(model, withChrome: true)
    {
    }

    /// <summary>Creates the panel over <paramref name="model"/>; without chrome <see cref="View"/> is the rows alone.</summary>
    /// <param name="model">The ladder model the panel draws; the owner updates it once per frame and calls <see cref="Refresh"/>.</param>
    /// <param name="withChrome">
    /// True puts the toolbar, the one-click banner and the column names above the rows in <see cref="View"/> (the
    /// terminal); false makes <see cref="View"/> the panel itself, for a program that places the rows at a fixed
    /// geometry of its own (perf's reference scene: 41 rows of 18 px and the footer in its 360 x 760 book area).
    /// </param>
    public LadderPanel(LadderModel model, bool withChrome)
    {
        ArgumentNullException.ThrowIfNull(model);
        Model = model;
        _font = FontSet.Default.GetNumericFont(FontSpec.Mono(11));
        _bid = NewTexts(model.RowCount);
        _price = NewTexts(model.RowCount);
        _ask = NewTexts(model.RowCount);
        _own = NewTexts(model.RowCount);
        _ahead = NewTexts(model.RowCount);
        _last = new NumericText(_font);
        _spread = new NumericText(_font);
        _mid = new NumericText(_font);
        _marketRows = new NumericText(_font);
        _bidFlashUntil = new long[model.RowCount];
        _askFlashUntil = new long[model.RowCount];
        _priceRaw = NewRaw(model.RowCount);
        _bidRaw = NewRaw(model.RowCount);
        _askRaw = NewRaw(model.RowCount);
        _ownRaw = NewRaw(model.RowCount);
        _aheadRaw = NewRaw(model.RowCount);
        _ownShown = new OwnCells[model.RowCount];
        _lastShown = new LastCell[model.RowCount];

        var labels = new string[LadderModel.Groupings.Length];
        for (var i = 0; i < labels.Length; i++) labels[i] = "x" + LadderModel.Groupings[i].ToString(System.Globalization.CultureInfo.InvariantCulture);
        _grouping = new SegmentedControl(labels) { Name = "ladder-grouping", Width = 156 };
        _grouping.SelectionChanged += (_, _) =>
        {
            if (!_syncingGrouping) SetGrouping(LadderModel.Groupings[_grouping.SelectedIndex]);
        };
        _centre = new Button(_centreWord) { Name = "ladder-centre" };
        _centre.Click += (_, _) => Recenter();
        _oneClick = new ToggleButton(TerminalStrings.Get("ladder.oneClick")) { Name = "ladder-one-click" };
        _oneClick.CheckedChanged += (_, _) => OneClick = _oneClick.IsChecked;
        KeyboardReturn.AfterClick(_centre, _oneClick); // Space centres the ladder; it never flips one-click trading
        KeyboardReturn.AfterPick(_grouping); // a stray arrow key after a click never regroups the ladder
        var toolbar = new Stack { Orientation = Orientation.Horizontal, Spacing = 6, Margin = new Thickness(6, 2, 6, 4), Name = "ladder-toolbar" };
        toolbar.Add(_grouping);
        toolbar.Add(_centre);
        toolbar.Add(_oneClick);
        _bannerText = new Label(TerminalStrings.Get("ladder.oneClickOn")) { Color = SKColors.White, Font = FontSpec.Ui(12, SKFontStyleWeight.Bold) };
        _banner = new Border
        {
            Name = "ladder-one-click-banner",
            BorderThickness = 0,
            Padding = new Thickness(6, 3, 6, 3),
            Background = Theme.Dark.Danger,
            Child = _bannerText,
            IsVisible = false,
        };
        if (withChrome)
        {
            var view = new Dock { Name = "ladder-view" };
            view.Add(toolbar, DockSide.Top);
            view.Add(_banner, DockSide.Top);
            view.Add(_columns, DockSide.Top);
            view.Add(this, DockSide.Top);
            View = view;
        }
        else
        {
            View = this;
        }
        SyncGroupingChoice();
    }

    /// <summary>Model is the ladder model drawn.</summary>
    public LadderModel Model { get; }

    /// <summary>ApplyLanguage shows the toolbar, the banner, the column names and the spread/mid words in the string table's selected language (a language change at run time).</summary>
    public void ApplyLanguage()
    {
        _centreWord = TerminalStrings.Get("ladder.centre");
        _centreUpWord = TerminalStrings.Get("ladder.centreUp");
        _centreDownWord = TerminalStrings.Get("ladder.centreDown");
        ShowCentreButton();
        _oneClick.Text = TerminalStrings.Get("ladder.oneClick");
        _bannerText.Text = TerminalStrings.Get("ladder.oneClickOn");
        _spreadWord = TerminalStrings.Get("ladder.spread");
        _midWord = TerminalStrings.Get("ladder.mid");
        _columns.ApplyLanguage();
        InvalidatePaint();
    }

    /// <summary>View is the whole ladder as laid out in a pane: toolbar, one-click banner, column names, then the rows (the rows alone when made without chrome).</summary>
    public Widget View { get; }

    /// <summary>GroupingChoice is the toolbar's x1 | x2 | x5 | x10 choice.</summary>
    public SegmentedControl GroupingChoice => _grouping;

    /// <summary>CentreButton is the toolbar's button that re-centres the rows (<see cref="Recenter"/>); accent, with an arrow to where it moves them, while they are scrolled.</summary>
    public Button CentreButton => _centre;

    /// <summary>OneClickToggle is the toolbar's one-click switch (<see cref="OneClick"/>).</summary>
    public ToggleButton OneClickToggle => _oneClick;

    /// <summary>PriceClicked is raised when a left click (press and release on the panel) ends, with the price that was under the pointer at the press.</summary>
    public event Action<Price>? PriceClicked;

    /// <summary>
    /// LimitOrderRequested is raised in one-click mode when a left click on the Bid (buy) or Ask (sell) column ends:
    /// a limit order at the price that was under the pointer at the press, at most once per press.
    /// </summary>
    public event Action<OrderSide, Price>? LimitOrderRequested;

    /// <summary>
    /// ReplaceRequested is raised, once per order, when a left press on the Orders or Ahead cell of a row with own orders
    /// is dragged to another row and released there: cancel-replace each of those orders at the release row's price.
    /// </summary>
    public event Action<OwnOrderMark, Price>? ReplaceRequested;

    /// <summary>CancelRequested is raised, once per order, when a right click ends on a row that held own orders at the press.</summary>
    public event Action<OwnOrderMark>? CancelRequested;

    /// <summary>OneClick says a left click on Bid/Ask places a limit order at once; off by default, shown by a banner while on.</summary>
    public bool OneClick
    {
        get;
        set
        {
            if (field == value) return;
            field = value;
            _oneClick.IsChecked = value;
            if (value && Root?.Theme is { } theme) _banner.Background = theme.Danger;
            _banner.IsVisible = value;
            InvalidatePaint();
        }
    }

    /// <summary>IsLayoutBoundary is true: new book data never changes the panel's size.</summary>
    public override bool IsLayoutBoundary => true;

    /// <summary>ClipToBounds is true: rows never paint outside the panel.</summary>
    public override bool ClipToBounds => true;

    /// <summary>RowHeight is the height of one price row for the current size.</summary>
    /// <remarks>Every model row must be on screen, or a best price could sit on a hidden row without re-centring: the rows
    /// shrink to 10 px (the 11 px digits still read) before any is cut off.</remarks>
    public float RowHeight => Math.Clamp((Bounds.Height - FooterHeight) / Math.Max(1, Model.RowCount), 10, 24);

    /// <summary>ColumnEdges is the left and right edge of <paramref name="column"/> in a ladder <paramref name="width"/> wide.</summary>
    /// <param name="column">The column.</param>
    /// <param name="width">The panel's width.</param>
    public static (float Left, float Right) ColumnEdges(LadderColumn column, float width) =>
        (MathF.Round(Edges[(int)column] * width), MathF.Round(Edges[(int)column + 1] * width));

    /// <summary>RowCentre is the vertical middle of row <paramref name="row"/> in the panel's own coordinates (where a test or a script clicks).</summary>
    /// <param name="row">The row, 0 = top.</param>
    public float RowCentre(int row) => (row + 0.5f) * RowHeight;

    /// <summary>ColumnCentre is the horizontal middle of <paramref name="column"/> in the panel's own coordinates.</summary>
    /// <param name="column">The column.</param>
    public float ColumnCentre(LadderColumn column)
    {
        var (left, right) = ColumnEdges(column, Bounds.Width);
        return (left + right) / 2;
    }

    /// <summary>Recenter puts the spread back in the middle of the rows now (Space, the centre button), even while the pointer is over the ladder.</summary>
    public void Recenter()
    {
        Model.Recenter();
        Refresh();
    }

    /// <summary>SetGrouping shows <paramref name="ticksPerRow"/> ticks per row (1, 2, 5 or 10) and re-centres.</summary>
    /// <param name="ticksPerRow">1, 2, 5 or 10.</param>
    public void SetGrouping(int ticksPerRow)
    {
        Model.SetGrouping(ticksPerRow);
        SyncGroupingChoice();
        Refresh();
    }

    /// <summary>CycleGrouping moves to the next coarser (<paramref name="direction"/> &gt; 0) or finer (&lt; 0) grouping, wrapping around x1/x10.</summary>
    /// <param name="direction">+1 for coarser, -1 for finer; 0 does nothing.</param>
    public void CycleGrouping(int direction)
    {
        if (direction == 0) return;
        ReadOnlySpan<int> groupings = LadderModel.Groupings;
        var index = groupings.IndexOf(Model.Grouping);
        var next = ((index + Math.Sign(direction)) % groupings.Length + groupings.Length) % groupings.Length;
        SetGrouping(groupings[next]);
    }

    /// <summary>ToggleOneClick turns one-click mode on or off (the hotkey's action).</summary>
    public void ToggleOneClick() => OneClick = !OneClick;

    /// <summary>SetDecimals sets how many decimals prices and sizes show (from the symbol's tick and step sizes).</summary>
    /// <param name="priceDecimals">Decimals of a price.</param>
    /// <param name="sizeDecimals">Decimals of a size.</param>
    public void SetDecimals(int priceDecimals, int sizeDecimals)
    {
        _priceDecimals = Math.Clamp(priceDecimals, 0, 8);
        _sizeDecimals = Math.Clamp(sizeDecimals, 0, 8);
        ForgetFormatted();
        _repaintAll = true;
        Refresh();
    }

    /// <summary>
    /// Refresh reformats the numbers that changed from the model, starts the one-frame flash of every size that
    /// changed and the fade of a new last trade, and repaints what the update can change: the Bid, Price and Ask
    /// columns and the footer always, the own-order cells (Orders, Ahead) and the Last cell only on rows where what
    /// they show changed. Call it after every change to the model. Allocates nothing.
    /// </summary>
    public void Refresh()
    {
        ReadOnlySpan<LadderRow> rows = Model.Rows;
        var damage = Root?.Damage;
        var flashUntil = damage is null ? 0 : damage.NextFrameTime + damage.Ticks(damage.FrameInterval);
        var flashed = false;
        for (var i = 0; i < rows.Length; i++)
        {
            ref readonly LadderRow row = ref rows[i];
            if (row.Price.Raw != _priceRaw[i])
            {
                _priceRaw[i] = row.Price.Raw;
                _price[i].SetNumber(Scale(row.Price.Raw, _priceDecimals), _priceDecimals, groupThousands: false);
            }
            SetSize(_bid[i], ref _bidRaw[i], row.BidSize);
            SetSize(_ask[i], ref _askRaw[i], row.AskSize);
            SetSize(_own[i], ref _ownRaw[i], row.OwnBuyQuantity + row.OwnSellQuantity);
            if (row.HasQueueAhead && row.QueueAhead.Raw != _aheadRaw[i])
            {
                _aheadRaw[i] = row.QueueAhead.Raw; // zero ahead is shown too: the order is first in the queue
                _ahead[i].SetNumber(Scale(row.QueueAhead.Raw, _sizeDecimals), _sizeDecimals);
            }
            if (damage is null) continue;
            if (row.BidChanged) { _bidFlashUntil[i] = flashUntil; flashed = true; }
            if (row.AskChanged) { _askFlashUntil[i] = flashUntil; flashed = true; }
        }
        if (Model.Spread is { } spread) _spread.SetNumber(Scale(spread.Raw, _priceDecimals), _priceDecimals);
        else _spread.Set("-");
        if (Model.Mid is { } mid) _mid.SetNumber(Scale(mid.Raw, _priceDecimals + 1), _priceDecimals + 1);
        else _mid.Set("-");
        if (Model.HasLastTrade) _last.SetNumber(Scale(Model.LastTradeSize.Raw, _sizeDecimals), _sizeDecimals);
        if (damage is not null && Model.LastTradeVersion != _tradeVersion)
        {
            _tradeVersion = Model.LastTradeVersion;
            _tradeShownAt = damage.NextFrameTime;
            _tradeFading = true;
        }
        ShowCentreButton();
        var toMarket = Model.RowsToMarket;
        if (toMarket != _marketRowsShown)
        {
            if (Math.Sign(toMarket) != Math.Sign(_marketRowsShown)) _repaintAll = true; // the edge marker comes, goes or changes sides
            _marketRowsShown = toMarket;
            if (toMarket != 0) _marketRows.SetNumber(Math.Abs(toMarket), 0, groupThousands: true);
        }
        InvalidateChanged();
        if (damage is not null && (flashed || _tradeFading)) ScheduleRepaint(damage.NextFrameTime);
    }

    // The centre button while the rows are scrolled: the accent fill and an arrow to where Recenter moves them (strings
    // made once per language, so a market moving under a scrolled ladder formats nothing).
    private void ShowCentreButton()
    {
        var scrolled = Model.Scrolled;
        var towards = scrolled ? Math.Sign(Model.RowsFromCentre) : 0;
        _centre.Style = scrolled ? ButtonStyle.Primary : ButtonStyle.Default;
        _centre.Text = towards > 0 ? _centreUpWord : towards < 0 ? _centreDownWord : _centreWord;
    }

    /// <summary>MeasureOverride takes what it is given (the ladder fills its pane).</summary>
    /// <param name="available">The space offered.</param>
    protected override SKSize MeasureOverride(SKSize available) =>
        new(float.IsInfinity(available.Width) ? 300 : available.Width, float.IsInfinity(available.Height) ? 600 : available.Height);

    /// <summary>OnRepaintDue repaints when a flash ends or the last trade fades a step, and asks for the next such moment.</summary>
    /// <param name="frameTime">The time of the frame about to be drawn.</param>
    protected override void OnRepaintDue(long frameTime)
    {
        InvalidatePaint(); // a flash ending or the last trade fading: rare, the whole panel
        ScheduleRepaint(frameTime + 1);
    }

    /// <summary>
    /// OnPointerWheel scrolls the rows, <see cref="WheelRows"/> a notch (up shows higher prices); they then stay where
    /// they were put, not re-centred when the best prices leave them, until Space or the centre button
    /// (<see cref="LadderModel.Scrolled"/>).
    /// </summary>
    /// <param name="e">The event.</param>
    protected override void OnPointerWheel(PointerEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var rows = (int)Math.Round(e.WheelDelta.Y * WheelRows);
        if (rows == 0) return;
        e.Handled = true;
        var wasScrolled = Model.Scrolled;
        // As Recenter: the rows' prices and sizes are redrawn where they changed; a first notch at the bottom of the
        // prices moves nothing but still shows the rows as scrolled (the centre button).
        if (Model.Scroll(rows) || Model.Scrolled != wasScrolled) Refresh();
    }

    /// <summary>WheelRows is how many rows one notch of the mouse wheel scrolls.</summary>
    public const int WheelRows = 3;

    /// <summary>OnPointerEnter holds the ladder still while the pointer is over it.</summary>
    /// <param name="e">The event.</param>
    protected override void OnPointerEnter(PointerEventArgs e) => Model.Held = true;

    /// <summary>OnPointerLeave lets the ladder re-centre again and drops the hover row.</summary>
    /// <param name="e">The event.</param>
    protected override void OnPointerLeave(PointerEventArgs e)
    {
        Model.Held = false;
        SetHoverRow(-1);
    }

    /// <summary>OnPointerMove marks the row under the pointer, so the user sees which price a click acts on.</summary>
    /// <param name="e">The event.</param>
    protected override void OnPointerMove(PointerEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        Model.Held = true;
        var row = RowAt(e.Position.Y);
        SetHoverRow(row);
        if (IsDraggingOrders && row != _dragRow)
        {
            _dragRow = row;
            InvalidatePaint();
        }
    }

    // A left press on the own-order cells of a row holding own orders moves them when dragged to another row.
    private bool IsDraggingOrders => _pressed && _pressButton == PointerButton.Left && _pressedOrderCount > 0
        && _pressColumn is LadderColumn.Orders or LadderColumn.Ahead;

    /// <summary>OnPointerDown takes the price, column and own orders under the pointer now: the click acts on them when the button comes up.</summary>
    /// <param name="e">The event.</param>
    protected override void OnPointerDown(PointerEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Button is not (PointerButton.Left or PointerButton.Right) || !Model.HasWindow) return;
        var row = RowAt(e.Position.Y);
        if (row < 0) return;
        _pressed = true;
        _pressButton = e.Button;
        _pressRow = row;
        _pressPrice = Model.PriceAt(row);
        _pressColumn = ColumnAt(e.Position.X);
        _pressedOrderCount = 0;
        _dragRow = -1;
        foreach (ref readonly OwnOrderMark order in Model.OwnOrders)
        {
            if (_pressedOrderCount < _pressedOrders.Length && Model.RowOf(order) == row) _pressedOrders[_pressedOrderCount++] = order;
        }
        CapturePointer();
        e.Handled = true;
    }

    /// <summary>OnPointerUp ends a click begun on the panel: it acts on what was pressed, if the pointer is still over the panel.</summary>
    /// <param name="e">The event.</param>
    protected override void OnPointerUp(PointerEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (!_pressed || e.Button != _pressButton) return;
        var dragging = IsDraggingOrders;
        _pressed = false;
        _dragRow = -1;
        ReleasePointer();
        e.Handled = true;
        InvalidatePaint();
        if (e.Position.X < 0 || e.Position.Y < 0 || e.Position.X >= Bounds.Width || e.Position.Y >= Bounds.Height) return; // dragged off the ladder: the click is abandoned
        var releaseRow = RowAt(e.Position.Y);
        if (dragging && releaseRow >= 0 && releaseRow != _pressRow)
        {
            // The rows hold still under the pointer, so the release row's price is the one the user dropped on.
            var target = Model.PriceAt(releaseRow);
            for (var i = 0; i < _pressedOrderCount; i++) ReplaceRequested?.Invoke(_pressedOrders[i], target);
            return;
        }
        if (_pressButton == PointerButton.Right)
        {
            for (var i = 0; i < _pressedOrderCount; i++) CancelRequested?.Invoke(_pressedOrders[i]);
            return;
        }
        if (OneClick && _pressColumn is LadderColumn.Bid or LadderColumn.Ask)
            LimitOrderRequested?.Invoke(_pressColumn == LadderColumn.Bid ? OrderSide.Buy : OrderSide.Sell, _pressPrice);
        else
            PriceClicked?.Invoke(_pressPrice);
    }

    /// <summary>OnRender paints rows, depth bars, flashes, own orders with the queue ahead, the last trade and the spread/mid footer.</summary>
    /// <param name="canvas">The canvas.</param>
    protected override void OnRender(SKCanvas canvas)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        Theme theme = Root?.Theme ?? Theme.Dark;
        var width = Bounds.Width;
        var rowHeight = RowHeight;
        var footerTop = Bounds.Height - FooterHeight;
        ReadOnlySpan<LadderRow> rows = Model.Rows;
        // The rows under a clip of their own: where the dirty region over the rows is one rectangle (a refresh's band),
        // the clip becomes that rectangle and Skia blits every glyph and bar without walking a region. Pixels are the
        // same: nothing of a row reaches the footer, which is drawn after, opaque, outside this clip. Where the region
        // over the rows is more than one rectangle (the band and the Last cells a new trade changed), the rows are drawn
        // twice: under the band's rectangle, then under what remains of the clip outside it (only the rows that reach
        // it). The two clips split the region, so each pixel is drawn once, by the same drawing as under one clip.
        int saved = canvas.Save();
        var rowsArea = new SKRect(0, 0, width, footerTop);
        canvas.ClipRect(rowsArea, SKClipOperation.Intersect, antialias: false);
        var band = _band;
        if (!canvas.IsClipRect && !band.IsEmpty && band.IntersectsWith(rowsArea))
        {
            band.Inflate(1, 1);
            canvas.Save();
            canvas.ClipRect(band, SKClipOperation.Intersect, antialias: false);
            DrawRows(canvas, theme, 0, rows.Length, width, footerTop);
            canvas.Restore();
            canvas.ClipRect(band, SKClipOperation.Difference, antialias: false);
            // The rows the rest of the region reaches, beside the band: asked of the frame's damage with rectangles kept
            // a device pixel away from the band (IsRepainted grows what it is asked by one), so the band's own repaint
            // does not count. A row asked too often is only drawn for nothing; none the region reaches is left out.
            var damage = Root?.Damage;
            SKRect window = BoundsInWindow;
            var px = 1 / Math.Max(1, Root?.Scale ?? 1);
            for (var i = 0; i < rows.Length; i++)
            {
                var top = window.Top + (i * rowHeight);
                if (damage is not null
                    && !damage.IsRepainted(new SKRect(window.Left, top, window.Left + band.Left - px, top + rowHeight))
                    && !damage.IsRepainted(new SKRect(window.Left + band.Right + px, top, window.Right, top + rowHeight))) continue;
                DrawRows(canvas, theme, i, i + 1, width, footerTop);
            }
        }
        else
        {
            DrawRows(canvas, theme, 0, rows.Length, width, footerTop);
        }
        canvas.RestoreToCount(saved);
        if (_marketRowsShown != 0 && Model.HasWindow) DrawMarketEdge(canvas, theme, width, footerTop);
        DrawFooter(canvas, theme, footerTop, width);
    }

    // Draws rows first..end (exclusive) of the ladder and the column lines, in the current clip.
    private void DrawRows(SKCanvas canvas, Theme theme, int first, int end, float width, float footerTop)
    {
        var rowHeight = RowHeight;
        var frameTime = Root?.Damage.FrameTime ?? 0;
        var (ordersLeft, ordersRight) = ColumnEdges(LadderColumn.Orders, width);
        var (aheadLeft, aheadRight) = ColumnEdges(LadderColumn.Ahead, width);
        var (bidLeft, bidRight) = ColumnEdges(LadderColumn.Bid, width);
        var (priceLeft, priceRight) = ColumnEdges(LadderColumn.Price, width);
        var (askLeft, askRight) = ColumnEdges(LadderColumn.Ask, width);
        var (lastLeft, lastRight) = ColumnEdges(LadderColumn.Last, width);
        ReadOnlySpan<LadderRow> rows = Model.Rows;
        var max = Math.Max(1, Model.MaxCumulative.Raw);
        var baselineOffset = (rowHeight + _font.Ascent - _font.Descent) / 2;
        var bestBid = Model.BestBid?.Price.Raw ?? long.MinValue;
        var bestAsk = Model.BestAsk?.Price.Raw ?? long.MaxValue;
        var tradeAlpha = LastTradeAlpha(frameTime);
        for (var i = first; i < end && Model.HasWindow; i++)
        {
            ref readonly LadderRow row = ref rows[i];
            var top = i * rowHeight;
            if (top + rowHeight > footerTop) break;
            var h = rowHeight - 1;
            var raw = row.Price.Raw;
            // Inside the spread (no bid and no ask can rest there) the price column is shaded: the gap shows at a glance.
            if (raw > bestBid && raw < bestAsk) Fill(canvas, theme.SurfaceRaised, priceLeft, top, priceRight - priceLeft, h);
            if (i == _hoverRow) Fill(canvas, theme.SurfaceHover, 0, top, width, h);
            if (row.BidSize.Raw > 0)
            {
                var w = (bidRight - bidLeft) * (float)((double)row.BidCumulative.Raw / max);
                Fill(canvas, theme.Positive.WithAlpha(row.IsBestBid ? (byte)110 : (byte)45), bidRight - w, top, w, h);
            }
            if (row.AskSize.Raw > 0)
            {
                var w = (askRight - askLeft) * (float)((double)row.AskCumulative.Raw / max);
                Fill(canvas, theme.Negative.WithAlpha(row.IsBestAsk ? (byte)110 : (byte)45), askLeft, top, w, h);
            }
            if (frameTime < _bidFlashUntil[i]) Fill(canvas, theme.Text.WithAlpha(55), bidLeft, top, bidRight - bidLeft, h);
            if (frameTime < _askFlashUntil[i]) Fill(canvas, theme.Text.WithAlpha(55), askLeft, top, askRight - askLeft, h);
            var baseline = top + baselineOffset;
            var ownBuy = row.OwnBuyQuantity.Raw > 0;
            if (ownBuy || row.OwnSellQuantity.Raw > 0)
            {
                var side = ownBuy ? theme.Positive : theme.Negative;
                Fill(canvas, side.WithAlpha(70), ordersLeft + 1, top, ordersRight - ordersLeft - 2, h);
                Fill(canvas, side, ordersLeft + 1, top, 3, h);
                DrawRight(canvas, _own[i], ordersRight - 4, baseline, theme.Text);
                if (row.HasQueueAhead) DrawRight(canvas, _ahead[i], aheadRight - 4, baseline, theme.Warning);
            }
            if (row.BidSize.Raw > 0) DrawRight(canvas, _bid[i], bidRight - 4, baseline, row.IsBestBid ? theme.Text : theme.Positive);
            DrawCentred(canvas, _price[i], priceLeft, priceRight - priceLeft, baseline,
                raw <= bestBid ? theme.Positive : raw >= bestAsk ? theme.Negative : theme.TextMuted);
            if (row.AskSize.Raw > 0) DrawLeft(canvas, _ask[i], askLeft + 4, baseline, row.IsBestAsk ? theme.Text : theme.Negative);
            if (i == _dragRow && _dragRow != _pressRow)
            {
                _stroke.Color = theme.Accent;
                canvas.DrawRect(ordersLeft + 0.5f, top + 0.5f, aheadRight - ordersLeft - 1, h - 1, _stroke);
            }
            if (row.IsLastTrade)
            {
                _stroke.Color = theme.Warning;
                canvas.DrawRect(priceLeft + 0.5f, top + 0.5f, priceRight - priceLeft - 1, h - 1, _stroke);
                if (tradeAlpha > 0)
                {
                    var color = Model.LastTradeBuyerIsMaker ? theme.Negative : theme.Positive; // a sell hit the bid, or a buy lifted the ask
                    DrawRight(canvas, _last, lastRight - 4, baseline, color.WithAlpha(tradeAlpha));
                }
            }
        }
        Fill(canvas, theme.Border, priceLeft, 0, 1, footerTop);
        Fill(canvas, theme.Border, priceRight, 0, 1, footerTop);
        Fill(canvas, theme.GridLine, aheadLeft, 0, 1, footerTop);
        Fill(canvas, theme.GridLine, lastLeft, 0, 1, footerTop);
    }

    // The edge marker of a ladder with the inside market out of view: an accent edge on the market's side (the top of the
    // rows when it is above, their bottom when below) and, on the edge row, in the column that side leaves empty (Ask
    // above the market, Bid below it), an accent tag with an arrow and the rows to the market. The tag stays inside its
    // column, which a refresh always repaints (the band from Bid to Ask); the edge itself only comes and goes with a
    // repaint of the whole panel.
    private void DrawMarketEdge(SKCanvas canvas, Theme theme, float width, float footerTop)
    {
        var rowHeight = RowHeight;
        var visible = Math.Min(Model.RowCount, (int)(footerTop / rowHeight));
        if (visible <= 0) return;
        var above = _marketRowsShown > 0;
        var edgeTop = above ? 0 : visible * rowHeight - 2;
        Fill(canvas, theme.Accent, 0, edgeTop, width, 2);
        var rowTop = above ? 0 : (visible - 1) * rowHeight;
        var (left, right) = ColumnEdges(above ? LadderColumn.Ask : LadderColumn.Bid, width);
        var tagHeight = rowHeight - 1;
        ShapedText arrow = TextMeasureCache.ForCurrentThread.Get(above ? "\u25B2" : "\u25BC", FontSpec.Ui(theme.FontSizeSmall)); // ▲ ▼
        var tagWidth = Math.Min(right - left - 2, 4 + arrow.Advance + 3 + _marketRows.Width + 4);
        if (tagWidth <= 0) return;
        var tagLeft = above ? left + 1 : right - 1 - tagWidth; // next to the price column
        var baseline = rowTop + (rowHeight + _font.Ascent - _font.Descent) / 2;
        canvas.Save();
        canvas.ClipRect(new SKRect(left, rowTop, right, rowTop + rowHeight), SKClipOperation.Intersect, antialias: false);
        Fill(canvas, theme.Accent, tagLeft, rowTop, tagWidth, tagHeight);
        _text.Color = theme.OnAccent;
        arrow.Draw(canvas, tagLeft + 4, baseline, _text);
        DrawLeft(canvas, _marketRows, tagLeft + 4 + arrow.Advance + 3, baseline, theme.OnAccent);
        canvas.Restore();
    }

    /// <summary>
    /// DescribeMarkup writes the best bid and ask, the spread, the grouping, one-click, whether the rows are scrolled and
    /// where the inside market is (above or below the rows, with the rows to it, as the edge marker shows; or in view),
    /// and the rows with size or own orders, so scripts can read the book.
    /// </summary>
    /// <param name="w">The markup writer.</param>
    protected override void DescribeMarkup(MarkupWriter w)
    {
        ArgumentNullException.ThrowIfNull(w);
        base.DescribeMarkup(w);
        w.Property("rows", Model.RowCount);
        w.Property("rowHeight", RowHeight);
        w.Property("bestBid", Model.BestBid is { } b ? b.Price.ToString() : "-");
        w.Property("bestAsk", Model.BestAsk is { } a ? a.Price.ToString() : "-");
        w.Property("spread", _spread.ToString());
        w.Property("grouping", Model.Grouping);
        w.Property("oneClick", OneClick);
        w.Property("scrolled", Model.Scrolled);
        w.Property("market", _marketRowsShown > 0 ? "above" : _marketRowsShown < 0 ? "below" : "in-view");
        if (_marketRowsShown != 0) w.Property("marketRows", _marketRows.ToString()); // as the edge marker shows it
        var withSize = 0;
        var own = 0;
        foreach (ref readonly LadderRow row in Model.Rows)
        {
            if (row.BidSize.Raw > 0 || row.AskSize.Raw > 0) withSize++;
            if (row.OwnBuyQuantity.Raw > 0 || row.OwnSellQuantity.Raw > 0) own++;
        }
        w.Property("rowsWithSize", withSize);
        w.Property("ownOrderRows", own);
        foreach (ref readonly LadderRow row in Model.Rows)
        {
            if (row.OwnBuyQuantity.Raw <= 0 && row.OwnSellQuantity.Raw <= 0) continue;
            w.Property("own" + row.Price.ToString(), (row.OwnBuyQuantity + row.OwnSellQuantity).ToString()
                + (row.HasQueueAhead ? " ahead " + row.QueueAhead.ToString() : ""));
        }
    }

    private void DrawFooter(SKCanvas canvas, Theme theme, float footerTop, float width)
    {
        Fill(canvas, theme.SurfaceRaised, 0, footerTop, width, FooterHeight);
        Fill(canvas, theme.Border, 0, footerTop, width, 1);
        var baseline = footerTop + (FooterHeight + _font.Ascent - _font.Descent) / 2;
        var words = FontSpec.Ui(theme.FontSizeSmall);
        _text.Color = theme.TextMuted;
        ShapedText spreadWord = TextMeasureCache.ForCurrentThread.Get(_spreadWord, words);
        ShapedText midWord = TextMeasureCache.ForCurrentThread.Get(_midWord, words);
        var x = 8f;
        spreadWord.Draw(canvas, x, baseline, _text);
        x += spreadWord.Advance + 6;
        DrawLeft(canvas, _spread, x, baseline, theme.Text);
        var (priceLeft, _) = ColumnEdges(LadderColumn.Price, width);
        x = Math.Max(x + _spread.Width + 16, priceLeft);
        _text.Color = theme.TextMuted;
        midWord.Draw(canvas, x, baseline, _text);
        DrawLeft(canvas, _mid, x + midWord.Advance + 6, baseline, theme.Text);
    }

    // The alpha of the last trade's size: full for a second after it arrived, then two fading steps, then 0.
    private byte LastTradeAlpha(long frameTime)
    {
        if (!Model.HasLastTrade || Root?.Damage is not { } damage) return 0;
        var step = (frameTime - _tradeShownAt) / Math.Max(1, damage.Ticks(FadeStep));
        return step < 0 ? FadeAlpha[0] : step < FadeAlpha.Length ? FadeAlpha[step] : (byte)0;
    }

    // Asks the clock for a repaint at the next moment after `after` that a flash ends or the last trade fades a step.
    private void ScheduleRepaint(long after)
    {
        if (Root?.Damage is not { } damage) return;
        var next = long.MaxValue;
        for (var i = 0; i < _bidFlashUntil.Length; i++)
        {
            if (_bidFlashUntil[i] >= after && _bidFlashUntil[i] < next) next = _bidFlashUntil[i];
            if (_askFlashUntil[i] >= after && _askFlashUntil[i] < next) next = _askFlashUntil[i];
        }
        if (_tradeFading)
        {
            var step = damage.Ticks(FadeStep);
            var fadeNext = long.MaxValue;
            for (var k = 1; k <= FadeAlpha.Length; k++)
            {
                var at = _tradeShownAt + k * step;
                if (at >= after) { fadeNext = at; break; }
            }
            if (fadeNext == long.MaxValue) _tradeFading = false;
            else if (fadeNext < next) next = fadeNext;
        }
        if (next != long.MaxValue) InvalidatePaintAt(next);
    }

    private void SetHoverRow(int row)
    {
        if (row == _hoverRow) return;
        _hoverRow = row;
        InvalidatePaint();
    }

    private int RowAt(float y)
    {
        if (y < 0) return -1;
        var row = (int)(y / RowHeight);
        return row < Model.RowCount && (row + 1) * RowHeight <= Bounds.Height - FooterHeight ? row : -1;
    }

    private LadderColumn ColumnAt(float x)
    {
        for (var c = LadderColumn.Orders; c < LadderColumn.Last; c++)
        {
            if (x < ColumnEdges(c, Bounds.Width).Right) return c;
        }
        return LadderColumn.Last;
    }

    private void SyncGroupingChoice()
    {
        _syncingGrouping = true;
        try
        {
            _grouping.SelectedIndex = LadderModel.Groupings.IndexOf(Model.Grouping);
        }
        finally
        {
            _syncingGrouping = false;
        }
    }

    private NumericText[] NewTexts(int count)
    {
        var texts = new NumericText[count];
        for (var i = 0; i < count; i++) texts[i] = new NumericText(_font);
        return texts;
    }

    // Formats a positive size into its buffer unless the buffer already holds it (zero and less are not drawn).
    private void SetSize(NumericText text, ref long shownRaw, Quantity size)
    {
        if (size.Raw <= 0 || size.Raw == shownRaw) return;
        shownRaw = size.Raw;
        text.SetNumber(Scale(size.Raw, _sizeDecimals), _sizeDecimals);
    }

    private static long[] NewRaw(int count)
    {
        var raw = new long[count];
        Array.Fill(raw, long.MinValue);
        return raw;
    }

    private void ForgetFormatted()
    {
        Array.Fill(_priceRaw, long.MinValue);
        Array.Fill(_bidRaw, long.MinValue);
        Array.Fill(_askRaw, long.MinValue);
        Array.Fill(_ownRaw, long.MinValue);
        Array.Fill(_aheadRaw, long.MinValue);
    }

    /// <summary>
    /// InvalidateChanged repaints what a model update can change. Every row's bid size, price and ask size (and their
    /// depth bars, shading and colours) change on almost every book, so the band from the Bid column to the Ask column
    /// repaints whole, widened to wherever a size's digits reach past it now or reached at the last refresh; the
    /// footer's spread and mid too. The own-order cells and the Last cell repaint on the rows where what they show
    /// differs from what the last refresh painted there. The first refresh, one after new decimals, or one before the
    /// panel is in a window repaints everything. Anything else that changes the look (hover, drag, one-click, a flash
    /// ending, the fade, the language) repaints the whole panel itself.
    /// </summary>
    private void InvalidateChanged()
    {
        ReadOnlySpan<LadderRow> rows = Model.Rows;
        var width = Bounds.Width;
        var rowHeight = RowHeight;
        var footerTop = Bounds.Height - FooterHeight;
        var (bidLeft, bidRight) = ColumnEdges(LadderColumn.Bid, width);
        var (askLeft, askRight) = ColumnEdges(LadderColumn.Ask, width);
        // A size wider than its column draws its digits into the neighbour column (Ahead for a bid, Last for an ask).
        // Two pixels more for glyph ink outside the advances.
        var sizesLeft = bidLeft;
        var sizesRight = askRight;
        for (var i = 0; i < rows.Length; i++)
        {
            if (rows[i].BidSize.Raw > 0) sizesLeft = Math.Min(sizesLeft, bidRight - 4 - _bid[i].Width - 2);
            if (rows[i].AskSize.Raw > 0) sizesRight = Math.Max(sizesRight, askLeft + 4 + _ask[i].Width + 2);
        }
        var lastVersion = Model.LastTradeVersion;
        var damage = Root?.Damage;
        var all = _repaintAll || damage is null || !Model.HasWindow || float.IsNaN(_sizesLeftShown);
        _repaintAll = all && damage is null;
        if (all) InvalidatePaint();
        SKRect window = BoundsInWindow;
        var (ordersLeft, _) = ColumnEdges(LadderColumn.Orders, width);
        var (_, aheadRight) = ColumnEdges(LadderColumn.Ahead, width);
        var (lastLeft, lastRight) = ColumnEdges(LadderColumn.Last, width);
        // The Last cell: its column, or further left where the size's digits reach (two pixels more for glyph ink).
        var lastCellLeft = Math.Min(lastLeft, lastRight - 4 - _last.Width - 2);
        var lastCellFrom = Math.Min(lastCellLeft, float.IsNaN(_lastCellLeftShown) ? lastCellLeft : _lastCellLeftShown);
        for (var i = 0; i < rows.Length; i++)
        {
            ref readonly LadderRow row = ref rows[i];
            var own = new OwnCells(row.OwnBuyQuantity.Raw, row.OwnSellQuantity.Raw, row.HasQueueAhead ? row.QueueAhead.Raw : -1);
            var last = row.IsLastTrade
                ? new LastCell(true, Model.LastTradeSize.Raw, Model.LastTradeBuyerIsMaker, lastVersion)
                : default;
            var top = window.Top + (i * rowHeight);
            if (!all && own != _ownShown[i]) damage!.Invalidate(new SKRect(window.Left + ordersLeft, top, window.Left + aheadRight, top + rowHeight));
            // A Last cell that changed (the trade's row, and the row it left) repaints as a rectangle of its own; the
            // rows are then drawn in two clips (see OnRender), so the band need not reach over the Last column.
            if (!all && last != _lastShown[i]) damage!.Invalidate(new SKRect(window.Left + lastCellFrom, top, window.Left + lastRight, top + rowHeight));
            _ownShown[i] = own;
            _lastShown[i] = last;
        }
        _band = SKRect.Empty;
        if (!all)
        {
            // One rectangle over the Bid, Price and Ask columns of every row, so the rows draw under a rectangular
            // clip: see OnRender.
            _band = new SKRect(MathF.Floor(Math.Min(sizesLeft, _sizesLeftShown)), 0, MathF.Ceiling(Math.Max(sizesRight, _sizesRightShown)), footerTop);
            damage!.Invalidate(new SKRect(window.Left + _band.Left, window.Top, window.Left + _band.Right, window.Top + footerTop));
            damage.Invalidate(new SKRect(window.Left, window.Top + footerTop, window.Right, window.Bottom));
        }
        _sizesLeftShown = sizesLeft;
        _sizesRightShown = sizesRight;
        _lastCellLeftShown = lastCellLeft;
    }

    // What a row's Orders and Ahead cells show: own buy and sell quantity, the queue ahead (-1: none).
    private readonly record struct OwnCells(long Buy, long Sell, long Ahead);

    // What a row's Last cell shows: the last trade's size, side and version (a new trade starts its fade anew).
    private readonly record struct LastCell(bool IsLast, long Size, bool BuyerIsMaker, long Version);

    private static long Scale(long raw, int decimals)
    {
        var divisor = 1L;
        for (var d = decimals; d < 8; d++) divisor *= 10;
        return raw / divisor;
    }

    private void Fill(SKCanvas canvas, SKColor color, float x, float y, float w, float h)
    {
        _fill.Color = color;
        canvas.DrawRect(x, y, w, h, _fill);
    }

    private void DrawRight(SKCanvas canvas, NumericText text, float right, float baseline, SKColor color)
    {
        _text.Color = color;
        text.Draw(canvas, right - text.Width, baseline, _text);
    }

    private void DrawLeft(SKCanvas canvas, NumericText text, float left, float baseline, SKColor color)
    {
        _text.Color = color;
        text.Draw(canvas, left, baseline, _text);
    }

    private void DrawCentred(SKCanvas canvas, NumericText text, float left, float width, float baseline, SKColor color)
    {
        _text.Color = color;
        text.Draw(canvas, left + (width - text.Width) / 2, baseline, _text);
    }
}
