using Skia.Toolkit.Core;
using Skia.Toolkit.Input;
using Skia.Toolkit.Text;
using Skia.Toolkit.Theming;
using Skia.Trader.Core.Numerics;
using SkiaSharp;

namespace Skia.Trader.Ui.Panels;

/// <summary>
/// WatchlistPanel is the row of the session's symbols under the header: each with its last price and 24 h change %,
/// both coloured by the change's sign, the shown symbol on a selection band. A left button-down on a symbol raises
/// <see cref="SymbolClicked"/> (the screen switches to it). Prices and changes go into reused <see cref="NumericText"/>s.
/// </summary>
public sealed class WatchlistPanel : Widget
{
    private const float RowHeight = 24;
    private const float Pad = 10;
    private const float Gap = 6;

    private readonly string[] _symbols;
    private readonly NumericText[] _price;
    private readonly NumericText[] _change;
    private readonly decimal[] _percent;
    private readonly int[] _decimals;
    private readonly bool[] _known;
    private readonly float[] _left;
    private readonly float[] _right;
    private readonly FontSpec _symbolFont = FontSpec.Ui(12, SKFontStyleWeight.Bold);
    private readonly SKPaint _fill = new() { IsAntialias = false, Style = SKPaintStyle.Fill };
    private readonly SKPaint _text = new() { IsAntialias = true };
    private readonly NumericFont _font;
    private readonly char[] _buffer = new char[NumericText.Capacity];

    /// <summary>Creates the watchlist of <paramref name="symbols"/>, the first selected.</summary>
    /// <param name="symbols">The session's symbols, in the order shown.</param>
    public WatchlistPanel(IReadOnlyList<string> symbols)
    {
        ArgumentNullException.ThrowIfNull(symbols);
        if (symbols.Count == 0) throw new ArgumentException("A watchlist needs at least one symbol.", nameof(symbols));
        _symbols = [.. symbols];
        _font = FontSet.Default.GetNumericFont(FontSpec.Mono(12));
        _price = new NumericText[_symbols.Length];
        _change = new NumericText[_symbols.Length];
        _percent = new decimal[_symbols.Length];
        _decimals = new int[_symbols.Length];
        _known = new bool[_symbols.Length];
        _left = new float[_symbols.Length];
        _right = new float[_symbols.Length];
        for (var i = 0; i < _symbols.Length; i++)
        {
            _price[i] = new NumericText(_font);
            _change[i] = new NumericText(_font);
            _price[i].Set("-");
            _change[i].Set("-");
            _decimals[i] = 2;
        }
        Selected = _symbols[0];
        PlaceEntries();
    }

    /// <summary>Symbols are the symbols listed.</summary>
    public IReadOnlyList<string> Symbols => _symbols;

    /// <summary>Selected is the symbol shown by the screen (marked).</summary>
    public string Selected { get; private set; }

    /// <summary>SymbolClicked is raised on a left button-down over a symbol, with that symbol.</summary>
    public event Action<string>? SymbolClicked;

    /// <summary>IsLayoutBoundary is true: new prices never change the row's size.</summary>
    public override bool IsLayoutBoundary => true;

    /// <summary>ClipToBounds is true.</summary>
    public override bool ClipToBounds => true;

    /// <summary>Select marks <paramref name="symbol"/> as the one shown.</summary>
    /// <param name="symbol">One of <see cref="Symbols"/>.</param>
    public void Select(string symbol)
    {
        if (Array.IndexOf(_symbols, symbol) < 0) throw new ArgumentException($"{symbol} is not in the watchlist.", nameof(symbol));
        Selected = symbol;
        InvalidatePaint();
    }

    /// <summary>SetDecimals sets the price decimals of <paramref name="symbol"/> (from its tick size).</summary>
    /// <param name="symbol">A listed symbol (others are ignored).</param>
    /// <param name="priceDecimals">Decimals of its prices.</param>
    public void SetDecimals(string symbol, int priceDecimals)
    {
        var i = Array.IndexOf(_symbols, symbol);
        if (i >= 0) _decimals[i] = Math.Clamp(priceDecimals, 0, 8);
    }

