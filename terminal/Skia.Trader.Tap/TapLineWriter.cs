using System.Text.Json;
using Skia.Trader.Binance.MarketData;
using Skia.Trader.Core.Books;

namespace Skia.Trader.Tap;

/// <summary>TapLineWriter writes the tap's JSON lines (one object per line) with Utf8JsonWriter.</summary>
internal sealed class TapLineWriter(Stream output)
{
    private readonly Utf8JsonWriter _writer = new(output);

    /// <summary>WriteSecond writes one per-second status line for a symbol.</summary>
    public void WriteSecond(SymbolFeed feed, DateTimeOffset now)
    {
        OrderBookSnapshot? book = feed.Book.Latest;
        _writer.Reset();
        _writer.WriteStartObject();
        _writer.WriteString("time", now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture));
        _writer.WriteString("symbol", feed.Symbol);
        _writer.WriteString("sync", feed.SyncState.ToString());
        _writer.WriteNumber("updateId", book?.LastUpdateId ?? 0);
        WriteLevel("bestBid", book?.BestBid);
        WriteLevel("bestAsk", book?.BestAsk);
        _writer.WriteNumber("bidLevels", book?.TotalBidLevels ?? 0);
        _writer.WriteNumber("askLevels", book?.TotalAskLevels ?? 0);
        _writer.WriteNumber("trades", feed.TradeCount);
        if (feed.TryGetBookTicker(out BookTickerQuote quote))
        {
            _writer.WriteString("tickerBid", quote.BidPrice.ToString());
            _writer.WriteString("tickerAsk", quote.AskPrice.ToString());
        }
        _writer.WriteNumber("resyncs", feed.Resyncs);
        _writer.WriteEndObject();
        EndLine();
    }

    /// <summary>WriteFinal writes a symbol's closing line with the top <paramref name="depth"/> levels per side.</summary>
    public void WriteFinal(SymbolFeed feed, int depth)
    {
        OrderBookSnapshot? book = feed.Book.Latest;
        _writer.Reset();
        _writer.WriteStartObject();
        _writer.WriteString("symbol", feed.Symbol);
        _writer.WriteBoolean("final", true);
        _writer.WriteString("sync", feed.SyncState.ToString());
        _writer.WriteNumber("updateId", book?.LastUpdateId ?? 0);
        _writer.WriteNumber("bidLevels", book?.TotalBidLevels ?? 0);
        _writer.WriteNumber("askLevels", book?.TotalAskLevels ?? 0);
        WriteLevels("bids", book is null ? default : book.Bids, depth);
        WriteLevels("asks", book is null ? default : book.Asks, depth);
        _writer.WriteEndObject();
        EndLine();
    }

    private void WriteLevel(string name, BookLevel? level)
    {
        if (level is { } l)
        {
            _writer.WriteStartArray(name);
            _writer.WriteStringValue(l.Price.ToString());
            _writer.WriteStringValue(l.Quantity.ToString());
            _writer.WriteEndArray();
        }
        else
        {
            _writer.WriteNull(name);
        }
    }

    private void WriteLevels(string name, ReadOnlySpan<BookLevel> levels, int depth)
    {
        _writer.WriteStartArray(name);
        for (int i = 0; i < Math.Min(depth, levels.Length); i++)
        {
            _writer.WriteStartArray();
            _writer.WriteStringValue(levels[i].Price.ToString());
            _writer.WriteStringValue(levels[i].Quantity.ToString());
            _writer.WriteEndArray();
        }
        _writer.WriteEndArray();
    }

    private void EndLine()
    {
        _writer.Flush();
        output.WriteByte((byte)'\n');
        output.Flush();
    }
}
