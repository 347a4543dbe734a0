using Skia.Trader.Core.Books;
using Skia.Trader.Core.Numerics;

namespace Skia.Trader.Binance.MarketData;

/// <summary>
/// DepthLevelScanner reads a depth property such as <c>,"bids":[["0.0024","10"],["0.0023","5"]]</c>
/// straight from the frame's bytes into a <see cref="MarketEvent"/>, number by number, without a
/// JSON token per bracket and string. It takes only the exact shape Binance sends (levels of two
/// unescaped decimal strings, JSON whitespace anywhere) and gives up on anything else, leaving the
/// event as it found it, so that <see cref="MarketFrameParser"/>'s Utf8JsonReader path reads (or
/// rejects, with its reason) the same bytes: it never accepts what that path would refuse.
/// </summary>
/// <remarks>
/// Why: a depth5 frame is ~60 JSON tokens, 50 of them inside the two level arrays, and with the
/// reader costing tens of nanoseconds per token these arrays were most of the 2.2–3.1 µs per frame
/// measured by FeedParsingBenchmarks.Depth5 (perf/README.md, "Feed, order book, table").
/// </remarks>
internal static class DepthLevelScanner
{
    /// <summary>
    /// TryScanProperty reads, from <paramref name="position"/> (just after a value inside an object),
    /// a comma and a <c>"b"</c>, <c>"a"</c>, <c>"bids"</c> or <c>"asks"</c> property whose value is a
    /// level array, appending its levels to <paramref name="ev"/>. On success <paramref name="position"/>
    /// is just after the array's closing bracket; on failure nothing has changed.
    /// </summary>
    public static bool TryScanProperty(ReadOnlySpan<byte> frame, ref int position, MarketEvent ev, out bool bids)
    {
        bids = false;
        int i = SkipWhitespace(frame, position);
        if (!Is(frame, i, (byte)',')) return false;
        i = SkipWhitespace(frame, i + 1);
        if (!Is(frame, i, (byte)'"')) return false;
        i++;
        if (Is(frame, i, (byte)'b')) bids = true;
        else if (!Is(frame, i, (byte)'a')) return false;
        if (Is(frame, i + 1, (byte)'"')) i += 2;
        else if (frame[i..].StartsWith(bids ? "bids\""u8 : "asks\""u8)) i += 5;
        else return false;
        i = SkipWhitespace(frame, i);
        if (!Is(frame, i, (byte)':')) return false;
        i = SkipWhitespace(frame, i + 1);
        if (!Is(frame, i, (byte)'[')) return false;

        int countBefore = bids ? ev.BidCount : ev.AskCount;
        if (!TryScanLevels(frame, ref i, ev, bids))
        {
            if (bids) ev.BidCount = countBefore;
            else ev.AskCount = countBefore;
            return false;
        }
        position = i;
        return true;
    }

    // From the array's '[' to just after its ']'.
    private static bool TryScanLevels(ReadOnlySpan<byte> frame, ref int position, MarketEvent ev, bool bids)
    {
        int i = SkipWhitespace(frame, position + 1);
        if (Is(frame, i, (byte)']'))
        {
            position = i + 1;
            return true;
        }
        while (true)
        {
            if (!Is(frame, i, (byte)'[')) return false;
            i = SkipWhitespace(frame, i + 1);
            if (!Is(frame, i, (byte)'"')) return false;
            i++;
            if (!Price.TryParseLeading(frame[i..], out Price price, out int n)) return false;
            i += n;
            if (!Is(frame, i, (byte)'"')) return false;
            i = SkipWhitespace(frame, i + 1);
            if (!Is(frame, i, (byte)',')) return false;
            i = SkipWhitespace(frame, i + 1);
            if (!Is(frame, i, (byte)'"')) return false;
            i++;
            if (!Quantity.TryParseLeading(frame[i..], out Quantity quantity, out n)) return false;
            i += n;
            if (!Is(frame, i, (byte)'"')) return false;
            i = SkipWhitespace(frame, i + 1);
            // A third element (old frames) or a zero price goes to the general path, which skips or rejects it.
            if (!Is(frame, i, (byte)']') || price.Raw <= 0) return false;
            var level = new BookLevel(price, quantity);
            if (bids) ev.AddBid(level);
            else ev.AddAsk(level);
            i = SkipWhitespace(frame, i + 1);
            if (Is(frame, i, (byte)','))
            {
                i = SkipWhitespace(frame, i + 1);
                continue;
            }
            if (!Is(frame, i, (byte)']')) return false;
            position = i + 1;
            return true;
        }
    }

    private static bool Is(ReadOnlySpan<byte> frame, int i, byte c) => (uint)i < (uint)frame.Length && frame[i] == c;

    // JSON's four whitespace bytes (RFC 8259), the only ones Utf8JsonReader allows between tokens.
    private static int SkipWhitespace(ReadOnlySpan<byte> frame, int i)
    {
        while ((uint)i < (uint)frame.Length && frame[i] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r') i++;
        return i;
    }
}
