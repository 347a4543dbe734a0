using Skia.Toolkit.Core;
using Skia.Toolkit.Input;
using Skia.Toolkit.Testing;
using Skia.Toolkit.Theming;
using Skia.Toolkit.Widgets;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Widgets;

public class ComboBoxTests
{
    private static readonly GoldenImages Goldens = GoldenImages.NextToTest();
    private static readonly string[] Symbols = ["BNBUSDT", "BTCUSDT", "ETHUSDT", "ETHBTC", "SOLUSDT"];

    private static (TestWindow Window, PopupHost Host, ComboBox Combo) Scene(IEnumerable<string>? items = null, Theme? theme = null)
    {
        var combo = new ComboBox(items ?? Symbols) { Width = 160, Margin = new Thickness(10), HorizontalAlignment = HorizontalAlignment.Left, Placeholder = "Symbol" };
        var window = PopupScene.Show(new Stack { combo, new Button("Send") { Name = "send", Margin = new Thickness(10, 0), HorizontalAlignment = HorizontalAlignment.Left } }, out var host, 240, 220, theme);
        return (window, host, combo);
    }

    [Fact]
    public void ComboBox_states_render_in_both_themes()
    {
        Func<Widget> make = () => new ComboBox(Symbols) { SelectedIndex = 1, Margin = new Thickness(8) };
        using var strip = StateStrip.Render(150, 44, StateStrip.BothThemes,
            new("normal", make),
            new("placeholder", () => new ComboBox(Symbols) { Placeholder = "Symbol", Margin = new Thickness(8) }),
            new("hover", make, StateStrip.Hover),
            new("pressed", make, StateStrip.Press),
            new("focused", make, StateStrip.Focus),
            new("disabled", make, StateStrip.Disable));
        Goldens.AssertMatches(strip, "ComboBox_states_render_in_both_themes");
    }

    [Fact]
    public void ComboBox_open_with_the_selection_checked_and_an_item_highlighted()
    {
        var (window, _, combo) = Scene();
        using (window)
        {
            combo.SelectedIndex = 1;
            window.Click(combo);
            window.KeyPress(Key.Down);
            Assert.True(combo.IsDropDownOpen);
            RenderAssert.AssertRendersToImage(window);
        }
    }

    [Fact]
    public void A_click_opens_the_dropdown_and_a_click_on_an_item_selects_it_and_closes()
    {
        var (window, host, combo) = Scene();
        using (window)
        {
            var changes = 0;
            combo.SelectionChanged += (_, _) => changes++;
            window.Click(combo);
            Assert.True(combo.IsDropDownOpen);
            Assert.True(combo.IsFocused, "focus stays on the combo box while its dropdown is open");
            var list = combo.DropDown!;
            var row = list.BoundsInWindow;
            // Third row: padding (4) + two rows of 22 + half a row.
            window.Click(new SKPoint(row.MidX, row.Top + 4 + (2.5f * 22)));
            Assert.False(combo.IsDropDownOpen);
            Assert.Equal("ETHUSDT", combo.SelectedItem);
            Assert.Equal(1, changes);
            Assert.Empty(host.Popups);
            Assert.True(combo.IsFocused);
        }
    }

    [Fact]
    public void DropDownClosed_is_raised_once_per_close_with_the_choice_already_selected()
    {
        var (window, _, combo) = Scene();
        using (window)
        {
            var closes = new List<string?>();
            combo.DropDownClosed += (_, _) => closes.Add(combo.SelectedItem);
            window.Click(combo);
            Assert.Empty(closes);
            var row = combo.DropDown!.BoundsInWindow;
            window.Click(new SKPoint(row.MidX, row.Top + 4 + (2.5f * 22))); // the third item
            Assert.Equal(["ETHUSDT"], closes);

            window.KeyPress(Key.Space);
            window.KeyPress(Key.Escape); // closed without a change
            Assert.Equal(["ETHUSDT", "ETHUSDT"], closes);
        }
    }

    [Fact]
    public void Keyboard_opens_moves_and_commits_and_Escape_closes_without_a_change()
    {
        var (window, _, combo) = Scene();
        using (window)
        {
            combo.Focus();
            window.KeyPress(Key.Space);
            Assert.True(combo.IsDropDownOpen);
            window.KeyPress(Key.Down);
            window.KeyPress(Key.Down);
            window.KeyPress(Key.Enter);
            Assert.False(combo.IsDropDownOpen);
            Assert.Equal(1, combo.SelectedIndex);

            window.KeyPress(Key.Down, KeyModifiers.Alt);
            Assert.True(combo.IsDropDownOpen);
            window.KeyPress(Key.End);
            window.KeyPress(Key.Escape);
            Assert.False(combo.IsDropDownOpen);
            Assert.Equal(1, combo.SelectedIndex);
            Assert.True(combo.IsFocused);
        }
    }

