using System.Text;
using CsCheck;
using Skia.Trader.Core.Numerics;

namespace Skia.Trader.Core.Tests.Numerics;

public class PriceTests
{
    [Theory]
    [InlineData("0.35210000", 35_210_000L)]
    [InlineData("0.3521", 35_210_000L)]
    [InlineData("12", 1_200_000_000L)]
    [InlineData("12.", 1_200_000_000L)]
    [InlineData(".5", 50_000_000L)]
    [InlineData("0.00000001", 1L)]
    [InlineData("0.000000010000", 1L)]
    [InlineData("-3.25", -325_000_000L)]
    [InlineData("92233720368.54775807", long.MaxValue)]
    [InlineData("0", 0L)]
    [InlineData("-92233720368.54775808", long.MinValue)]
    public void TryParse_reads_exact_decimals_from_utf8_and_chars(string text, long raw)
    {
        Assert.True(Price.TryParse(Encoding.UTF8.GetBytes(text), out Price fromBytes));
        Assert.True(Price.TryParse(text.AsSpan(), out Price fromChars));
        Assert.Equal(raw, fromBytes.Raw);
        Assert.Equal(raw, fromChars.Raw);
    }

    [Theory]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("-")]
    [InlineData("1e5")]
    [InlineData(" 1")]
    [InlineData("1 ")]
    [InlineData("1.2.3")]
    [InlineData("0.000000001")]
    [InlineData("92233720368.54775808")]
    [InlineData("100000000000")]
    [InlineData("NaN")]
    [InlineData("1,5")]
    public void TryParse_refuses_text_that_is_not_an_exact_8_decimal_number(string text)
    {
        Assert.False(Price.TryParse(Encoding.UTF8.GetBytes(text), out _));
        Assert.False(Price.TryParse(text.AsSpan(), out _));
    }

    [Theory]
    [InlineData("0.35210000\"", 35_210_000L, 10)]
    [InlineData("12\",", 1_200_000_000L, 2)]
    [InlineData("12.]", 1_200_000_000L, 3)]
    [InlineData(".5x", 50_000_000L, 2)]
    [InlineData("0.0000000100000\"", 1L, 15)]
    [InlineData("92233720368.54775807", long.MaxValue, 20)]
    [InlineData("007", 700_000_000L, 3)]
    public void TryParseLeading_reads_the_number_at_the_start_and_says_where_it_stopped(string text, long raw, int consumed)
    {
        Assert.True(Price.TryParseLeading(Encoding.UTF8.GetBytes(text), out Price price, out int n));
        Assert.Equal(raw, price.Raw);
        Assert.Equal(consumed, n);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData(".\"")]
    [InlineData("-1\"")]
    [InlineData("+1\"")]
    [InlineData("0.000000001\"")]
    [InlineData("0.123456780001\"")]
    [InlineData("92233720368.54775808\"")]
    [InlineData("100000000000\"")]
    [InlineData("99999999999999999999999\"")]
    public void TryParseLeading_refuses_signs_overflow_and_inexact_decimals(string text)
    {
        Assert.False(Price.TryParseLeading(Encoding.UTF8.GetBytes(text), out _, out _));
        Assert.False(Quantity.TryParseLeading(Encoding.UTF8.GetBytes(text), out _, out _));
    }

    [Fact]
    public void TryParseLeading_agrees_with_TryParse_on_any_text_before_a_quote()
    {
        var piece = Gen.OneOf("0", "1", "9", "5", ".", "e", "-", "00000000", "92233720368", "x");
        piece.Array[0, 8].Select(p => string.Concat(p)).Sample(text =>
        {
            byte[] quoted = Encoding.UTF8.GetBytes(text + "\"");
            bool leading = Price.TryParseLeading(quoted, out Price a, out int n) && quoted[n] == (byte)'"';
            Price b = default;
            bool whole = !text.StartsWith('-') && Price.TryParse(Encoding.UTF8.GetBytes(text), out b);
            Assert.Equal(whole, leading);
            if (whole) Assert.Equal(b, a);
        }, iter: 20_000);
    }

    [Fact]
    public void TryParseLeading_reads_every_eight_decimal_value_exactly()
    {
        Gen.Long[0, long.MaxValue].Sample(raw =>
        {
            byte[] text = Encoding.UTF8.GetBytes(Price.FromRaw(raw).ToString("F8", null) + "\"");
            Assert.True(Price.TryParseLeading(text, out Price price, out int n));
            Assert.Equal(raw, price.Raw);
            Assert.Equal(text.Length - 1, n);
        });
    }

    [Fact]
    public void TryParseLeading_agrees_with_TryParse_when_the_eight_decimals_hold_bytes_next_to_the_digits()
    {
        // Bytes whose high nibble is 3 like the digits' (':' to '?') or that border them ('/'), in the eight places after the point.
        var decimals = Gen.Byte[0x2E, 0x3F].Array[8];
        Gen.Select(Gen.Long[0, 92_233_720_368L], decimals, Gen.Byte).Sample((integer, places, after) =>
        {
            byte[] text = [.. Encoding.ASCII.GetBytes(integer + "."), .. places, after, (byte)'"'];
            bool leading = Price.TryParseLeading(text, out Price a, out int n);
            int end = leading ? n : 0;
            Price b = default;
            bool whole = leading && Price.TryParse(text.AsSpan(0, end), out b);
            if (leading)
            {
                Assert.True(whole);
                Assert.Equal(b, a);
                Assert.False(text[end] is >= (byte)'0' and <= (byte)'9'); // it stops only where no digit continues the number
            }
            bool allDigits = places.All(c => c is >= (byte)'0' and <= (byte)'9');
            if (allDigits && after is < (byte)'0' or > (byte)'9' && after != (byte)'.') Assert.True(leading);
        }, iter: 20_000);
    }

    [Theory]
    [InlineData(35_210_000L, 8, "0.35210000")]
    [InlineData(35_210_000L, 4, "0.3521")]
    [InlineData(35_215_000L, 4, "0.3522")]
    [InlineData(-35_215_000L, 4, "-0.3522")]
    [InlineData(-1L, 2, "0.00")]
    [InlineData(1_200_000_000L, 0, "12")]
    [InlineData(long.MaxValue, 8, "92233720368.54775807")]
    [InlineData(long.MinValue, 8, "-92233720368.54775808")]
    public void TryFormat_writes_fixed_decimals_rounding_half_away_from_zero(long raw, int decimals, string expected)
    {
        Span<byte> utf8 = stackalloc byte[Price.MaxFormattedLength];
        Assert.True(Price.FromRaw(raw).TryFormat(utf8, out int n, decimals));
        Assert.Equal(expected, Encoding.UTF8.GetString(utf8[..n]));
        Span<char> chars = stackalloc char[Price.MaxFormattedLength];
        Assert.True(Price.FromRaw(raw).TryFormat(chars, out int m, decimals));
        Assert.Equal(expected, chars[..m].ToString());
    }

    [Fact]
    public void Format_strings_choose_shortest_or_fixed()
    {
        Price p = Price.Parse("0.35210000");
        Assert.Equal("0.3521", p.ToString());
        Assert.Equal("0.35210000", p.ToString("F", null));
        Assert.Equal("0.35", p.ToString("F2", null));
        Assert.Equal("0.3521", $"{p}");
        Assert.Equal("5", Price.FromUnits(5).ToString());
    }

    [Fact]
    public void TryFormat_reports_a_too_small_destination_instead_of_writing_part()
    {
        Span<char> small = stackalloc char[3];
        Assert.False(Price.Parse("123.45").TryFormat(small, out int written, 2));
        Assert.Equal(0, written);
    }

    [Fact]
    public void Parse_and_format_allocate_nothing()
    {
        byte[] text = "0.35210000"u8.ToArray();
        byte[] output = new byte[Price.MaxFormattedLength];
        long sum = 0;
        for (int i = 0; i < 100; i++)
        {
            Price.TryParse(text, out Price warm);
            warm.TryFormat(output, out _, 8);
        }
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 10_000; i++)
        {
            Price.TryParse(text, out Price p);
            p.TryFormat(output, out int n, 8);
            sum += n;
        }
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(100_000, sum);
    }

    [Fact]
    public void Any_raw_value_round_trips_through_utf8_and_chars_in_every_format()
    {
        Gen.Long.Sample(raw =>
        {
            Price p = Price.FromRaw(raw);
            Span<byte> utf8 = stackalloc byte[Price.MaxFormattedLength];
            Assert.True(p.TryFormat(utf8, out int n, 8));
            Assert.True(Price.TryParse(utf8[..n], out Price back));
            Assert.Equal(p, back);
            Span<char> chars = stackalloc char[Price.MaxFormattedLength];
            Assert.True(p.TryFormat(chars, out int m, "G", null));
            Assert.True(Price.TryParse(chars[..m], out Price shortest));
            Assert.Equal(p, shortest);
        });
    }

    [Fact]
    public void Parsing_agrees_with_decimal_for_generated_texts()
    {
        Gen.Select(Gen.Long[0, 92_233_720_367L], Gen.Int[0, 8], Gen.Long[0, 99_999_999L]).Sample((integer, places, fraction) =>
        {
            string text = places == 0 ? integer.ToString() : integer + "." + (fraction % (long)Math.Pow(10, places)).ToString().PadLeft(places, '0');
            Assert.True(Price.TryParse(text.AsSpan(), out Price p));
            Assert.Equal(decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture) * 100_000_000m, (decimal)p.Raw);
        });
    }

    [Fact]
    public void Arithmetic_is_checked_not_wrapping()
    {
        Assert.Throws<OverflowException>(() => Price.MaxValue + Price.FromRaw(1));
        Assert.Equal(Price.Parse("0.3"), Price.Parse("0.1") + Price.Parse("0.2"));
    }
}
