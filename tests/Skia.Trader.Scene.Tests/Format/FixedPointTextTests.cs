using Skia.Trader.Scene.Format;

namespace Skia.Trader.Scene.Tests.Format;

public class FixedPointTextTests
{
    [Theory]
    [InlineData(2998342, 2, "29983.42")]
    [InlineData(5, 2, "0.05")]
    [InlineData(12345, 4, "1.2345")]
    [InlineData(0, 4, "0.0000")]
    [InlineData(-150, 2, "-1.50")]
    [InlineData(10041, 0, "10041")]
    public void Fixed_point_values_print_with_exactly_their_decimals(long value, int decimals, string expected)
    {
        Span<char> buffer = stackalloc char[32];
        int length = FixedPointText.WriteFixed(value, decimals, buffer);
        Assert.Equal(expected, buffer[..length].ToString());
    }

    [Theory]
    [InlineData(0, "00:00:00.000")]
    [InlineData(9_995, "00:00:09.995")]
    [InlineData(-1_000, "23:59:59.000")]
    [InlineData(-10_000_000, "21:13:20.000")]
    public void Times_print_modulo_a_day(long ms, string expected)
    {
        Span<char> buffer = stackalloc char[12];
        FixedPointText.WriteTimeOfDay(ms, buffer);
        Assert.Equal(expected, buffer.ToString());
    }

    [Theory]
    [InlineData(5, "+0.05%")]
    [InlineData(-120, "-1.20%")]
    [InlineData(0, "+0.00%")]
    public void Changes_print_signed_percent(long basisPoints, string expected)
    {
        Span<char> buffer = stackalloc char[16];
        int length = FixedPointText.WriteChange(basisPoints, buffer);
        Assert.Equal(expected, buffer[..length].ToString());
    }

    [Fact]
    public void Formatting_allocates_nothing()
    {
        Span<char> buffer = stackalloc char[32];
        FixedPointText.WriteFixed(1, 2, buffer);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            FixedPointText.WriteFixed(2998342 + i, 2, buffer);
            FixedPointText.WriteTimeOfDay(i * 5, buffer);
        }
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
