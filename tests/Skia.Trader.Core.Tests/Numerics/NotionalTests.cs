using CsCheck;
using Skia.Trader.Core.Numerics;

namespace Skia.Trader.Core.Tests.Numerics;

public class NotionalTests
{
    [Fact]
    public void Price_times_quantity_is_exact_even_at_the_extremes()
    {
        Notional n = Price.MaxValue * Quantity.MaxValue;
        Assert.Equal((Int128)long.MaxValue * long.MaxValue, n.Raw);
        Assert.Equal("0.0035210000000000".TrimEnd('0'), (Price.Parse("0.3521") * Quantity.Parse("0.01")).ToString());
        Assert.False(n.TryToQuantity(RoundingDirection.Down, out _));
    }

    [Theory]
    [InlineData("0.35210000", "3.33333333", RoundingDirection.Down, "1.17366666")]
    [InlineData("0.35210000", "3.33333333", RoundingDirection.Up, "1.17366667")]
    [InlineData("0.35210000", "3.33333333", RoundingDirection.Nearest, "1.17366667")]
    [InlineData("2", "1.5", RoundingDirection.Down, "3")]
    public void ToQuantity_rounds_in_the_direction_asked(string price, string qty, RoundingDirection rounding, string expected)
    {
        Assert.Equal(Quantity.Parse(expected), (Price.Parse(price) * Quantity.Parse(qty)).ToQuantity(rounding));
    }

    [Fact]
    public void DivideBy_gives_what_a_quote_amount_buys()
    {
        Notional quote = Notional.FromQuote(Quantity.Parse("100"));
        Assert.Equal(Quantity.Parse("284.01022436"), quote.DivideBy(Price.Parse("0.3521"), RoundingDirection.Down));
        Assert.Equal(Quantity.Parse("284.01022437"), quote.DivideBy(Price.Parse("0.3521"), RoundingDirection.Up));
        Assert.Throws<ArgumentOutOfRangeException>(() => quote.DivideBy(Price.Zero, RoundingDirection.Down));
    }

    [Fact]
    public void Rounded_down_quantity_never_overspends_and_rounded_up_never_falls_short()
    {
        Gen.Select(Gen.Long[1, 10_000_000_000_000L], Gen.Long[1, 1_000_000_000_000L]).Sample((quoteRaw, priceRaw) =>
        {
            Notional quote = Notional.FromQuote(Quantity.FromRaw(quoteRaw));
            Price price = Price.FromRaw(priceRaw);
            Quantity down = quote.DivideBy(price, RoundingDirection.Down);
            Quantity up = quote.DivideBy(price, RoundingDirection.Up);
            Assert.True(price * down <= quote);
            Assert.True(price * up >= quote);
            Assert.True(up.Raw - down.Raw <= 1);
        });
    }
}
