using System.Globalization;
using Skia.Toolkit.Core;
using Skia.Toolkit.Input;
using Skia.Toolkit.Widgets;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;
using Skia.Trader.Core.Symbols;
using Skia.Trader.Ui.Model;
using Skia.Trader.Ui.Text;

namespace Skia.Trader.Ui.Panels;

/// <summary>
/// TicketPanel is the order ticket over a <see cref="TicketModel"/>: BUY | SELL; LIMIT, MARKET, LIMIT_MAKER,
/// STOP_LOSS_LIMIT, TAKE_PROFIT_LIMIT; time in force; price, stop price and quantity <see cref="NumericBox"/>es on the
/// symbol's tick and step (snapped when left); the available balance, 25/50/75/100 % presets, total and estimated fee;
/// every filter checked before sending with the failing rule and the nearest valid value inline; an optional confirm
/// dialog (<see cref="ConfirmBeforeSend"/>); and a submit button that sends at most one order per press: a second
/// activation within <see cref="RepeatGuard"/> of an order (a double click, a key repeat) is ignored, by when the user
/// acted (the input event's time, <see cref="UiRoot.InputTimestamp"/>), not by when the UI thread handled it (an
/// <see cref="OrderPressGuard"/>).
/// It is inert ("waiting for the exchange") until <see cref="Bind"/> gives it a symbol.
/// </summary>
public sealed class TicketPanel
{
    /// <summary>RepeatGuard is how long after an order's activation another activation of the submit button (or a market hotkey, or a one-click ladder click) is taken for the same press, by the users' event times: the usual double-click time.</summary>
    public static readonly TimeSpan RepeatGuard = OrderPressGuard.Window;

    private const decimal RawScale = 100_000_000m;
    private readonly Stack _view = new() { Name = "ticket" };
    private readonly Label _title = new(TerminalStrings.Get("ticket.title")) { Name = "ticket-title" };
    private readonly Grid _fields = new() { Name = "ticket-fields" };
    private readonly Label _tifLabel = new(TerminalStrings.Get("ticket.time-in-force"));
    private readonly Label _priceLabel = new(TerminalStrings.Get("ticket.price"));
    private readonly Label _stopLabel = new(TerminalStrings.Get("ticket.stop-price"));
    private readonly Label _typeLabel = new(TerminalStrings.Get("ticket.type"));
    private readonly Label _quantityLabel = new(TerminalStrings.Get("ticket.quantity"));
    private readonly Button[] _presets = new Button[4];
    private static readonly int[] PresetPercents = [25, 50, 75, 100];
    private static readonly TimeInForce[] TifChoices = [TimeInForce.Gtc, TimeInForce.Ioc, TimeInForce.Fok];
    private readonly TicketBox _priceBox = new() { Name = "ticket-price", Minimum = 0, Maximum = 100_000_000m, Step = 0.01m };
    private readonly TicketBox _stopPriceBox = new() { Name = "ticket-stop-price", Minimum = 0, Maximum = 100_000_000m, Step = 0.01m };
    private readonly TicketBox _quantityBox = new() { Name = "ticket-quantity", Minimum = 0, Maximum = 100_000_000m, Step = 0.00001m };
    private long _press;
    private readonly OrderPressGuard _guard = new();
    private bool _attempted;
    private bool _syncing;
    private Dialog? _confirm;

