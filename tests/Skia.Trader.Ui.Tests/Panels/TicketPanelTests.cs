using Skia.Toolkit.Input;
using Skia.Toolkit.Testing;
using Skia.Toolkit.Theming;
using Skia.Toolkit.Widgets;
using Skia.Trader.Core.Orders;
using Skia.Trader.Ui.Model;
using Skia.Trader.Ui.Panels;
using SkiaSharp;
using static Skia.Trader.Ui.Tests.Panels.Fixtures;

namespace Skia.Trader.Ui.Tests.Panels;

/// <summary>The order ticket in a headless window, driven with the pointer and keyboard like a user.</summary>
[Collection(Model.LanguageCollection.Name)] // the golden selects Chinese on the shared string table
public sealed class TicketPanelTests : IDisposable
{
    private readonly TicketPanel _panel = new();
    private readonly TestWindow _window;
    private readonly ManualClock _clock = new();
    private readonly List<Order> _sent = [];
    private int _ids;

    public TicketPanelTests()
    {
        _window = new TestWindow(new PopupHost(_panel.View), 380, 640);
        _window.Root.Damage.Time = _clock;
        var model = new TicketModel(Btc, () => "t-" + (++_ids)) { QuoteFree = Q("10000"), BaseFree = Q("0.5") };
        model.SetBook(P("59990"), P("60010"));
        _panel.Bind(model);
        _panel.OrderSubmitted += _sent.Add;
        _window.RenderFrame();
    }

    public void Dispose() => _window.Dispose();

    private void Enter(NumericBox box, string text)
    {
        _window.Click(box);
        _window.Type(text);
    }

    [Theory]
    [InlineData("1e30")]
    [InlineData("-0")]
    [InlineData("-0.01")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("0.00000000000000000000000000000000000000000000000001")]
    [InlineData("79228162514264337593543950336")]
    [InlineData("1 000")]
    [InlineData("1,000.5")]
    [InlineData("0x10")]
    [InlineData("٣")]
    public void Absurd_text_in_the_quantity_or_the_price_sends_nothing_and_says_why(string text)
    {
        Enter(_panel.PriceBox, "59000");
        Enter(_panel.QuantityBox, text);
        _window.Click(_panel.SubmitButton);
        Assert.Empty(_sent);
        Assert.NotEqual("", _panel.Problem.Text);

        _window.EventTime = TimeSpan.FromSeconds(5);
        _panel.QuantityBox.Text = "";
        _panel.PriceBox.Text = "";
        Enter(_panel.QuantityBox, "0.01");
        Enter(_panel.PriceBox, text);
        _window.Click(_panel.SubmitButton);
        Assert.Empty(_sent);
        Assert.NotEqual("", _panel.Problem.Text);
    }

    [Theory]
    [InlineData("0.00000001", "1", false)]
    [InlineData("92233720368", "1000", false)]
    [InlineData("59000", "99999999", true)]
    public void A_price_and_quantity_whose_value_overflows_an_amount_is_refused_not_a_crash(string price, string quantity, bool totalOverflows)
    {
        Enter(_panel.PriceBox, price);
        _window.Click(_panel.PresetButtons[3]); // 100 % of 10,000 USDT at that price: at 0.00000001, more than a quantity holds
        _panel.QuantityBox.Text = "";
        Enter(_panel.QuantityBox, quantity);
        if (totalOverflows) Assert.Equal(("Total - USDT", "Est. fee - USDT (maker 0.1 %, default rate)"), (_panel.Total.Text, _panel.Fee.Text));
        _window.Click(_panel.SubmitButton);
        Assert.Empty(_sent);
        Assert.NotEqual("", _panel.Problem.Text);
    }

