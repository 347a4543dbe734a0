using CsCheck;
using Skia.Toolkit.Widgets;

namespace Skia.Toolkit.Tests.Widgets;

public class NumericRuleTests
{
    private static readonly NumericRule PriceRule = new(0.01m, 1_000_000m, 0.01m);
    private static readonly NumericRule LotRule = new(0.00001m, 9000m, 0.00001m);

    [Theory]
    [InlineData("27123.45", NumericError.None)]
    [InlineData("27123.455", NumericError.OffStep)]
    [InlineData("0.001", NumericError.OffStep)]
    [InlineData("0", NumericError.BelowMinimum)]
    [InlineData("-5", NumericError.BelowMinimum)]
    [InlineData("1000000.01", NumericError.AboveMaximum)]
    [InlineData("27,123.45", NumericError.NotANumber)]
    [InlineData("", NumericError.Empty)]
    public void Validates_prices_against_tick_size_and_range(string text, NumericError expected)
    {
        Assert.Equal(expected, PriceRule.Validate(text, out _));
    }

    [Theory]
    [InlineData("0.00001", NumericError.None)]
    [InlineData("1.23456", NumericError.None)]
    [InlineData("1.234567", NumericError.OffStep)]
    [InlineData("0.1234500000", NumericError.None)]
    public void Validates_quantities_against_lot_step(string text, NumericError expected)
    {
        Assert.Equal(expected, LotRule.Validate(text, out _));
    }

    [Fact]
    public void Formats_with_the_step_decimals()
    {
        Assert.Equal("27123.40", PriceRule.Format(27123.4m));
        Assert.Equal("0.10000", LotRule.Format(0.1m));
    }

    [Theory]
    [InlineData("1.00", 1, "1.01")]
    [InlineData("1.00", -1, "0.99")]
    [InlineData("1.005", 1, "1.01")]
    [InlineData("1.005", -1, "1.00")]
    [InlineData("1.00", 10, "1.10")]
    [InlineData("0.01", -1, "0.01")]
    [InlineData("999999.99", 5, "1000000.00")]
    [InlineData("-50", 1, "0.01")]
    public void Steps_stay_on_the_tick_and_inside_the_range(string start, int steps, string expected)
    {
        var value = decimal.Parse(start, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), PriceRule.StepBy(value, steps));
    }

    [Fact]
    public void Stepping_from_decimal_extremes_clamps_without_overflow()
    {
        var rule = new NumericRule(decimal.MinValue, decimal.MaxValue, 3m);
        Assert.Equal(NumericError.None, rule.Check(rule.StepBy(decimal.MaxValue, 1)));
        Assert.Equal(NumericError.None, rule.Check(rule.StepBy(decimal.MinValue, -1)));
    }

    [Fact]
    public void Every_stepped_value_is_accepted_by_the_rule()
    {
        Gen.Select(Gen.Decimal[-2_000_000m, 2_000_000m], Gen.Int[-1000, 1000]).Sample((v, n) =>
        {
            var stepped = PriceRule.StepBy(v, n);
            return PriceRule.Check(stepped) == NumericError.None
                && PriceRule.Validate(PriceRule.Format(stepped), out var back) == NumericError.None
                && back == stepped;
        });
    }

    [Fact]
    public void Rejects_a_non_positive_step_and_an_empty_range()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new NumericRule(0, 10, 0));
        Assert.Throws<ArgumentException>(() => new NumericRule(10, 0, 1));
    }
}