    /// <summary>Creates an unbound ticket.</summary>
    public TicketPanel()
    {
        _view.Spacing = 6;
        _view.Margin = new Thickness(10);
        SideChoice = new SegmentedControl([TerminalStrings.Get("common.buy"), TerminalStrings.Get("common.sell")]) { Name = "ticket-side" };
        SideChoice.SetSegmentStyle(0, ButtonStyle.Positive);
        SideChoice.SetSegmentStyle(1, ButtonStyle.Negative);
        TypeChoice = new ComboBox(TicketModel.Types.Select(OrderWireNames.ToWire)) { Name = "ticket-type", SelectedIndex = 0 };
        TimeInForceChoice = new SegmentedControl(TifChoices.Select(OrderWireNames.ToWire)) { Name = "ticket-tif" };
        Available = new Label("") { Name = "ticket-available" };
        Total = new Label("") { Name = "ticket-total" };
        Fee = new Label("") { Name = "ticket-fee" };
        Problem = new Label("") { Name = "ticket-problem", Wrapping = Skia.Toolkit.Text.TextWrapping.Wrap };
        SubmitButton = new Button(TerminalStrings.Get("ticket.waiting")) { Name = "ticket-submit", Style = ButtonStyle.Positive, IsEnabled = false };

        _fields.Columns = [GridLength.Fixed(96), GridLength.Star()];
        _fields.Rows = [GridLength.Auto, GridLength.Auto, GridLength.Auto, GridLength.Auto, GridLength.Auto];
        AddRow(0, _typeLabel, TypeChoice);
        AddRow(1, _tifLabel, TimeInForceChoice);
        AddRow(2, _priceLabel, PriceBox);
        AddRow(3, _stopLabel, StopPriceBox);
        AddRow(4, _quantityLabel, QuantityBox);

        var presets = new Stack { Orientation = Orientation.Horizontal, Spacing = 6, Name = "ticket-presets" };
        for (var i = 0; i < PresetPercents.Length; i++)
        {
            var percent = PresetPercents[i];
            _presets[i] = new Button(percent.ToString(CultureInfo.InvariantCulture) + " %") { Name = "ticket-preset-" + percent.ToString(CultureInfo.InvariantCulture), IsEnabled = false };
            _presets[i].Click += (_, _) => ApplyPreset(percent);
            presets.Add(_presets[i]);
        }

        _view.Add(_title);
        _view.Add(SideChoice);
        _view.Add(_fields);
        _view.Add(Available);
        _view.Add(presets);
        _view.Add(Total);
        _view.Add(Fee);
        _view.Add(SubmitButton);
        _view.Add(Problem);
        SideChoice.SelectionChanged += (_, _) => FromWidgets();
        TypeChoice.SelectionChanged += (_, _) => FromWidgets();
        TimeInForceChoice.SelectionChanged += (_, _) => FromWidgets();
        PriceBox.TextChanged += (_, _) => FromWidgets();
        StopPriceBox.TextChanged += (_, _) => FromWidgets();
        QuantityBox.TextChanged += (_, _) => FromWidgets();
        _priceBox.Left += () => Snap(_priceBox);
        _stopPriceBox.Left += () => Snap(_stopPriceBox);
        _quantityBox.Left += () => Snap(_quantityBox);
        SubmitButton.Click += (_, _) => SubmitPress();
        // Enter in the price, stop or quantity box submits, as the button does (TERMINAL.md's hotkeys: "Enter submit").
        _priceBox.EnterPressed += SubmitPress;
        _stopPriceBox.EnterPressed += SubmitPress;
        _quantityBox.EnterPressed += SubmitPress;
        KeyboardReturn.AfterClick([SubmitButton, .. _presets]); // Space then centres the ladder; it never sends the order again
        KeyboardReturn.AfterChoice(TypeChoice); // and never reopens the order type's list
        KeyboardReturn.AfterPick(SideChoice, TimeInForceChoice); // a stray arrow key never flips the side or the time in force
        ShowFieldsFor(OrderType.Limit);
    }

    /// <summary>View is the panel's widget, to put in a layout.</summary>
    public Stack View => _view;

    /// <summary>Model is the ticket model, or null until <see cref="Bind"/>.</summary>
    public TicketModel? Model { get; private set; }

    /// <summary>SideChoice is BUY | SELL.</summary>
    public SegmentedControl SideChoice { get; }

    /// <summary>TypeChoice picks the order type (<see cref="TicketModel.Types"/>, by their exchange names).</summary>
    public ComboBox TypeChoice { get; }

    /// <summary>TimeInForceChoice is GTC | IOC | FOK; shown for the types that take one.</summary>
    public SegmentedControl TimeInForceChoice { get; }

    /// <summary>PriceBox is the limit price.</summary>
    public NumericBox PriceBox => _priceBox;

    /// <summary>StopPriceBox is the stop price of STOP_LOSS_LIMIT and TAKE_PROFIT_LIMIT.</summary>
    public NumericBox StopPriceBox => _stopPriceBox;