    [Fact]
    public void Pasted_text_with_spaces_around_the_number_is_one_order_and_pasted_words_are_none()
    {
        _window.Root.Clipboard.SetText("  0.01 \n");
        Enter(_panel.PriceBox, "59000");
        _window.Click(_panel.QuantityBox);
        _window.KeyPress(Key.V, KeyModifiers.Control);
        _window.Click(_panel.SubmitButton);
        Order order = Assert.Single(_sent);
        Assert.Equal(Q("0.01"), order.Quantity);

        _window.EventTime = TimeSpan.FromSeconds(5);
        _window.Root.Clipboard.SetText("buy 1 BTC please");
        _panel.QuantityBox.Text = "";
        _window.Click(_panel.QuantityBox);
        _window.KeyPress(Key.V, KeyModifiers.Control);
        _window.Click(_panel.SubmitButton);
        Assert.Single(_sent);
        Assert.NotEqual("", _panel.Problem.Text);
    }

    [Fact]
    public void Space_or_enter_after_a_click_on_submit_or_a_preset_sends_nothing_more()
    {
        // Under Xvfb: a click on "BUY LIMIT", then Space a second later (the hotkey that centres the ladder) sent the same
        // order again, and again on each Space: the clicked button kept the keyboard and Space clicked it.
        Enter(_panel.PriceBox, "59000");
        Enter(_panel.QuantityBox, "0.01");
        _window.EventTime = TimeSpan.FromSeconds(10);
        _window.Click(_panel.SubmitButton);
        Assert.Single(_sent);
        Assert.False(_panel.SubmitButton.IsFocused, "the submit button gave the keyboard back");
        _window.Click(_panel.PresetButtons[0]);
        Assert.All(_panel.PresetButtons, b => Assert.False(b.IsFocused));
        for (var i = 1; i <= 3; i++)
        {
            _window.EventTime = TimeSpan.FromSeconds(10 + i);
            _window.KeyPress(Key.Space);
            _window.EventTime = TimeSpan.FromSeconds(10.5 + i);
            _window.KeyPress(Key.Enter);
        }
        Assert.Single(_sent);
    }

    [Fact]
    public void A_double_click_on_submit_sends_one_order_and_a_later_press_sends_another()
    {
        Enter(_panel.PriceBox, "59000");
        Enter(_panel.QuantityBox, "0.01");

        _window.EventTime = TimeSpan.FromSeconds(10);
        _window.Click(_panel.SubmitButton);
        // The second click of a double click, 100 ms later by the user's clock, but handled 700 ms later by a starved
        // UI thread: the guard goes by when the user clicked, so it is the same press.
        _clock.Advance(TimeSpan.FromMilliseconds(700));
        _window.EventTime = TimeSpan.FromSeconds(10.1);
        _window.Click(_panel.SubmitButton);
        Order first = Assert.Single(_sent);
        Assert.Equal(P("59000"), first.Price);
        Assert.Equal(Q("0.01"), first.Quantity);
        Assert.Equal(OrderSide.Buy, first.Side);
        _window.EventTime = TimeSpan.FromSeconds(10.2);
        _window.KeyPress(Key.Enter); // a key repeat on the focused button: still the same press
        Assert.Single(_sent);

        _window.EventTime = TimeSpan.FromSeconds(10) + TicketPanel.RepeatGuard; // a deliberate new press, handled at once
        _window.Click(_panel.SubmitButton);
        Assert.Equal(2, _sent.Count);
        Assert.NotEqual(first.ClientOrderId, _sent[1].ClientOrderId);
    }

    [Fact]
    public void Two_presses_the_user_made_apart_send_two_orders_even_when_a_busy_ui_thread_handles_them_together()
    {
        Enter(_panel.PriceBox, "59000");
        Enter(_panel.QuantityBox, "0.01");

        // Both clicks queued while the UI thread was busy: handled in the same instant (the clock does not move), made
        // 700 ms apart by the user. Two presses, two orders.
        _window.EventTime = TimeSpan.FromSeconds(20);
        _window.Click(_panel.SubmitButton);
        _window.EventTime = TimeSpan.FromSeconds(20.7);
        _window.Click(_panel.SubmitButton);
        Assert.Equal(2, _sent.Count);
    }