    /// <summary>Show updates one symbol's last price and 24 h change % (a symbol not listed is ignored).</summary>
    /// <param name="symbol">The symbol.</param>
    /// <param name="last">Its last price.</param>
    /// <param name="changePercent">Its 24 h change in percent.</param>
    public void Show(string symbol, Price last, decimal changePercent)
    {
        var i = Array.IndexOf(_symbols, symbol);
        if (i < 0) return;
        var decimals = _decimals[i];
        var divisor = 1L;
        for (var d = decimals; d < 8; d++) divisor *= 10;
        _price[i].SetNumber(last.Raw / divisor, decimals, groupThousands: true);
        // Sign and colour follow the change as shown: one that rounds to 0.00% has no direction.
        var rounded = Math.Round(changePercent, 2, MidpointRounding.AwayFromZero);
        if (rounded == 0) rounded = 0m;
        _percent[i] = rounded;
        Span<char> text = _buffer;
        var n = 0;
        if (rounded > 0) text[n++] = '+';
        rounded.TryFormat(text[n..], out var written, "0.00", System.Globalization.CultureInfo.InvariantCulture);
        n += written;
        text[n++] = '%';
        _change[i].Set(text[..n]);
        _known[i] = true;
        PlaceEntries();
        InvalidatePaint();
    }

    /// <summary>MeasureOverride takes the width offered and one row's height.</summary>
    /// <param name="available">The space offered.</param>
    protected override SKSize MeasureOverride(SKSize available) => new(float.IsInfinity(available.Width) ? 600 : available.Width, RowHeight);

    /// <summary>OnPointerDown raises <see cref="SymbolClicked"/> for the symbol under the pointer.</summary>
    /// <param name="e">The event.</param>
    protected override void OnPointerDown(PointerEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Button != PointerButton.Left) return;
        for (var i = 0; i < _symbols.Length; i++)
        {
            if (e.Position.X >= _left[i] && e.Position.X < _right[i])
            {
                SymbolClicked?.Invoke(_symbols[i]);
                e.Handled = true;
                return;
            }
        }
    }

    /// <summary>OnRender paints each symbol with its price and change.</summary>
    /// <param name="canvas">The canvas.</param>
    protected override void OnRender(SKCanvas canvas)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        Theme theme = Root?.Theme ?? Theme.Dark;
        _fill.Color = theme.Border;
        canvas.DrawRect(0, Bounds.Height - 1, Bounds.Width, 1, _fill);
        var baseline = (RowHeight + _font.Ascent - _font.Descent) / 2;
        for (var i = 0; i < _symbols.Length; i++)
        {
            ShapedText name = TextMeasureCache.ForCurrentThread.Get(_symbols[i], _symbolFont);
            var x = _left[i];
            var width = _right[i] - x;
            if (_symbols[i] == Selected)
            {
                _fill.Color = theme.Selection;
                canvas.DrawRect(x, 0, width, RowHeight - 1, _fill);
            }
            SKColor tone = !_known[i] || _percent[i] == 0 ? theme.TextMuted : _percent[i] > 0 ? theme.Positive : theme.Negative;
            _text.Color = theme.Text;
            var nameBaseline = (RowHeight + name.Ascent - name.Descent) / 2;
            name.Draw(canvas, x + Pad, nameBaseline, _text);
            var px = x + Pad + name.Advance + Gap;
            _text.Color = tone;
            _price[i].Draw(canvas, px, baseline, _text);
            _change[i].Draw(canvas, px + _price[i].Width + Gap, baseline, _text);
            _fill.Color = theme.Border;
            canvas.DrawRect(x + width - 1, 4, 1, RowHeight - 9, _fill);
        }
    }

    // Each entry's span across the row, from its texts' widths: used to paint and to hit-test clicks.
    private void PlaceEntries()
    {
        var x = 0f;
        for (var i = 0; i < _symbols.Length; i++)
        {
            ShapedText name = TextMeasureCache.ForCurrentThread.Get(_symbols[i], _symbolFont);
            _left[i] = x;
            x += Pad + name.Advance + Gap + _price[i].Width + Gap + _change[i].Width + Pad;
            _right[i] = x;
        }
    }

    /// <summary>DescribeMarkup writes each symbol with its price and change, and the selected one.</summary>
    /// <param name="w">The markup writer.</param>
    protected override void DescribeMarkup(MarkupWriter w)
    {
        ArgumentNullException.ThrowIfNull(w);
        base.DescribeMarkup(w);
        w.Property("selected", Selected);
        for (var i = 0; i < _symbols.Length; i++) w.Property(_symbols[i], _price[i] + " " + _change[i]);
    }
}