    /// <summary>QuantityBox is the order quantity.</summary>
    public NumericBox QuantityBox => _quantityBox;

    /// <summary>Available shows the free balance of the asset the order spends.</summary>
    public Label Available { get; }

    /// <summary>Total shows price x quantity in the quote asset.</summary>
    public Label Total { get; }

    /// <summary>Fee shows the estimated fee, the rate (maker or taker) and whether it is the account's or the default.</summary>
    public Label Fee { get; }

    /// <summary>SubmitButton sends the order (once per press).</summary>
    public Button SubmitButton { get; }

    /// <summary>Problem shows the failing rule and the nearest valid value, or nothing when the ticket is valid (a field not yet entered is said only after a press).</summary>
    public Label Problem { get; }

    /// <summary>PresetButtons are the 25/50/75/100 % buttons, in that order.</summary>
    public IReadOnlyList<Button> PresetButtons => _presets;

    /// <summary>SelectedPreset is the last preset applied (25 until one is): the size of <see cref="SubmitMarket(OrderSide)"/>.</summary>
    public int SelectedPreset { get; private set; } = 25;

    /// <summary>ConfirmBeforeSend asks in a dialog before each order is sent (off by default).</summary>
    public bool ConfirmBeforeSend { get; set; }

    /// <summary>ConfirmDialog is the confirm dialog while it is open, else null.</summary>
    public Dialog? ConfirmDialog => _confirm is { IsOpen: true } ? _confirm : null;

    /// <summary>OrderSubmitted is raised once per press with a new order that passed every check.</summary>
    public event Action<Order>? OrderSubmitted;

    /// <summary>Bind attaches the ticket to <paramref name="model"/>: the boxes take the symbol's tick and step, the form takes the model's values.</summary>
    /// <param name="model">The ticket model of the symbol.</param>
    public void Bind(TicketModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        Model = model;
        SymbolInfo symbol = model.Symbol;
        _title.Text = TerminalStrings.Get("ticket.title") + "  " + symbol.Symbol;
        _syncing = true;
        try
        {
            PriceBox.Step = ToDecimal(Math.Max(1, symbol.PriceFilter.TickSize.Raw));
            StopPriceBox.Step = PriceBox.Step;
            QuantityBox.Step = ToDecimal(Math.Max(1, symbol.LotSize.StepSize.Raw));
            SideChoice.SelectedIndex = model.Side == OrderSide.Buy ? 0 : 1;
            TypeChoice.SelectedIndex = IndexOf(TicketModel.Types, model.Type);
            TimeInForceChoice.SelectedIndex = Math.Max(0, Array.IndexOf(TifChoices, model.TimeInForce));
            PriceBox.Text = model.HasPrice ? Format(model.Price.Raw, symbol.PriceDecimals) : "";
            StopPriceBox.Text = model.HasStopPrice ? Format(model.StopPrice.Raw, symbol.PriceDecimals) : "";
            QuantityBox.Text = model.HasQuantity ? Format(model.Quantity.Raw, symbol.QuantityDecimals) : "";
        }
        finally
        {
            _syncing = false;
        }
        SubmitButton.IsEnabled = true;
        foreach (var preset in _presets) preset.IsEnabled = true;
        Refresh();
    }

    /// <summary>
    /// ApplyLanguage shows the title, the field names, BUY | SELL and the computed lines (available, total, fee, the
    /// problem, the submit caption) in the string table's selected language (a language change at run time).
    /// </summary>
    public void ApplyLanguage()
    {
        _title.Text = Model is { } model ? TerminalStrings.Get("ticket.title") + "  " + model.Symbol.Symbol : TerminalStrings.Get("ticket.title");
        _typeLabel.Text = TerminalStrings.Get("ticket.type");
        _tifLabel.Text = TerminalStrings.Get("ticket.time-in-force");
        _priceLabel.Text = TerminalStrings.Get("ticket.price");
        _stopLabel.Text = TerminalStrings.Get("ticket.stop-price");
        _quantityLabel.Text = TerminalStrings.Get("ticket.quantity");
        SideChoice.SetItem(0, TerminalStrings.Get("common.buy"));
        SideChoice.SetItem(1, TerminalStrings.Get("common.sell"));
        if (Model is null) SubmitButton.Text = TerminalStrings.Get("ticket.waiting");
        else Refresh();
    }