    [Fact]
    public void An_empty_ticket_shows_no_error_until_the_user_presses_submit()
    {
        Assert.Equal("", _panel.Problem.Text);
        Assert.DoesNotContain("Missing", _window.ToMarkup(), StringComparison.Ordinal);
        _window.Click(_panel.SubmitButton);
        Assert.Empty(_sent);
        Assert.Equal("Enter a price.", _panel.Problem.Text);
        Enter(_panel.PriceBox, "59000");
        Assert.Equal("Enter a quantity.", _panel.Problem.Text); // after a press, the form says what is still missing
        _window.Click(_panel.SubmitButton);
        Assert.Equal("Enter a quantity.", _panel.Problem.Text);
        Assert.Empty(_sent);
    }

    [Fact]
    public void A_price_off_the_tick_shows_the_rule_and_the_nearest_tick_and_snaps_to_it_when_the_box_is_left()
    {
        Enter(_panel.PriceBox, "60000.017");
        Assert.Equal("PRICE_FILTER: price not on the tick 0.01. Nearest valid price 60000.02.", _panel.Problem.Text);
        _window.Click(_panel.SubmitButton);
        Assert.Empty(_sent); // nothing is sent while a box holds an invalid value

        _window.Click(_panel.QuantityBox); // leaving the price box
        Assert.Equal("60000.02", _panel.PriceBox.Text);
        _window.Type("0.000106");
        Assert.Equal("LOT_SIZE: quantity not on the step 0.00001. Nearest valid quantity 0.00011.", _panel.Problem.Text);
        _window.Click(_panel.PriceBox);
        Assert.Equal("0.00011", _panel.QuantityBox.Text);
        Assert.Equal("", _panel.Problem.Text);
    }

    [Fact]
    public void Too_small_an_order_and_too_large_a_one_say_the_rule_and_the_nearest_valid_quantity()
    {
        Enter(_panel.PriceBox, "100");
        Enter(_panel.QuantityBox, "0.01");
        Assert.Equal("NOTIONAL: order value below the minimum 5 USDT. Nearest valid quantity 0.05000.", _panel.Problem.Text);
        _panel.QuantityBox.Text = "200";
        Assert.Equal("Not enough USDT: available 10000. Nearest valid quantity 100.00000.", _panel.Problem.Text);
        _window.Click(_panel.SubmitButton);
        Assert.Empty(_sent);
    }

    [Fact]
    public void Presets_size_the_quantity_from_the_available_balance_of_the_side()
    {
        Assert.Equal("Available 10,000.00 USDT", _panel.Available.Text); // grouped, with the quote's (price) decimals, as the balances tab
        Enter(_panel.PriceBox, "60000");
        _window.Click(_panel.PresetButtons[0]);
        Assert.Equal("0.04166", _panel.QuantityBox.Text); // 25 % of 10000 USDT at 60000, down to the step
        Assert.Equal("Total 2,499.60 USDT", _panel.Total.Text);
        Assert.Equal("Est. fee 2.4996 USDT (maker 0.1 %, default rate)", _panel.Fee.Text);

        _panel.SideChoice.SelectedIndex = 1;
        Assert.Equal("Available 0.50000 BTC", _panel.Available.Text); // the base asset's (step) decimals
        Assert.True(_panel.ApplyPreset(100));
        Assert.Equal("0.50000", _panel.QuantityBox.Text);
        Assert.Equal("SELL LIMIT BTCUSDT", _panel.SubmitButton.Text);
        Assert.Equal(100, _panel.SelectedPreset);
    }