    [Fact]
    public void Closed_arrows_step_the_selection_and_typing_jumps_to_matching_items()
    {
        var (window, _, combo) = Scene();
        using (window)
        {
            combo.Focus();
            window.KeyPress(Key.Down);
            Assert.Equal(0, combo.SelectedIndex);
            window.KeyPress(Key.End);
            Assert.Equal(4, combo.SelectedIndex);
            window.KeyPress(Key.Down);
            Assert.Equal(4, combo.SelectedIndex);

            window.Type("e");
            Assert.Equal("ETHUSDT", combo.SelectedItem);
            window.Type("e");
            Assert.Equal("ETHBTC", combo.SelectedItem);

            // Open, type-ahead extends the prefix: "b" then "t" highlights BTCUSDT, not BNBUSDT.
            window.KeyPress(Key.Enter);
            window.Type("bt");
            window.KeyPress(Key.Enter);
            Assert.Equal("BTCUSDT", combo.SelectedItem);
        }
    }

    [Fact]
    public void A_click_outside_closes_the_dropdown_without_a_change()
    {
        var (window, _, combo) = Scene();
        using (window)
        {
            combo.SelectedIndex = 2;
            window.Click(combo);
            window.Click(new SKPoint(200, 200));
            Assert.False(combo.IsDropDownOpen);
            Assert.Equal(2, combo.SelectedIndex);
        }
    }

    [Fact]
    public void A_combo_box_with_no_items_never_opens_and_keeps_no_selection()
    {
        var (window, host, combo) = Scene([]);
        using (window)
        {
            window.Click(combo);
            combo.Focus();
            window.KeyPress(Key.Space);
            window.KeyPress(Key.Down);
            window.Type("b");
            Assert.False(combo.IsDropDownOpen);
            Assert.Empty(host.Popups);
            Assert.Equal(-1, combo.SelectedIndex);
            Assert.Null(combo.SelectedItem);
            Assert.Throws<ArgumentOutOfRangeException>(() => combo.SelectedIndex = 0);
        }
    }

    [Fact]
    public void Replacing_the_items_with_fewer_clears_a_selection_that_no_longer_exists()
    {
        var combo = new ComboBox(Symbols) { SelectedIndex = 4 };
        combo.Items = ["BTCUSDT", "ETHUSDT"];
        Assert.Equal(-1, combo.SelectedIndex);
        combo.SelectedIndex = 1;
        combo.Items = ["A", "B", "C"];
        Assert.Equal("B", combo.SelectedItem);
    }

    [Fact]
    public void A_combo_box_without_a_popup_host_is_refused_when_it_joins_the_window()
    {
        // As the window's content: refused at once, naming what is missing.
        var alone = new ComboBox(Symbols) { Name = "symbol" };
        var e = Assert.Throws<InvalidOperationException>(() => new TestWindow(alone, 200, 40));
        Assert.Contains("PopupHost", e.Message, StringComparison.Ordinal);
        Assert.Contains("'symbol'", e.Message, StringComparison.Ordinal);

        // Added later to a tree without a host: refused, and the tree is as it was.
        var page = new Stack { new Label("x") };
        using var window = new TestWindow(page, 200, 80);
        var nested = new Stack { new ComboBox(Symbols) };
        Assert.Throws<InvalidOperationException>(() => page.Add(nested));
        Assert.Single(page.Children);
        Assert.Null(nested.Parent);

        // Inside a PopupHost it joins and opens.
        var combo = new ComboBox(Symbols);
        var host = new PopupHost(new Stack { combo });
        using var hosted = new TestWindow(host, 200, 200);
        Assert.True(combo.OpenDropDown());
    }

    [Fact]
    public void Markup_shows_the_selection_and_the_open_dropdown()
    {
        var (window, _, combo) = Scene(["Limit", "Market"]);
        using (window)
        {
            combo.Name = "type";
            combo.SelectedIndex = 0;
            window.Click(combo);
            RenderAssert.AssertRendersToMarkup(window, """
                PopupHost (0,0 240x220) popups=1
                  Stack (0,0 240x220) orientation=Vertical
                    ComboBox #type (10,10 160x28) focused=true items=2 selected=0 text=Limit open=true
                    Button #send (10,48 56x28) text=Send
                  Popup (10,38 160x52) lightDismiss=true
                    MenuList (0,0 160x52) items=Limit|Market highlighted=0
                  ToastStack (0,0 240x220)
                """);
        }
    }
}
