using System.Globalization;

namespace Skia.Toolkit.Widgets;

/// <summary>
/// EditableText is the editing model behind TextBox: single-line text with a caret,
/// a selection (anchor to caret), grapheme-aware caret movement, word jumps, and undo/redo.
/// It knows nothing of drawing or keys; the text box maps input onto these operations.
/// </summary>
internal sealed class EditableText
{
    /// <summary>How many undo steps are kept; older ones are dropped so a long session cannot grow without bound.</summary>
    private const int UndoLimit = 200;

    private readonly List<Snapshot> undo = [];
    private readonly List<Snapshot> redo = [];
    private EditKind lastEdit = EditKind.None;

    /// <summary>Text is the current content.</summary>
    public string Text { get; private set; } = "";

    /// <summary>Caret is the insertion point, a UTF-16 index between grapheme clusters.</summary>
    public int Caret { get; private set; }

    /// <summary>Anchor is the fixed end of the selection; it equals <see cref="Caret"/> when nothing is selected.</summary>
    public int Anchor { get; private set; }

    /// <summary>MaxLength limits the text length in UTF-16 units; inserts beyond it are truncated.</summary>
    public int MaxLength { get; set; } = int.MaxValue;

    /// <summary>SelectionStart is the lower end of the selection.</summary>
    public int SelectionStart => Math.Min(Caret, Anchor);

    /// <summary>SelectionEnd is the upper end of the selection.</summary>
    public int SelectionEnd => Math.Max(Caret, Anchor);

    /// <summary>HasSelection is true when at least one character is selected.</summary>
    public bool HasSelection => Caret != Anchor;

    /// <summary>SelectedText is the selected part of the text, empty when nothing is selected.</summary>
    public string SelectedText => Text.Substring(SelectionStart, SelectionEnd - SelectionStart);

    /// <summary>CanUndo is true when an edit can be undone.</summary>
    public bool CanUndo => undo.Count > 0;

    /// <summary>CanRedo is true when an undone edit can be redone.</summary>
    public bool CanRedo => redo.Count > 0;