    /// <summary>FillPrice puts <paramref name="price"/> in the price box (a ladder click).</summary>
    /// <param name="price">The price.</param>
    public void FillPrice(Price price)
    {
        PriceBox.Text = Format(price.Raw, Model?.Symbol.PriceDecimals ?? 8);
        FromWidgets();
    }

    /// <summary>
    /// ClearEntry empties the price, stop price and quantity (Esc when no box is being edited, TERMINAL.md's "Esc clear
    /// ticket"); the side, order type and time in force stay, and no "enter a ..." is shown for the emptied fields.
    /// </summary>
    public void ClearEntry()
    {
        _attempted = false;
        PriceBox.Text = "";
        StopPriceBox.Text = "";
        QuantityBox.Text = "";
        if (Model is null) Problem.Text = "";
    }

    /// <summary>FocusSide selects BUY or SELL and puts the keyboard in the quantity box (the buy/sell focus hotkeys).</summary>
    /// <param name="side">The side.</param>
    public void FocusSide(OrderSide side)
    {
        SideChoice.SelectedIndex = side == OrderSide.Buy ? 0 : 1;
        FromWidgets();
        QuantityBox.Focus();
        QuantityBox.SelectAll(); // what is typed next replaces the last quantity ("0.0010.002" was appended before)
    }

    /// <summary>ApplyPreset sets the quantity to 25, 50, 75 or 100 % of the available balance (the preset buttons and hotkeys); false, saying why in the ticket and a toast, when the balances are not known yet or there is no price to size a buy with.</summary>
    /// <param name="percent">25, 50, 75 or 100.</param>
    public bool ApplyPreset(int percent)
    {
        if (Model is not { } model) return false;
        SelectedPreset = percent is 25 or 50 or 75 or 100 ? percent : throw new ArgumentOutOfRangeException(nameof(percent), percent, "Presets are 25, 50, 75 and 100 %.");
        FromWidgets();
        if (!model.ApplyPreset(percent))
        {
            Refresh();
            // Said, never a silent key: the balances are not known yet (not "quantity too small"), or a buy has no price to
            // be sized at (no book price yet, e.g. before the first depth snapshot, and no limit price entered).
            string reason = !model.BalancesKnown ? "ticket.balances-unknown" : model.Shape.IsPriced ? "ticket.preset-no-price" : "ticket.no-market-price";
            ShowRefusal(TerminalStrings.Get(reason));
            return false;
        }
        _syncing = true;
        try
        {
            QuantityBox.Text = Format(model.Quantity.Raw, model.Symbol.QuantityDecimals);
        }
        finally
        {
            _syncing = false;
        }
        Refresh();
        return true;
    }

    /// <summary>SubmitMarket sends a MARKET order of <paramref name="side"/> at the <see cref="SelectedPreset"/> size (the market buy/sell hotkeys).</summary>
    /// <param name="side">BUY or SELL.</param>
    public TicketSubmission SubmitMarket(OrderSide side) => SubmitMarket(side, SelectedPreset);

    /// <summary>
    /// SubmitMarket builds a MARKET order of <paramref name="side"/> at <paramref name="percent"/> % of the available balance
    /// (<see cref="TicketModel.BuildMarketOrder"/>), checks it, and raises <see cref="OrderSubmitted"/> once; within
    /// <see cref="RepeatGuard"/> of the last order (a held key) nothing is sent. A failed check is shown in <see cref="Problem"/>
    /// and as a toast. The form's own fields are not changed.
    /// </summary>
    /// <param name="side">BUY or SELL.</param>
    /// <param name="percent">25, 50, 75 or 100.</param>
    public TicketSubmission SubmitMarket(OrderSide side, int percent)
    {
        if (Model is not { } model) return default;
        TimeSpan pressed = PressTime();
        if (_guard.IsRepeat(pressed)) return new TicketSubmission(null, false, model.Check());
        TicketSubmission submission = model.BuildMarketOrder(side, percent);
        if (submission is { IsNew: true, Order: { } order })
        {
            _guard.Sent(pressed);
            OrderSubmitted?.Invoke(order);
        }
        else if (submission.Check.Message is { } message)
        {
            ShowRefusal(message);
            return submission with { RefusalShown = true };
        }
        return submission;
    }

