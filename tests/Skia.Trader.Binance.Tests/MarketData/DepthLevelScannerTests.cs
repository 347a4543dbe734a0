using System.Text;
using CsCheck;
using Skia.Trader.Binance.MarketData;
using Skia.Trader.Binance.Wire;
using Skia.Trader.Core.Books;
using Skia.Trader.Core.Numerics;

namespace Skia.Trader.Binance.Tests.MarketData;

// DepthLevelScanner reads a level array only where it follows another value in the object; an array
// that opens the object goes through Utf8JsonReader. Putting the same array in both places compares
// the two paths on the same bytes.
public class DepthLevelScannerTests
{
    private static MarketFrameParser NewParser()
    {
        var table = new SymbolTable();
        table.Add("BNBBTC");
        return new MarketFrameParser(table);
    }

    private static readonly Gen<string> Space = Gen.OneOf("", "", " ", "\n", "\t ", "\r\n  ");

    // A raw value written the ways Binance (and a careless server) may write it: 8 decimals, shortest, extra zeros.
    private static string DecimalText(long raw, int style, int zeros)
    {
        string text = style == 0 ? Price.FromRaw(raw).ToString("F8", null) : Price.FromRaw(raw).ToString();
        if (style == 2 && zeros > 0) text += (text.Contains('.') ? "" : ".") + new string('0', zeros);
        return text;
    }

    private static readonly Gen<(long Price, long Quantity, string Text)> Level =
        Gen.Select(
            Gen.Select(Gen.Long[1, 9_000_000_000_000L], Gen.Long[0, 900_000_000_000L], Gen.Int[0, 2], Gen.Int[0, 2]),
            Gen.Select(Gen.Int[0, 3], Space, Space, Space, Space))
        .Select((numbers, layout) =>
        {
            var (p, q, priceStyle, quantityStyle) = numbers;
            var (zeros, s1, s2, s3, s4) = layout;
            string text = "[" + s1 + "\"" + DecimalText(p, priceStyle, zeros) + "\"" + s2 + "," + s3 + "\"" + DecimalText(q, quantityStyle, zeros) + "\"" + s4 + "]";
            return (p, q, text);
        });

    private static string LevelArray((long Price, long Quantity, string Text)[] levels, string space) =>
        "[" + space + string.Join("," + space, levels.Select(l => l.Text)) + space + "]";

    [Fact]
    public void Generated_level_arrays_read_the_same_by_scanner_and_reader_in_either_key_order()
    {
        Gen.Select(Level.Array[0, 6], Level.Array[0, 6], Space).Sample((bids, asks, space) =>
        {
            string b = LevelArray(bids, space), a = LevelArray(asks, space);
            string[] frames =
            [
                // Both arrays after a value: the scanner reads both.
                "{\"stream\":\"bnbbtc@depth5\"," + space + "\"data\":{\"lastUpdateId\":7," + space + "\"bids\":" + space + b + "," + space + "\"asks\":" + a + "}}",
                // bids opens the object (reader), asks follows it (scanner); data before stream.
                "{\"data\":{" + space + "\"bids\":" + b + ",\"lastUpdateId\":7,\"asks\"" + space + ":" + a + space + "}," + space + "\"stream\":\"bnbbtc@depth5\"}",
                // asks through the reader, bids through the scanner.
                "{\"data\":{\"asks\":" + a + ",\"bids\":" + b + ",\"lastUpdateId\":7},\"stream\":\"bnbbtc@depth5\"}",
            ];
            foreach (string frame in frames)
            {
                var parser = NewParser();
                Assert.True(parser.Parse(Encoding.UTF8.GetBytes(frame)) == MarketEventKind.PartialDepth, parser.Event.Rejection + ": " + frame);
                Assert.Equal(0, parser.Event.SymbolId);
                Assert.Equal(7, parser.Event.FinalUpdateId);
                Assert.Equal(bids.Select(l => new BookLevel(Price.FromRaw(l.Price), Quantity.FromRaw(l.Quantity))), parser.Event.Bids.ToArray());
                Assert.Equal(asks.Select(l => new BookLevel(Price.FromRaw(l.Price), Quantity.FromRaw(l.Quantity))), parser.Event.Asks.ToArray());
            }
        }, iter: 3_000);
    }

    [Fact]
    public void Any_price_or_quantity_text_gets_the_same_outcome_from_scanner_and_reader()
    {
        // Texts near the number grammar: junk, signs, exponents, escapes, too many decimals, overflow.
        var piece = Gen.OneOf("0", "1", "9", "5", ".", "-", "+", "e", "E", " ", "\\u0031", "\\\"", "x", "00000000", "92233720368");
        var text = piece.Array[0, 6].Select(p => string.Concat(p));
        Gen.Select(text, Gen.Bool).Sample((t, asPrice) =>
        {
            string level = asPrice ? "[\"" + t + "\",\"1\"]" : "[\"1\",\"" + t + "\"]";
            string scanned = "{\"lastUpdateId\":7,\"bids\":[" + level + "],\"asks\":[]}";
            string read = "{\"bids\":[" + level + "],\"lastUpdateId\":7,\"asks\":[]}";
            var p1 = NewParser();
            var p2 = NewParser();
            MarketEventKind k1 = p1.Parse(Encoding.UTF8.GetBytes(scanned), streamSymbolId: 0);
            MarketEventKind k2 = p2.Parse(Encoding.UTF8.GetBytes(read), streamSymbolId: 0);
            Assert.Equal(k2, k1);
            Assert.Equal(p2.Event.Rejection, p1.Event.Rejection);
            Assert.Equal(p2.Event.Bids.ToArray(), p1.Event.Bids.ToArray());
        }, iter: 5_000);
    }

    [Theory]
    [InlineData("1e3")]
    [InlineData("-0.5")]
    [InlineData("0")]
    [InlineData("0.000000001")]
    [InlineData("1.2.3")]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("92233720369")]
    [InlineData("92233720368.54775808")]
    public void A_malformed_or_out_of_range_price_rejects_the_frame_as_a_bad_number(string price)
    {
        var parser = NewParser();
        byte[] frame = Encoding.UTF8.GetBytes(
            "{\"stream\":\"bnbbtc@depth5\",\"data\":{\"lastUpdateId\":7,\"bids\":[[\"0.1\",\"1\"],[\"" + price + "\",\"1\"]],\"asks\":[]}}");
        Assert.Equal(MarketEventKind.Rejected, parser.Parse(frame));
        Assert.Equal(FrameRejection.BadNumber, parser.Event.Rejection);
        Assert.Equal(1, parser.Counters.Rejected(FrameRejection.BadNumber));
    }

    [Fact]
    public void A_zero_quantity_is_read_as_a_level_to_remove_and_a_third_level_element_is_ignored()
    {
        var parser = NewParser();
        byte[] frame = Encoding.UTF8.GetBytes(
            """{"e":"depthUpdate","E":1,"s":"BNBBTC","U":1,"u":2,"b":[["0.0024","0.00000000"],["0.0023","5",[]]],"a":[["0.0026","0"]]}""");
        Assert.Equal(MarketEventKind.DepthUpdate, parser.Parse(frame));
        Assert.Equal([new BookLevel(Price.Parse("0.0024"), Quantity.Zero), new BookLevel(Price.Parse("0.0023"), Quantity.Parse("5"))], parser.Event.Bids.ToArray());
        Assert.Equal([new BookLevel(Price.Parse("0.0026"), Quantity.Zero)], parser.Event.Asks.ToArray());
    }
}