    /// <summary>SetText replaces the whole text programmatically, puts the caret at the end and forgets the undo history.</summary>
    public void SetText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = Sanitize(text);
        Caret = Anchor = Text.Length;
        undo.Clear();
        redo.Clear();
        lastEdit = EditKind.None;
    }

    /// <summary>MoveTo places the caret at an index (snapped to a grapheme boundary); with extend the selection grows to it.</summary>
    public void MoveTo(int index, bool extend)
    {
        index = SnapToBoundary(Math.Clamp(index, 0, Text.Length));
        Caret = index;
        if (!extend) Anchor = index;
        lastEdit = EditKind.None;
    }

    /// <summary>MoveLeft moves the caret one grapheme (or one word) left; without extend an existing selection collapses to its start.</summary>
    public void MoveLeft(bool extend, bool word)
    {
        if (HasSelection && !extend && !word)
        {
            MoveTo(SelectionStart, false);
            return;
        }
        MoveTo(word ? PreviousWordStart(Caret) : PreviousBoundary(Caret), extend);
    }

    /// <summary>MoveRight moves the caret one grapheme (or one word) right; without extend an existing selection collapses to its end.</summary>
    public void MoveRight(bool extend, bool word)
    {
        if (HasSelection && !extend && !word)
        {
            MoveTo(SelectionEnd, false);
            return;
        }
        MoveTo(word ? NextWordStart(Caret) : NextBoundary(Caret), extend);
    }

    /// <summary>MoveHome moves the caret to the start of the text.</summary>
    public void MoveHome(bool extend) => MoveTo(0, extend);

    /// <summary>MoveEnd moves the caret to the end of the text.</summary>
    public void MoveEnd(bool extend) => MoveTo(Text.Length, extend);

    /// <summary>SelectAll selects the whole text with the caret at the end.</summary>
    public void SelectAll()
    {
        Anchor = 0;
        Caret = Text.Length;
        lastEdit = EditKind.None;
    }

    /// <summary>SelectWordAt selects the word (or run of spaces/punctuation) around an index, as a double click does.</summary>
    public void SelectWordAt(int index)
    {
        index = Math.Clamp(index, 0, Text.Length);
        if (Text.Length == 0) return;
        var probe = index == Text.Length ? index - 1 : index;
        var kind = IsWordChar(Text[probe]);
        var start = probe;
        while (start > 0 && IsWordChar(Text[start - 1]) == kind) start--;
        var end = probe;
        while (end < Text.Length && IsWordChar(Text[end]) == kind) end++;
        Anchor = start;
        Caret = end;
        lastEdit = EditKind.None;
    }

    /// <summary>Insert replaces the selection with text (typing or paste); control characters are dropped. Returns whether the text changed.</summary>
    public bool Insert(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var clean = Sanitize(text);
        var room = MaxLength - (Text.Length - (SelectionEnd - SelectionStart));
        if (clean.Length > room) clean = clean[..TruncateAtBoundary(clean, Math.Max(0, room))];
        if (clean.Length == 0 && !HasSelection) return false;
        // Consecutive single characters typed at the caret undo as one step, as in every editor.
        var typing = clean.Length == 1 && !HasSelection && !char.IsWhiteSpace(clean[0]);
        Record(typing ? EditKind.Typing : EditKind.Other);
        var start = SelectionStart;
        Text = string.Concat(Text.AsSpan(0, start), clean, Text.AsSpan(SelectionEnd));
        Caret = Anchor = start + clean.Length;
        if (!typing) lastEdit = EditKind.None;
        return true;
    }

    /// <summary>Backspace deletes the selection, or the grapheme (or word) before the caret. Returns whether the text changed.</summary>
    public bool Backspace(bool word)
    {
        if (HasSelection) return DeleteSelection();
        if (Caret == 0) return false;
        return DeleteRange(word ? PreviousWordStart(Caret) : PreviousBoundary(Caret), Caret);
    }

    /// <summary>Delete deletes the selection, or the grapheme (or word) after the caret. Returns whether the text changed.</summary>
    public bool Delete(bool word)
    {
        if (HasSelection) return DeleteSelection();
        if (Caret == Text.Length) return false;
        return DeleteRange(Caret, word ? NextWordStart(Caret) : NextBoundary(Caret));
    }

    /// <summary>DeleteSelection removes the selected text (as Cut does). Returns whether the text changed.</summary>
    public bool DeleteSelection() => HasSelection && DeleteRange(SelectionStart, SelectionEnd);

    /// <summary>Undo restores the text before the last edit. Returns whether anything was undone.</summary>
    public bool Undo()
    {
        if (undo.Count == 0) return false;
        redo.Add(Current());
        Restore(undo[^1]);
        undo.RemoveAt(undo.Count - 1);
        return true;
    }

    /// <summary>Redo re-applies the last undone edit. Returns whether anything was redone.</summary>
    public bool Redo()
    {
        if (redo.Count == 0) return false;
        undo.Add(Current());
        Restore(redo[^1]);
        redo.RemoveAt(redo.Count - 1);
        return true;
    }

    private bool DeleteRange(int start, int end)
    {
        if (end <= start) return false;
        Record(EditKind.Other);
        Text = string.Concat(Text.AsSpan(0, start), Text.AsSpan(end));
        Caret = Anchor = start;
        lastEdit = EditKind.None;
        return true;
    }

    private void Record(EditKind kind)
    {
        redo.Clear();
        if (kind == EditKind.Typing && lastEdit == EditKind.Typing) return; // extend the current typing step
        undo.Add(Current());
        if (undo.Count > UndoLimit) undo.RemoveAt(0);
        lastEdit = kind;
    }

    private Snapshot Current() => new(Text, Caret, Anchor);

    private void Restore(Snapshot s)
    {
        Text = s.Text;
        Caret = s.Caret;
        Anchor = s.Anchor;
        lastEdit = EditKind.None;
    }

    /// <summary>Single-line text: line breaks, tabs and other control characters cannot be typed or pasted in.</summary>
    private static string Sanitize(string text)
    {
        var clean = true;
        foreach (var c in text)
        {
            if (char.IsControl(c))
            {
                clean = false;
                break;
            }
        }
        if (clean) return text;
        var sb = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsControl(c)) sb.Append(c);
        }
        return sb.ToString();
    }

    private static int TruncateAtBoundary(string text, int max)
    {
        var i = 0;
        while (i < text.Length)
        {
            var next = i + StringInfo.GetNextTextElementLength(text, i);
            if (next > max) break;
            i = next;
        }
        return i;
    }

    private int NextBoundary(int index)
        => index >= Text.Length ? Text.Length : index + StringInfo.GetNextTextElementLength(Text, index);

    private int PreviousBoundary(int index)
    {
        var previous = 0;
        var i = 0;
        while (i < index)
        {
            previous = i;
            i += StringInfo.GetNextTextElementLength(Text, i);
        }
        return previous;
    }

    private int SnapToBoundary(int index)
    {
        var i = 0;
        while (i < index)
        {
            var next = i + StringInfo.GetNextTextElementLength(Text, i);
            if (next > index) return i;
            i = next;
        }
        return index;
    }

    /// <summary>PreviousWordStart skips separators left of the index, then the word before them.</summary>
    private int PreviousWordStart(int index)
    {
        var i = index;
        while (i > 0 && !IsWordChar(Text[i - 1])) i--;
        while (i > 0 && IsWordChar(Text[i - 1])) i--;
        return i;
    }

    /// <summary>NextWordStart skips the rest of the current word, then the separators after it.</summary>
    private int NextWordStart(int index)
    {
        var i = index;
        while (i < Text.Length && IsWordChar(Text[i])) i++;
        while (i < Text.Length && !IsWordChar(Text[i])) i++;
        return i;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_' || char.IsSurrogate(c);

    private enum EditKind
    {
        None,
        Typing,
        Other,
    }

    private readonly record struct Snapshot(string Text, int Caret, int Anchor);
}