    // A preset or market hotkey that cannot act says why, in the ticket and as a toast (the keyboard may be far from the ticket).
    private void ShowRefusal(string message)
    {
        Problem.Text = message;
        PaintProblem(true);
        PopupHost.Find(_view)?.ShowToast(message, ToastKind.Error);
    }

    /// <summary>SetBook gives the ticket the best bid and ask (each new book); the form is redrawn only when what it shows changes.</summary>
    /// <param name="bestBid">The best bid.</param>
    /// <param name="bestAsk">The best ask.</param>
    public void SetBook(Price bestBid, Price bestAsk)
    {
        if (Model is not { } model) return;
        bool takerBefore = model.IsTaker;
        if (model.SetBook(bestBid, bestAsk) && (model.Type == OrderType.Market || model.IsTaker != takerBefore)) Refresh();
    }

    /// <summary>SetBalances gives the ticket the free balances of the symbol's base and quote assets (the account's balances are then known); the form is redrawn when they changed.</summary>
    /// <param name="baseFree">The base asset's free balance.</param>
    /// <param name="quoteFree">The quote asset's free balance.</param>
    public void SetBalances(Quantity baseFree, Quantity quoteFree)
    {
        if (Model is not { } model || (model.BalancesKnown && model.BaseFree == baseFree && model.QuoteFree == quoteFree)) return;
        model.BaseFree = baseFree;
        model.QuoteFree = quoteFree;
        Refresh();
    }

    /// <summary>Refresh redraws the form from the model: fields for the type, available balance, total, fee, the problem and the submit caption.</summary>
    public void Refresh()
    {
        if (Model is not { } model) return;
        SymbolInfo symbol = model.Symbol;
        ShowFieldsFor(model.Type);
        // Grouped in thousands like the balances table and the order tables ("10,000.00 USDT"); the available balance
        // never cut (the asset's decimals at least), the total rounded to the price's decimals as before.
        int availableDecimals = model.AvailableAsset == symbol.BaseAsset ? symbol.QuantityDecimals : symbol.PriceDecimals;
        // Before the account's first balances a dash, not "0.00": the balance is not known, and a zero would be a wrong figure.
        Available.Text = model.BalancesKnown
            ? Format("ticket.available", OrderColumns.FormatAmount(model.Available.Raw, availableDecimals), model.AvailableAsset)
            : TerminalStrings.Get("ticket.available.unknown");
        // A total too large for an amount (a huge price or quantity typed) shows a dash, as the tables show no value; the
        // check below says what is wrong with the order.
        Total.Text = Format("ticket.total", model.Total is { } total ? OrderColumns.FormatRounded(total.Raw, symbol.PriceDecimals) : "-", symbol.QuoteAsset);
        Quantity rate = model.CommissionRate;
        Fee.Text = Format("ticket.fee", model.EstimatedFee?.ToString() ?? "-", symbol.QuoteAsset,
            TerminalStrings.Get(model.IsTaker ? "ticket.fee.taker" : "ticket.fee.maker"),
            Quantity.FromRaw(rate.Raw * 100).ToString(),
            TerminalStrings.Get(model.CommissionFromAccount ? "ticket.fee.account" : "ticket.fee.default"));
        bool buy = model.Side == OrderSide.Buy;
        SubmitButton.Style = buy ? ButtonStyle.Positive : ButtonStyle.Negative;
        SubmitButton.Text = Format("ticket.submit", TerminalStrings.Get(buy ? "common.buy" : "common.sell"),
            OrderWireNames.ToWire(model.Type), symbol.Symbol);
        ShowCheck(model.Check());
    }

    private void AddRow(int row, Widget label, Widget control)
    {
        label.Margin = new Thickness(0, 6, 8, 0);
        control.Margin = new Thickness(0, 0, 0, 6);
        _fields.Add(label, row, 0);
        _fields.Add(control, row, 1);
    }