    [Fact]
    public void Before_the_accounts_balances_arrive_the_ticket_says_it_does_not_know_them_and_refuses_to_size_from_them()
    {
        var panel = new TicketPanel();
        using var window = new TestWindow(new PopupHost(panel.View), 380, 640);
        var sent = new List<Order>();
        panel.OrderSubmitted += sent.Add;
        var model = new TicketModel(Btc, () => "u-1");
        model.SetBook(P("59990"), P("60010"));
        panel.Bind(model);
        window.RenderFrame();
        Assert.Equal("Available —", panel.Available.Text); // not "Available 0.00 USDT": a zero balance would be a wrong figure

        window.Click(panel.PresetButtons[0]);
        Assert.Equal("", panel.QuantityBox.Text);
        Assert.Equal("Balances not loaded yet.", panel.Problem.Text); // not "quantity too small"
        TicketSubmission market = panel.SubmitMarket(OrderSide.Buy);
        Assert.Null(market.Order);
        Assert.Equal(TicketProblem.BalancesUnknown, market.Check.Problem);
        Assert.Equal("Balances not loaded yet.", panel.Problem.Text);
        Assert.Empty(sent);

        panel.SetBalances(Q("0"), Q("0")); // the account read: nothing free is now a known zero
        Assert.Equal("Available 0.00 USDT", panel.Available.Text);
        panel.SetBalances(Q("0.5"), Q("10000"));
        Assert.Equal("Available 10,000.00 USDT", panel.Available.Text);
        window.EventTime = TimeSpan.FromSeconds(10);
        Assert.True(panel.SubmitMarket(OrderSide.Buy).IsNew);
        Assert.Equal(Q("0.04165"), Assert.Single(sent).Quantity); // 25 % of 10000 USDT at the best ask 60010
    }

    [Fact]
    public void Without_a_book_price_a_buy_preset_and_a_market_order_say_why_and_send_nothing()
    {
        // Before the first depth snapshot (or on an empty book) a click on 25 % did nothing at all: nothing to size a buy at.
        var panel = new TicketPanel();
        var host = new PopupHost(panel.View);
        using var window = new TestWindow(host, 380, 640);
        var sent = new List<Order>();
        panel.OrderSubmitted += sent.Add;
        panel.Bind(new TicketModel(Btc, () => "u-1") { QuoteFree = Q("10000"), BaseFree = Q("0.5") }); // balances, no book
        window.RenderFrame();

        window.Click(panel.PresetButtons[0]);
        const string NoPrice = "No price to size the order yet: enter a price or wait for the book.";
        Assert.Equal("", panel.QuantityBox.Text);
        Assert.Equal(NoPrice, panel.Problem.Text);
        Assert.Contains(NoPrice, host.Toasts.Select(t => t.Message)); // the keyboard may be far from the ticket

        panel.TypeChoice.SelectedIndex = 1; // MARKET: no price box to fill
        Assert.False(panel.ApplyPreset(50));
        Assert.Equal("No market price yet.", panel.Problem.Text);
        window.EventTime = TimeSpan.FromSeconds(10);
        TicketSubmission refused = panel.SubmitMarket(OrderSide.Buy);
        Assert.Null(refused.Order);
        Assert.True(refused.RefusalShown);
        Assert.Empty(sent);

        panel.SideChoice.SelectedIndex = 1; // a sell is sized from the base asset: no price needed
        Assert.True(panel.ApplyPreset(100));
        Assert.Equal("0.50000", panel.QuantityBox.Text);
    }

