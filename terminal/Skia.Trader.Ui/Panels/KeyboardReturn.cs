using Skia.Toolkit.Widgets;

namespace Skia.Trader.Ui.Panels;

/// <summary>
/// KeyboardReturn gives the keyboard back to the hotkeys after a button of the screen acted. A clicked button keeps
/// the focus, and a focused button acts again on Space or Enter: Space (centre the ladder) after a click on the
/// ticket's submit button sent the order again, and after a click on "One-click" turned one-click trading back on.
/// A combo box (the ticket's order type) kept the keyboard after a choice too, so Space opened its list again instead of
/// centring the ladder. A segmented control (BUY | SELL, the time in force, the chart's interval) kept it after a click,
/// and a stray Left/Right/Home/End then changed the side or the time in force unseen.
/// </summary>
internal static class KeyboardReturn
{
    /// <summary>AfterClick takes the focus from <paramref name="buttons"/> once each has acted (unless its action moved the focus elsewhere, a dialog).</summary>
    /// <param name="buttons">Buttons of the screen (toggle buttons too).</param>
    public static void AfterClick(params Button[] buttons)
    {
        foreach (Button button in buttons)
        {
            button.Click += (_, _) =>
            {
                if (button.IsFocused) button.Root?.ClearFocus();
            };
        }
    }

    /// <summary>AfterChoice takes the focus from <paramref name="combo"/> once its list closes (an item chosen, Escape, a click outside), unless the focus already went elsewhere.</summary>
    /// <param name="combo">A combo box of the screen.</param>
    public static void AfterChoice(ComboBox combo)
    {
        combo.DropDownClosed += (_, _) =>
        {
            if (combo.IsFocused) combo.Root?.ClearFocus();
        };
    }

    /// <summary>
    /// AfterPick takes the focus from each of <paramref name="choices"/> once the pointer chose a segment; one reached with
    /// Tab keeps it, and its arrow keys keep moving the choice.
    /// </summary>
    /// <param name="choices">Segmented controls of the screen.</param>
    public static void AfterPick(params SegmentedControl[] choices)
    {
        foreach (SegmentedControl choice in choices)
        {
            choice.SegmentPressed += (_, _) =>
            {
                if (choice.IsFocused) choice.Root?.ClearFocus();
            };
        }
    }
}