    private void ShowFieldsFor(OrderType type)
    {
        OrderShape shape = OrderShapes.Of(type);
        bool price = shape.Allows(OrderParameter.Price), stop = shape.Allows(OrderParameter.StopPrice), tif = shape.Allows(OrderParameter.TimeInForce);
        _priceLabel.IsVisible = PriceBox.IsVisible = price;
        _stopLabel.IsVisible = StopPriceBox.IsVisible = stop;
        _tifLabel.IsVisible = TimeInForceChoice.IsVisible = tif;
    }

    // Reads every widget into the model (side, type, time in force, the three boxes as typed) and redraws.
    private void FromWidgets()
    {
        if (_syncing || Model is not { } model) return;
        model.Side = SideChoice.SelectedIndex == 0 ? OrderSide.Buy : OrderSide.Sell;
        model.Type = TicketModel.Types[Math.Max(0, TypeChoice.SelectedIndex)];
        if (model.UsesTimeInForce)
        {
            TimeInForce tif = TifChoices[Math.Max(0, TimeInForceChoice.SelectedIndex)];
            if (model.TimesInForce.Contains(tif)) model.TimeInForce = tif;
        }
        if (TryRead(PriceBox, out long price)) model.SetPrice(Price.FromRaw(price));
        else model.ClearPrice();
        if (TryRead(StopPriceBox, out long stop)) model.SetStopPrice(Price.FromRaw(stop));
        else model.ClearStopPrice();
        if (TryRead(QuantityBox, out long quantity)) model.SetQuantity(Quantity.FromRaw(quantity));
        else model.ClearQuantity();
        Refresh();
    }

    // A box left with a value off the grid is moved onto it (price: nearest tick; quantity: down to the step).
    private void Snap(TicketBox box)
    {
        if (Model is not { } model) return;
        FromWidgets();
        bool moved = box == _priceBox ? model.SnapPrice() : box == _stopPriceBox ? model.SnapStopPrice() : model.SnapQuantity();
        if (!moved) return;
        _syncing = true;
        try
        {
            if (box == _priceBox) box.Text = Format(model.Price.Raw, model.Symbol.PriceDecimals);
            else if (box == _stopPriceBox) box.Text = Format(model.StopPrice.Raw, model.Symbol.PriceDecimals);
            else box.Text = Format(model.Quantity.Raw, model.Symbol.QuantityDecimals);
        }
        finally
        {
            _syncing = false;
        }
        Refresh();
    }

    private void ShowCheck(TicketCheck check)
    {
        bool show = check.IsError || (_attempted && check.Problem == TicketProblem.Incomplete);
        Problem.Text = show ? check.Message ?? "" : "";
        PaintProblem(show);
    }

    private void PaintProblem(bool error) => Problem.Color = error ? (_view.Root?.Theme ?? Skia.Toolkit.Theming.Theme.Dark).Danger : null;

    private void SubmitPress()
    {
        if (Model is not { } model) return;
        TimeSpan pressed = PressTime();
        if (_guard.IsRepeat(pressed)) return; // the second click of a double click, or a key repeat: the same press
        FromWidgets();
        _attempted = true;
        TicketSubmission submission = model.Submit(++_press);
        ShowCheck(submission.Check);
        if (!submission.IsNew || submission.Order is not { } order) return;
        _guard.Sent(pressed);
        _attempted = false;
        if (!ConfirmBeforeSend || PopupHost.Find(_view) is not { } host)
        {
            OrderSubmitted?.Invoke(order);
            // Sent from a box (Enter): the keyboard goes back to the hotkeys, so B / S and the next quantity work at once.
            if (_priceBox.IsFocused || _stopPriceBox.IsFocused || _quantityBox.IsFocused) _view.Root?.ClearFocus();
            return;
        }
        string price = order.Type == OrderType.Market ? TerminalStrings.Get("ticket.confirm.market") : order.Price.ToString("F" + model.Symbol.PriceDecimals, null);
        _confirm = new Dialog(TerminalStrings.Get("ticket.confirm.title"), Format("ticket.confirm.body",
            TerminalStrings.Get(order.Side == OrderSide.Buy ? "common.buy" : "common.sell"), OrderWireNames.ToWire(order.Type),
            order.Quantity.ToString(), order.Symbol, price))
        { Name = "ticket-confirm" };
        _confirm.OkButton.Text = TerminalStrings.Get("ticket.confirm.send");
        _confirm.CancelButton.Text = TerminalStrings.Get("ticket.confirm.back");
        Dialog dialog = _confirm;
        dialog.Closed += (_, _) =>
        {
            if (dialog.Result == DialogResult.Ok) OrderSubmitted?.Invoke(order);
        };
        dialog.ShowModal(host, SubmitButton);
    }