    [Fact]
    public void The_order_type_shows_only_the_fields_it_takes_and_a_stop_limit_is_sent_with_its_stop_price()
    {
        _panel.TypeChoice.SelectedIndex = 1; // MARKET
        Assert.False(_panel.PriceBox.IsVisible);
        Assert.False(_panel.TimeInForceChoice.IsVisible);
        _panel.TypeChoice.SelectedIndex = 2; // LIMIT_MAKER
        Assert.True(_panel.PriceBox.IsVisible);
        Assert.False(_panel.TimeInForceChoice.IsVisible);
        _panel.TypeChoice.SelectedIndex = 3; // STOP_LOSS_LIMIT
        Assert.True(_panel.StopPriceBox.IsVisible);
        Assert.True(_panel.TimeInForceChoice.IsVisible);
        _panel.TimeInForceChoice.SelectedIndex = 1; // IOC
        _window.RenderFrame();
        Enter(_panel.PriceBox, "61000");
        Enter(_panel.StopPriceBox, "60900");
        Enter(_panel.QuantityBox, "0.01");
        _window.Click(_panel.SubmitButton);
        Order order = Assert.Single(_sent);
        Assert.Equal(OrderType.StopLossLimit, order.Type);
        Assert.Equal(TimeInForce.Ioc, order.TimeInForce);
        Assert.Equal(P("60900"), order.StopPrice);
        Assert.Equal(P("61000"), order.Price);
    }

    [Fact]
    public void Enter_in_a_box_submits_once_per_press_and_a_held_enter_never_confirms_the_dialog_it_opened()
    {
        // TERMINAL.md's hotkeys: "Enter submit". Typing a quantity and pressing Enter did nothing.
        Enter(_panel.PriceBox, "59000");
        Enter(_panel.QuantityBox, "0.01");
        _window.EventTime = TimeSpan.FromSeconds(10);
        _window.KeyHold(Key.Enter, KeyModifiers.None, repeats: 40, TimeSpan.FromMilliseconds(33)); // 1.3 s held
        Order order = Assert.Single(_sent);
        Assert.Equal(P("59000"), order.Price);
        Assert.Equal(Q("0.01"), order.Quantity);

        // With confirmation on, the press opens the dialog (its OK button has the keyboard): the same Enter, held, must
        // not answer it; a new press does.
        _panel.ConfirmBeforeSend = true;
        Assert.False(_panel.QuantityBox.IsFocused); // sent: the keyboard went back to the hotkeys
        _window.Click(_panel.QuantityBox);
        _window.EventTime = TimeSpan.FromSeconds(20);
        _window.KeyHold(Key.Enter, KeyModifiers.None, repeats: 40, TimeSpan.FromMilliseconds(33));
        Assert.NotNull(_panel.ConfirmDialog);
        Assert.Single(_sent);
        _window.EventTime = TimeSpan.FromSeconds(22);
        _window.KeyPress(Key.Enter);
        Assert.Null(_panel.ConfirmDialog);
        Assert.Equal(2, _sent.Count);
    }

    [Fact]
    public void B_a_quantity_and_enter_twice_in_a_row_place_two_orders_of_the_quantities_typed()
    {
        // Under Xvfb: B, 0.001, Enter placed one order; B, 0.002, Enter then typed "b" and "0.002" after "0.001" in the
        // box (it kept the keyboard, and B did not select the old quantity) and sent nothing.
        _window.Root.Hotkeys.Register(new Hotkey(Key.B), "buy side", () =>
        {
            if (_window.Root.FocusedWidget is not TextBox) _panel.FocusSide(OrderSide.Buy);
        });
        Enter(_panel.PriceBox, "59000");
        _window.Root.ClearFocus();
        foreach (var (quantity, second) in new[] { ("0.001", 10), ("0.002", 12) })
        {
            _window.EventTime = TimeSpan.FromSeconds(second);
            _window.KeyPress(Key.B);
            Assert.True(_panel.QuantityBox.IsFocused);
            _window.Type(quantity);
            _window.KeyPress(Key.Enter);
        }
        Assert.Equal([Q("0.001"), Q("0.002")], _sent.Select(o => o.Quantity));
        Assert.All(_sent, o => Assert.Equal(OrderSide.Buy, o.Side));
        Assert.False(_panel.QuantityBox.IsFocused, "after Enter sent the order the keyboard is the hotkeys' again");
    }

