using CsCheck;
using Skia.Toolkit.Widgets;

namespace Skia.Toolkit.Tests.Widgets;

public class DecimalTextTests
{
    [Theory]
    [InlineData("0", "0")]
    [InlineData("12.5", "12.5")]
    [InlineData("-0.00001", "-0.00001")]
    [InlineData("+7", "7")]
    [InlineData("  42.10 ", "42.10")]
    [InlineData(".5", "0.5")]
    [InlineData("5.", "5")]
    [InlineData("0000123.4500", "123.45")]
    [InlineData("-0", "0")]
    [InlineData("9999999999999999999999999999", "9999999999999999999999999999")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    [InlineData("14042196.416666666666666666667", "14042196.416666666666666666667")]
    [InlineData("0.0000000000000000000000000001", "0.0000000000000000000000000001")]
    [InlineData("1.2500000000000000000000000000000000", "1.25")]
    public void Parses_plain_decimals_exactly(string text, string expected)
    {
        Assert.Equal(NumericError.None, DecimalText.TryParse(text, out var value));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("", NumericError.Empty)]
    [InlineData("   ", NumericError.Empty)]
    [InlineData("abc", NumericError.NotANumber)]
    [InlineData("1.2.3", NumericError.NotANumber)]
    [InlineData("1e5", NumericError.NotANumber)]
    [InlineData("1,000", NumericError.NotANumber)]
    [InlineData("-", NumericError.NotANumber)]
    [InlineData(".", NumericError.NotANumber)]
    [InlineData("--1", NumericError.NotANumber)]
    [InlineData("NaN", NumericError.NotANumber)]
    [InlineData("Infinity", NumericError.NotANumber)]
    [InlineData("0x10", NumericError.NotANumber)]
    [InlineData("１２", NumericError.NotANumber)] // full-width digits are not ASCII digits
    [InlineData("79228162514264337593543950336", NumericError.TooManyDigits)] // decimal.MaxValue + 1
    [InlineData("0.00000000000000000000000000001", NumericError.TooManyDigits)]
    [InlineData("8.0000000000000000000000000001", NumericError.TooManyDigits)] // mantissa 8e28 exceeds 96 bits
    public void Rejects_text_it_cannot_represent_exactly(string text, NumericError expected)
    {
        Assert.Equal(expected, DecimalText.TryParse(text, out _));
    }

    [Fact]
    public void Round_trips_every_decimal_written_in_fixed_notation()
    {
        Gen.Decimal.Sample(d =>
        {
            var text = d.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return DecimalText.TryParse(text, out var parsed) == NumericError.None && parsed == d;
        });
    }

    [Fact]
    public void Never_throws_on_arbitrary_pasted_text()
    {
        Gen.String.Sample(s =>
        {
            var error = DecimalText.TryParse(s, out _);
            return Enum.IsDefined(error);
        });
    }

    [Theory]
    [InlineData("1", 0)]
    [InlineData("0.01", 2)]
    [InlineData("0.010", 2)]
    [InlineData("0.00001", 5)]
    [InlineData("10", 0)]
    [InlineData("2.5", 1)]
    public void Decimal_places_ignore_trailing_zeros(string step, int places)
    {
        Assert.Equal(places, DecimalText.DecimalPlaces(decimal.Parse(step, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
