namespace Skia.Trader.Binance.MarketData;

/// <summary>MiniTickerEntry is one entry of a parsed <c>!miniTicker@arr</c> frame for a followed symbol: its id in the parser's table and its values.</summary>
/// <param name="SymbolId">SymbolId is the entry's symbol in the parser's symbol table.</param>
/// <param name="Update">Update holds the entry's values.</param>
internal readonly record struct MiniTickerEntry(int SymbolId, MiniTickerUpdate Update);