    /// <summary>
    /// AcceptOrderPress is the repeat guard for an order another control sends (a one-click ladder click): true when the
    /// input event being handled is a new press, which is then recorded as the last order's; false when it is the same
    /// press as the last order (within <see cref="RepeatGuard"/> of it by the user's event times), so nothing is sent.
    /// </summary>
    public bool AcceptOrderPress()
    {
        TimeSpan pressed = PressTime();
        if (_guard.IsRepeat(pressed)) return false;
        _guard.Sent(pressed);
        return true;
    }

    // When the user acted for the activation being handled: the input event's time (the X server's in a real window),
    // not the time now, which a busy or starved UI thread makes late. Unattached (no window, no input): the time now.
    private TimeSpan PressTime() => _view.Root is { } root ? root.InputTimestamp : TimeProvider.System.GetElapsedTime(0);

    // The box's text as typed, on or off the grid (the model says what is wrong with it); false when empty or not a number.
    private static bool TryRead(NumericBox box, out long raw)
    {
        raw = 0;
        string text = box.Text.Trim();
        if (text.Length == 0 || !Quantity.TryParse(text.AsSpan(), out Quantity value)) return false;
        raw = value.Raw;
        return true;
    }

    private static int IndexOf(IReadOnlyList<OrderType> types, OrderType type)
    {
        for (var i = 0; i < types.Count; i++)
            if (types[i] == type) return i;
        return 0;
    }

    private static string Format(long raw, int decimals) => (raw / RawScale).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static string Format(string key, params object[] args) => string.Format(CultureInfo.InvariantCulture, TerminalStrings.Get(key), args);

    private static decimal ToDecimal(long raw) => raw / RawScale;

    /// <summary>TicketBox is a <see cref="NumericBox"/> that says when it loses the keyboard, so the ticket snaps what was typed onto the grid, and when Enter is pressed in it (submit).</summary>
    private sealed class TicketBox : NumericBox
    {
        /// <summary>Left is raised after the box lost the keyboard focus.</summary>
        public event Action? Left;

        /// <summary>EnterPressed is raised when Enter goes down in the box (once per press: a held Enter's auto-repeats are not).</summary>
        public event Action? EnterPressed;

        /// <summary>
        /// OnKeyDown takes Enter (no modifiers) for the ticket; Escape leaves the box (what was typed stays), giving the
        /// keyboard back to the hotkeys, and closes the topmost popup, if any; it goes no further, so only an Escape
        /// pressed with no box being edited clears the ticket (the window's unhandled Escape); other keys edit and step
        /// as in any NumericBox.
        /// </summary>
        protected override void OnKeyDown(KeyEventArgs e)
        {
            ArgumentNullException.ThrowIfNull(e);
            if (e.Modifiers == KeyModifiers.None && e.Key is Key.Enter or Key.NumPadEnter)
            {
                e.Handled = true;
                if (!e.IsRepeat) EnterPressed?.Invoke();
                return;
            }
            if (e.Modifiers == KeyModifiers.None && e.Key == Key.Escape && IsFocused)
            {
                e.Handled = true;
                Root?.ClearFocus();
                PopupHost.Find(this)?.CloseTopmost();
                return;
            }
            base.OnKeyDown(e);
        }

        /// <summary>OnLostFocus formats the value, then raises <see cref="Left"/>.</summary>
        protected override void OnLostFocus()
        {
            base.OnLostFocus();
            Left?.Invoke();
        }
    }
}