    [Fact]
    public void Escape_leaves_a_box_with_what_was_typed_so_the_hotkeys_work_again()
    {
        // Under Xvfb: once the caret was in the quantity box, S, B and Space typed into it (hotkeys do not fire while a
        // box is edited) and nothing but a click on another control gave the keyboard back.
        var fired = 0;
        _window.Root.Hotkeys.Register(new Hotkey(Key.S), "sell side", () => fired++);
        Enter(_panel.PriceBox, "59000");
        Enter(_panel.QuantityBox, "0.01");
        Assert.True(_panel.QuantityBox.IsFocused);
        _window.KeyPress(Key.Escape);
        Assert.False(_panel.QuantityBox.IsFocused);
        Assert.Equal("0.01000", _panel.QuantityBox.Text); // kept, written on the step as on leaving any box
        Assert.Equal("59000.00", _panel.PriceBox.Text);
        _window.KeyPress(Key.S);
        Assert.Equal(1, fired);
        Assert.Empty(_sent);
    }

    [Fact]
    public void Escape_in_a_box_goes_no_further_than_leaving_it_and_clear_entry_empties_the_values_but_keeps_side_and_type()
    {
        var windowEscapes = 0;
        _window.Root.EscapePressed += (_, _) => windowEscapes++; // what the shell clears the ticket on
        _panel.SideChoice.SelectedIndex = 1;
        _panel.TypeChoice.SelectedIndex = 4; // TAKE_PROFIT_LIMIT
        Enter(_panel.PriceBox, "59000");
        Enter(_panel.StopPriceBox, "59500");
        Enter(_panel.QuantityBox, "0.01");
        _window.KeyPress(Key.Escape);
        Assert.False(_panel.QuantityBox.IsFocused);
        Assert.Equal(0, windowEscapes); // the Escape that left the box does not also clear the ticket
        Assert.Equal("0.01000", _panel.QuantityBox.Text);
        _window.KeyPress(Key.Escape); // no box being edited
        Assert.Equal(1, windowEscapes);

        _panel.QuantityBox.Text = "";
        _window.Click(_panel.SubmitButton); // a failed press: the problem says what is missing ...
        Assert.Equal("Enter a quantity.", _panel.Problem.Text);
        _panel.ClearEntry();
        Assert.Equal(("", "", ""), (_panel.PriceBox.Text, _panel.StopPriceBox.Text, _panel.QuantityBox.Text));
        Assert.Equal("", _panel.Problem.Text); // ... but a cleared ticket starts afresh, not in red
        Assert.Equal((OrderSide.Sell, OrderType.TakeProfitLimit), (_panel.Model!.Side, _panel.Model.Type));
        Assert.False(_panel.Model.HasPrice || _panel.Model.HasStopPrice || _panel.Model.HasQuantity);
        Assert.Empty(_sent);
    }

    [Fact]
    public void After_the_order_type_is_chosen_with_the_mouse_space_is_the_hotkeys_again_not_the_lists()
    {
        // Under Xvfb: a click on the order type kept the keyboard in it, and Space (centre the ladder) opened its list.
        var centred = 0;
        _window.Root.Hotkeys.Register(new Hotkey(Key.Space), "centre the ladder", () => centred++);
        _window.Click(_panel.TypeChoice);
        Assert.True(_panel.TypeChoice.IsDropDownOpen);
        var list = _panel.TypeChoice.DropDown!.BoundsInWindow;
        _window.Click(new SKPoint(list.MidX, list.Top + 4 + (1.5f * 22))); // the second item: MARKET
        Assert.Equal(OrderType.Market, _panel.Model!.Type);
        Assert.False(_panel.TypeChoice.IsFocused);
        _window.KeyPress(Key.Space);
        Assert.Equal(1, centred);
        Assert.False(_panel.TypeChoice.IsDropDownOpen);

        _window.Click(_panel.TypeChoice); // opened, then closed by Escape without a choice
        _window.KeyPress(Key.Escape);
        Assert.False(_panel.TypeChoice.IsDropDownOpen);
        _window.KeyPress(Key.Space);
        Assert.Equal(2, centred);
        Assert.Equal(OrderType.Market, _panel.Model.Type);
        Assert.Empty(_sent);
    }

