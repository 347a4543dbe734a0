using Skia.Trader.Binance.Wire;

namespace Skia.Trader.Binance.Tests.Wire;

public class DecimalUnitsTests
{
    [Theory]
    [InlineData("0.35130000", 35_130_000L)]
    [InlineData("6195.00000000", 619_500_000_000L)]
    [InlineData("0.00000001", 1L)]
    [InlineData("25", 2_500_000_000L)]
    [InlineData("-1.5", -150_000_000L)]
    [InlineData("0.1000000000", 10_000_000L)]
    [InlineData(".5", 50_000_000L)]
    [InlineData("92233720368.54775807", long.MaxValue)]
    public void Parses_exact_decimal_strings(string text, long expected)
    {
        Assert.True(DecimalUnits.TryParse(RecordedSession.Utf8(text), out long units));
        Assert.Equal(expected, units);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("1.2.3")]
    [InlineData("1e5")]
    [InlineData("0.000000001")]
    [InlineData("92233720368.54775808")]
    [InlineData("99999999999999999999")]
    [InlineData(" 1")]
    public void Rejects_what_is_not_an_exact_eight_place_decimal(string text)
    {
        Assert.False(DecimalUnits.TryParse(RecordedSession.Utf8(text), out _));
    }

    [Theory]
    [InlineData(10_000_000L, "0.1")]
    [InlineData(2_500_000_000L, "25")]
    [InlineData(-150_000_000L, "-1.5")]
    [InlineData(1L, "0.00000001")]
    [InlineData(0L, "0")]
    [InlineData(long.MinValue, "-92233720368.54775808")]
    public void Formats_trimmed_for_request_parameters(long units, string expected)
    {
        Assert.Equal(expected, DecimalUnits.Format(units));
    }
}
