using Skia.Toolkit.Widgets;

namespace Skia.Toolkit.Tests.Widgets;

public class EditableTextTests
{
    private static EditableText With(string text)
    {
        var e = new EditableText();
        e.SetText(text);
        return e;
    }

    [Fact]
    public void Typing_inserts_at_the_caret_and_replaces_the_selection()
    {
        var e = With("");
        foreach (var c in "hello") e.Insert(c.ToString());
        Assert.Equal("hello", e.Text);
        e.MoveLeft(extend: true, word: false);
        e.MoveLeft(extend: true, word: false);
        Assert.Equal("lo", e.SelectedText);
        e.Insert("p!");
        Assert.Equal("help!", e.Text);
        Assert.Equal(5, e.Caret);
        Assert.False(e.HasSelection);
    }

    [Fact]
    public void Shift_arrows_grow_and_shrink_the_selection_from_the_anchor()
    {
        var e = With("abcdef");
        e.MoveTo(2, extend: false);
        e.MoveRight(extend: true, word: false);
        e.MoveRight(extend: true, word: false);
        Assert.Equal("cd", e.SelectedText);
        e.MoveLeft(extend: true, word: false);
        e.MoveLeft(extend: true, word: false);
        e.MoveLeft(extend: true, word: false);
        Assert.Equal("b", e.SelectedText);
        Assert.Equal(1, e.Caret);
        Assert.Equal(2, e.Anchor);
    }

    [Fact]
    public void Arrow_without_shift_collapses_the_selection_to_its_edge()
    {
        var e = With("abcdef");
        e.SelectAll();
        e.MoveLeft(extend: false, word: false);
        Assert.Equal(0, e.Caret);
        Assert.False(e.HasSelection);
        e.SelectAll();
        e.MoveRight(extend: false, word: false);
        Assert.Equal(6, e.Caret);
    }

    [Fact]
    public void Home_and_end_move_and_extend()
    {
        var e = With("limit order");
        e.MoveTo(5, false);
        e.MoveHome(extend: true);
        Assert.Equal("limit", e.SelectedText);
        e.MoveEnd(extend: false);
        Assert.Equal(11, e.Caret);
        Assert.False(e.HasSelection);
    }

    [Fact]
    public void Word_jumps_skip_whole_words_and_separators()
    {
        var e = With("buy 0.5 BTC-USDT now");
        e.MoveHome(false);
        e.MoveRight(false, word: true);
        Assert.Equal(4, e.Caret); // start of "0"
        e.MoveRight(false, word: true);
        Assert.Equal(6, e.Caret); // after "0." -> start of "5"
        e.MoveEnd(false);
        e.MoveLeft(false, word: true);
        Assert.Equal(17, e.Caret); // start of "now"
        e.MoveLeft(true, word: true);
        Assert.Equal("USDT ", e.SelectedText);
    }

    [Fact]
    public void Ctrl_backspace_deletes_the_previous_word()
    {
        var e = With("cancel all orders");
        e.Backspace(word: true);
        Assert.Equal("cancel all ", e.Text);
        e.Backspace(word: true);
        Assert.Equal("cancel ", e.Text);
    }

    [Fact]
    public void Delete_and_backspace_remove_one_grapheme_cluster()
    {
        // "e" + combining acute, then a flag made of two regional indicators (four UTF-16 units).
        var e = With("ae\u0301\U0001F1FA\U0001F1F8z");
        e.MoveHome(false);
        e.MoveRight(false, false);
        e.Delete(word: false);
        Assert.Equal("a\U0001F1FA\U0001F1F8z", e.Text);
        e.MoveEnd(false);
        e.MoveLeft(false, false);
        e.Backspace(word: false);
        Assert.Equal("az", e.Text);
    }

    [Fact]
    public void Caret_placed_inside_a_surrogate_pair_snaps_to_its_start()
    {
        var e = With("x\U0001F600y");
        e.MoveTo(2, false);
        Assert.Equal(1, e.Caret);
    }

    [Fact]
    public void Typing_run_undoes_as_one_step_and_redo_restores_it()
    {
        var e = With("");
        foreach (var c in "123") e.Insert(c.ToString());
        e.Insert(".");
        foreach (var c in "45") e.Insert(c.ToString());
        Assert.Equal("123.45", e.Text);
        Assert.True(e.Undo());
        Assert.Equal("", e.Text);
        Assert.True(e.Redo());
        Assert.Equal("123.45", e.Text);
        Assert.Equal(6, e.Caret);
        Assert.False(e.Redo());
    }

    [Fact]
    public void Moving_the_caret_starts_a_new_undo_step()
    {
        var e = With("");
        foreach (var c in "ab") e.Insert(c.ToString());
        e.MoveHome(false);
        e.Insert("x");
        Assert.Equal("xab", e.Text);
        e.Undo();
        Assert.Equal("ab", e.Text);
        e.Undo();
        Assert.Equal("", e.Text);
        Assert.False(e.CanUndo);
    }

    [Fact]
    public void A_new_edit_after_undo_discards_the_redo_history()
    {
        var e = With("");
        e.Insert("abc");
        e.Undo();
        e.Insert("z");
        Assert.False(e.CanRedo);
        Assert.Equal("z", e.Text);
    }

    [Fact]
    public void Paste_drops_line_breaks_and_control_characters()
    {
        var e = With("");
        e.Insert("12\r\n3\t4\u0000");
        Assert.Equal("1234", e.Text);
    }

    [Fact]
    public void Max_length_truncates_inserts_without_splitting_a_surrogate_pair()
    {
        var e = With("");
        e.MaxLength = 3;
        e.Insert("ab\U0001F600");
        Assert.Equal("ab", e.Text);
    }

    [Fact]
    public void Select_word_at_selects_the_word_under_a_double_click()
    {
        var e = With("sell 12 ETH");
        e.SelectWordAt(6);
        Assert.Equal("12", e.SelectedText);
    }

    [Fact]
    public void Editing_an_empty_text_at_its_edges_changes_nothing()
    {
        var e = With("");
        Assert.False(e.Backspace(false));
        Assert.False(e.Delete(true));
        Assert.False(e.Undo());
        e.MoveLeft(true, true);
        e.MoveRight(true, true);
        e.SelectWordAt(3);
        Assert.Equal(0, e.Caret);
    }
}