    [Fact]
    public void After_a_click_on_sell_or_a_time_in_force_a_stray_arrow_key_changes_neither_but_tab_then_arrows_still_do()
    {
        // A click on SELL kept the keyboard in BUY | SELL, and a stray Left (or Home) then flipped the ticket back to BUY unseen.
        var side = _panel.SideChoice.BoundsInWindow;
        _window.Click(new SKPoint(side.Left + (side.Width * 0.75f), side.MidY)); // SELL
        Assert.Equal(OrderSide.Sell, _panel.Model!.Side);
        Assert.False(_panel.SideChoice.IsFocused, "BUY | SELL gave the keyboard back");
        _window.KeyPress(Key.Left);
        _window.KeyPress(Key.Home);
        Assert.Equal(1, _panel.SideChoice.SelectedIndex);
        Assert.Equal(OrderSide.Sell, _panel.Model.Side);

        var tif = _panel.TimeInForceChoice.BoundsInWindow;
        _window.Click(new SKPoint(tif.Left + (tif.Width * 0.5f), tif.MidY)); // the middle one of GTC | IOC | FOK
        Assert.Equal(TimeInForce.Ioc, _panel.Model.TimeInForce);
        _window.KeyPress(Key.End);
        _window.KeyPress(Key.Right);
        Assert.Equal(TimeInForce.Ioc, _panel.Model.TimeInForce);

        // Reached with Tab, the control keeps the keyboard and its arrows move the choice.
        for (var i = 0; i < 20 && !_panel.SideChoice.IsFocused; i++) _window.KeyPress(Key.Tab);
        Assert.True(_panel.SideChoice.IsFocused);
        _window.KeyPress(Key.Left);
        Assert.Equal(OrderSide.Buy, _panel.Model.Side);
        _window.KeyPress(Key.Right);
        Assert.Equal(OrderSide.Sell, _panel.Model.Side);
        Assert.True(_panel.SideChoice.IsFocused);
        Assert.Empty(_sent);
    }

    [Fact]
    public void With_confirmation_on_nothing_is_sent_until_the_dialog_says_send()
    {
        _panel.ConfirmBeforeSend = true;
        Enter(_panel.PriceBox, "59000");
        Enter(_panel.QuantityBox, "0.01");
        _window.Click(_panel.SubmitButton);
        Assert.Empty(_sent);
        Dialog dialog = Assert.IsType<Dialog>(_panel.ConfirmDialog);
        Assert.Equal("Send this order?", dialog.Title);
        _window.Click(dialog.OkButton);
        Assert.Single(_sent);
        Assert.Null(_panel.ConfirmDialog);

        _clock.Advance(TicketPanel.RepeatGuard);
        _window.Click(_panel.SubmitButton);
        _window.Click(_panel.ConfirmDialog!.CancelButton);
        Assert.Single(_sent); // declined: not sent
    }

    [Fact]
    public void A_market_hotkey_sends_one_market_order_at_the_preset_size_and_a_held_key_no_more()
    {
        TicketSubmission last = default;
        _window.Root.Hotkeys.Register(new Hotkey(Key.B, KeyModifiers.Control), "market buy", () => last = _panel.SubmitMarket(OrderSide.Buy));
        _window.Root.Hotkeys.Register(new Hotkey(Key.S, KeyModifiers.Control), "market sell half", () => last = _panel.SubmitMarket(OrderSide.Sell, 50));
        _panel.FocusSide(OrderSide.Buy);
        Assert.True(_panel.QuantityBox.IsFocused);
        _window.EventTime = TimeSpan.FromSeconds(30);
        _window.KeyPress(Key.B, KeyModifiers.Control);
        Assert.True(last.IsNew);
        // The key held: its repeats come 30 ms apart by the user's clock, though a starved UI thread handles them later.
        for (var i = 1; i <= 10; i++)
        {
            _clock.Advance(TimeSpan.FromMilliseconds(300));
            _window.EventTime = TimeSpan.FromSeconds(30) + TimeSpan.FromMilliseconds(30 * i);
            _window.KeyPress(Key.B, KeyModifiers.Control);
            Assert.False(last.IsNew);
        }
        Order order = Assert.Single(_sent);
        Assert.Equal(OrderType.Market, order.Type);
        Assert.Equal(Q("0.04165"), order.Quantity); // 25 % of 10000 USDT at the best ask 60010, down to the step

        _window.EventTime = TimeSpan.FromSeconds(30) + TicketPanel.RepeatGuard;
        _window.KeyPress(Key.S, KeyModifiers.Control);
        Assert.Equal(2, _sent.Count);
        Assert.Equal(Q("0.25"), _sent[1].Quantity);
        Assert.Equal(OrderSide.Sell, _sent[1].Side);
        Assert.Equal("", _panel.QuantityBox.Text); // the form is left as it was
    }

