using Skia.Toolkit.Core;
using Skia.Toolkit.Hosting;
using Skia.Toolkit.Input;
using Skia.Toolkit.Rendering;
using Skia.Toolkit.Text;
using SkiaSharp;

namespace Skia.Toolkit.Widgets;

/// <summary>
/// TextBox edits one line of text: caret, selection by pointer drag and Shift+arrows, word jumps (Ctrl+arrows),
/// Home/End, undo/redo (Ctrl+Z, Ctrl+Y or Ctrl+Shift+Z), clipboard (Ctrl+A/C/X/V) through the window's
/// <see cref="UiRoot.Clipboard"/>, and a placeholder. Text arrives through text-input (char) events, so
/// IME-composed text and dead keys work; key presses that would type are consumed, so global hotkeys
/// without modifiers never fire while typing.
/// </summary>
public class TextBox : Control
{
    private readonly EditableText _edit = new();
    private string _placeholder = "";
    private float _scrollX;

    /// <summary>TextBox creates an empty text box.</summary>
    public TextBox()
    {
        Focusable = true;
    }

    /// <summary>TextChanged is raised after the text changes, by typing or by code.</summary>
    public event EventHandler? TextChanged;

    /// <summary>Text is the content; setting it moves the caret to the end and clears the undo history.</summary>
    public string Text
    {
        get => _edit.Text;
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            UiThreadCheck.Verify(this);
            if (_edit.Text == value) return;
            _edit.SetText(value);
            OnEdited();
        }
    }

    /// <summary>Placeholder is shown, muted, while the text is empty.</summary>
    public string Placeholder
    {
        get => _placeholder;
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            if (_placeholder == value) return;
            _placeholder = value;
            InvalidatePaint();
        }
    }

    /// <summary>MaxLength limits the text length in UTF-16 units; longer input is cut at a character boundary.</summary>
    public int MaxLength
    {
        get => _edit.MaxLength;
        set
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            _edit.MaxLength = value;
        }
    }

    /// <summary>CaretIndex is the caret position in UTF-16 units.</summary>
    public int CaretIndex => _edit.Caret;

    /// <summary>SelectionStart is the start of the selection in UTF-16 units.</summary>
    public int SelectionStart => _edit.SelectionStart;

    /// <summary>SelectionLength is the length of the selection in UTF-16 units (0: nothing selected).</summary>
    public int SelectionLength => _edit.SelectionEnd - _edit.SelectionStart;

    /// <summary>SelectedText is the selected part of the text.</summary>
    public string SelectedText => _edit.SelectedText;

    /// <summary>Select selects a range (start and length in UTF-16 units, clamped to the text), caret at its end.</summary>
    public void Select(int start, int length)
    {
        _edit.MoveTo(start, false);
        _edit.MoveTo(start + length, true);
        InvalidatePaint();
    }

    /// <summary>SelectAll selects the whole text.</summary>
    public void SelectAll()
    {
        _edit.SelectAll();
        InvalidatePaint();
    }

    /// <summary>TextFont is the font the text is drawn in.</summary>
    protected virtual FontSpec TextFont => FontSpec.Ui(Theme.FontSize);

    /// <summary>HasError tells whether the content is invalid; the outline is then drawn in the danger colour.</summary>
    protected virtual bool HasError => false;

    /// <summary>OnTextChanged is called after every change of the text, before <see cref="TextChanged"/> is raised.</summary>
    protected virtual void OnTextChanged()
    {
    }

    private void OnEdited()
    {
        InvalidatePaint();
        OnTextChanged();
        TextChanged?.Invoke(this, EventArgs.Empty);
    }

    private float Padding => Theme.Spacing;

    /// <summary>MeasureOverride asks for a fixed comfortable width (text boxes do not grow with their text) at control height.</summary>
    protected override SKSize MeasureOverride(SKSize available)
    {
        // 12 ems: room for a price or a short name; set Width to change it.
        var width = Theme.FontSize * 12;
        return new SKSize(float.IsFinite(available.Width) ? Math.Min(width, available.Width) : width, Theme.ControlHeight);
    }

    /// <summary>OnRender draws the field, the selection, the text (scrolled to keep the caret visible), the caret and the outline.</summary>
    protected override void OnRender(SKCanvas canvas)
    {
        var t = Theme;
        var enabled = IsEffectivelyEnabled;
        var rect = LocalRect;
        var r = t.CornerRadius;
        canvas.DrawRoundRect(rect, r, r, ScratchPaint.Fill(enabled ? t.Surface : t.Background));

        var inner = new SKRect(Padding, 0, rect.Width - Padding, rect.Height);
        var text = _edit.Text;
        var font = TextFont;
        canvas.Save();
        canvas.ClipRect(new SKRect(inner.Left - 1, 1, inner.Right + 1, rect.Height - 1));
        if (text.Length == 0)
        {
            if (_placeholder.Length > 0) TextPainter.Draw(canvas, _placeholder, font, t.TextMuted, inner, 0);
            if (IsFocused && enabled) DrawCaret(canvas, inner.Left, rect.Height, font);
        }
        else
        {
            var shaped = TextPainter.Shape(text, font);
            KeepCaretVisible(shaped, inner.Width);
            var x0 = inner.Left - _scrollX;
            if (_edit.HasSelection && IsFocused)
            {
                var a = x0 + CaretX(shaped, _edit.SelectionStart);
                var b = x0 + CaretX(shaped, _edit.SelectionEnd);
                canvas.DrawRect(new SKRect(a, 4, b, rect.Height - 4), ScratchPaint.Fill(t.Selection));
            }
            shaped.Draw(canvas, x0, TextPainter.Baseline(shaped, 0, rect.Height), ScratchPaint.Fill(enabled ? t.Text : t.TextDisabled));
            if (IsFocused && enabled) DrawCaret(canvas, x0 + CaretX(shaped, _edit.Caret), rect.Height, font);
        }
        canvas.Restore();

        var outline = HasError ? t.Danger : IsFocused ? t.FocusRing : IsPointerOver && enabled ? t.TextMuted : t.Border;
        var width = IsFocused || HasError ? t.FocusRingWidth : t.BorderWidth;
        var ring = rect;
        ring.Inflate(-width / 2, -width / 2);
        canvas.DrawRoundRect(ring, r, r, ScratchPaint.Stroke(outline, width));
    }

    private void DrawCaret(SKCanvas canvas, float x, float height, FontSpec font)
    {
        var lineHeight = TextPainter.LineHeight(font);
        var top = (height - lineHeight) / 2;
        x = MathF.Round(x) + 0.5f; // a crisp one-pixel caret at scale 1
        canvas.DrawLine(x, top, x, top + lineHeight, ScratchPaint.Stroke(Theme.Text, 1));
    }

    /// <summary>KeepCaretVisible scrolls the text horizontally just enough to show the caret.</summary>
    private void KeepCaretVisible(ShapedText shaped, float width)
    {
        var caret = CaretX(shaped, _edit.Caret);
        if (caret - _scrollX > width - 1) _scrollX = caret - width + 1;
        if (caret - _scrollX < 0) _scrollX = caret;
        _scrollX = Math.Clamp(_scrollX, 0, Math.Max(0, shaped.Advance - width + 1));
    }

    /// <summary>CaretX is the x offset of a caret index in shaped text: the origin of the first glyph of its cluster.</summary>
    internal static float CaretX(ShapedText shaped, int index)
    {
        if (index <= 0) return 0;
        if (index >= shaped.Text.Length) return shaped.Advance;
        var clusters = shaped.Clusters;
        var positions = shaped.Positions;
        // Glyphs are in visual (left-to-right) order; take the first glyph whose cluster starts at or after the index.
        for (var g = 0; g < clusters.Length; g++)
        {
            if (clusters[g] >= index) return positions[g].X;
        }
        return shaped.Advance;
    }

    /// <summary>IndexAt maps an x in the text box to the nearest caret index.</summary>
    private int IndexAt(float x)
    {
        var text = _edit.Text;
        if (text.Length == 0) return 0;
        var shaped = TextPainter.Shape(text, TextFont);
        var local = x - Padding + _scrollX;
        var best = 0;
        var bestDistance = float.MaxValue;
        var i = 0;
        while (true)
        {
            var d = MathF.Abs(CaretX(shaped, i) - local);
            if (d < bestDistance)
            {
                bestDistance = d;
                best = i;
            }
            if (i >= text.Length) break;
            i += System.Globalization.StringInfo.GetNextTextElementLength(text, i);
        }
        return best;
    }

    /// <summary>OnPointerDown places the caret (Shift extends the selection) and starts a drag selection.</summary>
    protected override void OnPointerDown(PointerEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Button != PointerButton.Left) return;
        _edit.MoveTo(IndexAt(e.Position.X), (e.Modifiers & KeyModifiers.Shift) != 0);
        CapturePointer();
        InvalidatePaint();
        e.Handled = true;
    }

    /// <summary>OnPointerMove extends the selection while dragging.</summary>
    protected override void OnPointerMove(PointerEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (!HasPointerCapture) return;
        _edit.MoveTo(IndexAt(e.Position.X), true);
        InvalidatePaint();
        e.Handled = true;
    }

    /// <summary>OnPointerUp ends a drag selection.</summary>
    protected override void OnPointerUp(PointerEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (HasPointerCapture) e.Handled = true;
    }

    /// <summary>OnTextInput inserts typed (or IME-composed) text at the caret, replacing the selection.</summary>
    protected override void OnTextInput(TextInputEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        e.Handled = true;
        if (_edit.Insert(e.Text)) OnEdited();
    }

    /// <summary>OnKeyDown handles caret movement, deletion, undo/redo and the clipboard; typing keys are consumed.</summary>
    protected override void OnKeyDown(KeyEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var shift = (e.Modifiers & KeyModifiers.Shift) != 0;
        var ctrl = (e.Modifiers & KeyModifiers.Control) != 0;
        var changed = false;
        var handled = true;
        switch (e.Key)
        {
            case Key.Left: _edit.MoveLeft(shift, ctrl); break;
            case Key.Right: _edit.MoveRight(shift, ctrl); break;
            case Key.Home: _edit.MoveHome(shift); break;
            case Key.End: _edit.MoveEnd(shift); break;
            case Key.Backspace: changed = _edit.Backspace(ctrl); break;
            case Key.Delete: changed = _edit.Delete(ctrl); break;
            case Key.A when ctrl && !shift: _edit.SelectAll(); break;
            case Key.C when ctrl && !shift: Copy(); break;
            case Key.X when ctrl && !shift: changed = Cut(); break;
            case Key.V when ctrl && !shift: changed = Paste(); break;
            case Key.Z when ctrl && !shift: changed = _edit.Undo(); break;
            case Key.Z when ctrl && shift: changed = _edit.Redo(); break;
            case Key.Y when ctrl && !shift: changed = _edit.Redo(); break;
            default: handled = IsTypingKey(e); break;
        }
        if (!handled) return;
        e.Handled = true;
        if (changed) OnEdited();
        else InvalidatePaint();
    }

    /// <summary>IsTypingKey tells whether a key press produces text (and so must not reach global hotkeys).</summary>
    private static bool IsTypingKey(KeyEventArgs e)
    {
        if ((e.Modifiers & (KeyModifiers.Control | KeyModifiers.Alt | KeyModifiers.Super)) != 0) return false;
        return e.Key is (>= Key.A and <= Key.Z) or (>= Key.D0 and <= Key.D9) or (>= Key.NumPad0 and <= Key.NumPadDivide)
            or Key.Space or Key.Minus or Key.Equal or Key.Comma or Key.Period or Key.Slash or Key.Semicolon
            or Key.Apostrophe or Key.LeftBracket or Key.RightBracket or Key.Backslash or Key.GraveAccent;
    }

    private void Copy()
    {
        if (_edit.HasSelection && Root != null) Root.Clipboard.SetText(_edit.SelectedText);
    }

    private bool Cut()
    {
        if (!_edit.HasSelection || Root == null) return false;
        Root.Clipboard.SetText(_edit.SelectedText);
        return _edit.DeleteSelection();
    }

    private bool Paste()
    {
        if (Root == null) return false;
        var text = Root.Clipboard.GetText() ?? "";
        return text.Length > 0 && _edit.Insert(text);
    }

    /// <summary>OnLostFocus collapses nothing but repaints to hide the caret and selection.</summary>
    protected override void OnLostFocus()
    {
        base.OnLostFocus();
        InvalidatePaint();
    }

    /// <summary>DescribeMarkup adds the text, the placeholder when empty, and the caret and selection while focused.</summary>
    protected override void DescribeMarkup(MarkupWriter w)
    {
        base.DescribeMarkup(w);
        w.Property("text", _edit.Text);
        if (_edit.Text.Length == 0 && _placeholder.Length > 0) w.Property("placeholder", _placeholder);
        if (IsFocused)
        {
            w.Property("caret", _edit.Caret);
            if (_edit.HasSelection) w.Property("selection", $"{_edit.SelectionStart}..{_edit.SelectionEnd}");
        }
    }
}
