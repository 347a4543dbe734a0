using Skia.Toolkit.Core;
using Skia.Toolkit.Widgets;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;
using Skia.Trader.Core.Symbols;
using Skia.Trader.Ui.Model;

namespace Skia.Trader.Ui.Panels;

/// <summary>
/// TicketPanel is the order ticket over a <see cref="TicketModel"/>: BUY | SELL, LIMIT | MARKET, price and quantity
/// <see cref="NumericBox"/>es on the symbol's tick and step, a submit button that builds at most one order per press,
/// and the failing filter shown inline. It is inert ("waiting for the exchange") until <see cref="Bind"/> gives it a symbol.
/// </summary>
public sealed class TicketPanel
{
    private readonly Stack _view = new() { Name = "ticket" };

    /// <summary>View is the panel's widget, to put in a layout.</summary>
    public Stack View => _view;

    private static readonly OrderType[] TypeChoices = [OrderType.Limit, OrderType.Market];
    private readonly Label _title = new("Order ticket") { Name = "ticket-title" };
    private readonly TimeProvider _time;
    private long _press;
    private long _lastSentAt;
    private (OrderSide, OrderType, Price, Quantity) _lastSent;

    /// <summary>
    /// RepeatPressWindow is how soon after a press that sent an order a press for the same order counts as the second
    /// half of a double click and sends nothing (500 ms: the usual desktop double-click time).
    /// </summary>
    public static readonly TimeSpan RepeatPressWindow = TimeSpan.FromMilliseconds(500);

    /// <summary>Creates an unbound ticket.</summary>
    /// <param name="time">The clock that tells a double click from two presses (the system's when null).</param>
    public TicketPanel(TimeProvider? time = null)
    {
        _time = time ?? TimeProvider.System;
        _view.Spacing = 8;
        _view.Margin = new Thickness(10);
        SideChoice = new SegmentedControl(["BUY", "SELL"]) { Name = "ticket-side" };
        SideChoice.SetSegmentStyle(0, ButtonStyle.Positive);
        SideChoice.SetSegmentStyle(1, ButtonStyle.Negative);
        TypeChoice = new SegmentedControl(["LIMIT", "MARKET"]) { Name = "ticket-type" };
        PriceBox = new NumericBox { Name = "ticket-price", Minimum = 0, Maximum = 100_000_000m, Step = 0.01m };
        QuantityBox = new NumericBox { Name = "ticket-quantity", Minimum = 0, Maximum = 100_000_000m, Step = 0.00001m };
        SubmitButton = new Button("Waiting for the exchange") { Name = "ticket-submit", Style = ButtonStyle.Primary };
        Problem = new Label("") { Name = "ticket-problem" };
        _view.Add(_title);
        _view.Add(SideChoice);
        _view.Add(TypeChoice);
        _view.Add(new Label("Price"));
        _view.Add(PriceBox);
        _view.Add(new Label("Quantity"));
        _view.Add(QuantityBox);
        _view.Add(SubmitButton);
        _view.Add(Problem);
        SideChoice.SelectionChanged += (_, _) => SyncFromWidgets();
        TypeChoice.SelectionChanged += (_, _) => SyncFromWidgets();
        PriceBox.ValueChanged += (_, _) => SyncFromWidgets();
        QuantityBox.ValueChanged += (_, _) => SyncFromWidgets();
        SubmitButton.Click += (_, _) => SubmitPress();
    }

    /// <summary>Model is the ticket model, or null until <see cref="Bind"/>.</summary>
    public TicketModel? Model { get; private set; }

    /// <summary>SideChoice is BUY | SELL.</summary>
    public SegmentedControl SideChoice { get; }

    /// <summary>TypeChoice is LIMIT | MARKET.</summary>
    public SegmentedControl TypeChoice { get; }

    /// <summary>PriceBox is the limit price.</summary>
    public NumericBox PriceBox { get; }

    /// <summary>QuantityBox is the order quantity.</summary>
    public NumericBox QuantityBox { get; }

    /// <summary>SubmitButton sends the order (once per press).</summary>
    public Button SubmitButton { get; }

    /// <summary>Problem shows the failing rule and the nearest valid value, or nothing when the ticket is valid.</summary>
    public Label Problem { get; }

    /// <summary>OrderSubmitted is raised once per press with a new order that passed every filter.</summary>
    public event Action<Order>? OrderSubmitted;

    /// <summary>Bind attaches the ticket to <paramref name="model"/>: the boxes take the symbol's tick and step.</summary>
    /// <param name="model">The ticket model of the symbol.</param>
    public void Bind(TicketModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        Model = model;
        SymbolInfo symbol = model.Symbol;
        _title.Text = "Order ticket  " + symbol.Symbol;
        PriceBox.Step = ToDecimal(symbol.PriceFilter.TickSize.Raw);
        QuantityBox.Step = ToDecimal(symbol.LotSize.StepSize.Raw);
        SubmitButton.Text = "Place order";
        SyncFromWidgets();
    }

    /// <summary>FillPrice puts <paramref name="price"/> in the price box (a ladder click).</summary>
    /// <param name="price">The price.</param>
    public void FillPrice(Price price)
    {
        PriceBox.Value = ToDecimal(price.Raw);
        SyncFromWidgets();
    }

    private void SyncFromWidgets()
    {
        if (Model is not { } model) return;
        model.Side = SideChoice.SelectedIndex == 0 ? OrderSide.Buy : OrderSide.Sell;
        model.Type = TypeChoices[TypeChoice.SelectedIndex];
        if (PriceBox.Value is { } p) model.SetPrice(Price.FromRaw(decimal.ToInt64(p * 100_000_000m)));
        if (QuantityBox.Value is { } q) model.SetQuantity(Quantity.FromRaw(decimal.ToInt64(q * 100_000_000m)));
        PriceBox.IsEnabled = model.UsesPrice;
        ShowCheck(model.Check());
    }

    private void ShowCheck(TicketCheck check) => Problem.Text = check.IsValid ? "" : check.Message ?? check.Problem.ToString();

    private void SubmitPress()
    {
        if (Model is not { } model) return;
        SyncFromWidgets();
        if (PriceBox.Value is null && model.UsesPrice) { Problem.Text = "Enter a price on the tick grid."; return; }
        if (QuantityBox.Value is null) { Problem.Text = "Enter a quantity on the step grid."; return; }
        // A double click is two presses: the second, for the same order and within the double-click time, sends nothing.
        var now = _time.GetTimestamp();
        var content = (model.Side, model.Type, model.Price, model.Quantity);
        if (_lastSentAt != 0 && content == _lastSent && _time.GetElapsedTime(_lastSentAt, now) < RepeatPressWindow)
        {
            Problem.Text = "Pressed twice: one order sent. Press again to send another.";
            return;
        }
        TicketSubmission submission = model.Submit(++_press);
        ShowCheck(submission.Check);
        if (submission.IsNew && submission.Order is { } order)
        {
            _lastSentAt = now;
            _lastSent = content;
            OrderSubmitted?.Invoke(order);
        }
    }

    private static decimal ToDecimal(long raw) => raw / 100_000_000m;
}