    [Fact]
    public void A_one_click_order_from_another_control_shares_the_guard_by_event_time()
    {
        _window.EventTime = TimeSpan.FromSeconds(40);
        _window.MoveTo(1, 1); // any input event: the activation being handled
        Assert.True(_panel.AcceptOrderPress());
        _clock.Advance(TimeSpan.FromSeconds(1)); // handled a second later, made 100 ms later
        _window.EventTime = TimeSpan.FromSeconds(40.1);
        _window.MoveTo(2, 2);
        Assert.False(_panel.AcceptOrderPress());
        _window.EventTime = TimeSpan.FromSeconds(40.6);
        _window.MoveTo(3, 3);
        Assert.True(_panel.AcceptOrderPress());
    }

    [Fact]
    public void A_moving_book_redraws_a_resting_limit_ticket_only_when_it_would_start_to_take_and_allocates_nothing_meanwhile()
    {
        Enter(_panel.PriceBox, "59000");
        Enter(_panel.QuantityBox, "0.01");
        string fee = _panel.Fee.Text;
        for (var i = 0; i < 64; i++) _panel.SetBook(P("59990") + Core.Numerics.Price.FromRaw(i), P("60010") + Core.Numerics.Price.FromRaw(i)); // warm up
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++) _panel.SetBook(P("59980") + Core.Numerics.Price.FromRaw(i), P("60000") + Core.Numerics.Price.FromRaw(i));
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before); // every book of a fast market reaches the ticket
        Assert.Same(fee, _panel.Fee.Text);

        _panel.SetBook(P("58990"), P("58999")); // the ask falls below our price: the limit would now take
        Assert.Contains("taker", _panel.Fee.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, "en")]
    [InlineData(false, "en")]
    [InlineData(true, "zh-CN")]
    [InlineData(false, "zh-CN")]
    public void Ticket_golden(bool dark, string language)
    {
        using var _ = Language.Use(language);
        _panel.ApplyLanguage(); // the panel was built in English (the test class's constructor): it follows the switch
        _window.Root.Theme = dark ? Theme.Dark : Theme.Light;
        if (dark)
        {
            Enter(_panel.PriceBox, "60000");
            Enter(_panel.QuantityBox, "0.1");
        }
        else
        {
            _panel.SideChoice.SelectedIndex = 1;
            _panel.TypeChoice.SelectedIndex = 3; // STOP_LOSS_LIMIT
            _window.RenderFrame();
            Enter(_panel.PriceBox, "59000");
            Enter(_panel.StopPriceBox, "59100");
            Enter(_panel.QuantityBox, "0.00001"); // below NOTIONAL: the rule and the nearest valid quantity show
        }
        _window.Root.ClearFocus();
        _panel.Refresh();
        _window.RenderFrame();
        RenderAssert.AssertRendersToImage(_window, name: (dark ? "Ticket_dark" : "Ticket_light") + Language.GoldenSuffix(language));
    }
}
