using Skia.Trader.Binance.MarketData;

namespace Skia.Trader.Ui.Model;

/// <summary>
/// TickerBoard is an immutable snapshot of the 24hr tickers of the session's symbols (the <c>@ticker</c> stream), handed
/// from the feed side to the UI through a LatestValue for the header and the watchlist.
/// </summary>
public sealed class TickerBoard
{
    private readonly string[] _symbols;
    private readonly TickerUpdate?[] _tickers;

    /// <summary>Creates a board of <paramref name="symbols"/> with their tickers (null: none received yet).</summary>
    /// <param name="symbols">The symbols.</param>
    /// <param name="tickers">Each symbol's newest ticker, in the same order.</param>
    public TickerBoard(IReadOnlyList<string> symbols, IReadOnlyList<TickerUpdate?> tickers)
    {
        ArgumentNullException.ThrowIfNull(symbols);
        ArgumentNullException.ThrowIfNull(tickers);
        if (symbols.Count != tickers.Count) throw new ArgumentException("One ticker (or null) per symbol.", nameof(tickers));
        _symbols = [.. symbols];
        _tickers = [.. tickers];
    }

    /// <summary>Count is the number of symbols.</summary>
    public int Count => _symbols.Length;

    /// <summary>SymbolAt is the symbol at <paramref name="index"/>.</summary>
    /// <param name="index">0 .. Count - 1.</param>
    public string SymbolAt(int index) => _symbols[index];

    /// <summary>TickerAt is the ticker of the symbol at <paramref name="index"/>, or null before its first one.</summary>
    /// <param name="index">0 .. Count - 1.</param>
    public TickerUpdate? TickerAt(int index) => _tickers[index];

    /// <summary>Find is the ticker of <paramref name="symbol"/>, or null when absent or not received yet.</summary>
    /// <param name="symbol">The symbol.</param>
    public TickerUpdate? Find(string symbol)
    {
        var i = Array.IndexOf(_symbols, symbol);
        return i < 0 ? null : _tickers[i];
    }
}
