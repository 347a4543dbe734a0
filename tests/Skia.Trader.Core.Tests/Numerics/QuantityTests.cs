using System.Text;
using CsCheck;
using Skia.Trader.Core.Numerics;

namespace Skia.Trader.Core.Tests.Numerics;

public class QuantityTests
{
    [Fact]
    public void Zero_in_any_spelling_parses_to_zero_so_a_level_can_be_removed()
    {
        foreach (string zero in new[] { "0", "0.00000000", "0.0", "-0", ".0" })
        {
            Assert.True(Quantity.TryParse(Encoding.UTF8.GetBytes(zero), out Quantity q));
            Assert.True(q.IsZero, zero);
        }
    }

    [Fact]
    public void Quantities_round_trip_at_eight_decimals()
    {
        Gen.Long[0, long.MaxValue].Sample(raw =>
        {
            Quantity q = Quantity.FromRaw(raw);
            Span<byte> utf8 = stackalloc byte[Quantity.MaxFormattedLength];
            Assert.True(q.TryFormat(utf8, out int n, Quantity.Decimals));
            Assert.True(Quantity.TryParse(utf8[..n], out Quantity back));
            Assert.Equal(q, back);
        });
    }

    [Fact]
    public void Negation_and_subtraction_express_debits()
    {
        Quantity balance = Quantity.Parse("1.5");
        Assert.True((balance - Quantity.Parse("2")).IsNegative);
        Assert.Equal(Quantity.Parse("-1.5"), -balance);
    }
}
