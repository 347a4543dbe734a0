using Skia.Toolkit.Widgets;

namespace Skia.Toolkit.Tests.Widgets;

public class TableOrderTests
{
    // Values at the column's precision take the scaled-long path; one value with more decimals than
    // the column shows, or out of long range, must send the whole sort down the exact decimal path.
    [Theory]
    [InlineData(2, false, false)]
    [InlineData(2, true, false)]
    [InlineData(2, false, true)]
    [InlineData(2, true, true)]
    [InlineData(0, true, false)]
    public void Numeric_sort_is_the_stable_exact_order_ascending_and_descending(int decimals, bool descending, bool oneFinerValue)
    {
        var random = new Random(1234 + decimals);
        decimal unit = decimals == 0 ? 1m : 0.01m;
        var values = new List<decimal>();
        for (int i = 0; i < 5000; i++) values.Add(random.Next(-300, 300) * unit); // many ties, negatives
        if (oneFinerValue)
        {
            values[17] = 1.005m;  // between 1.00 and 1.01: the scaled keys cannot represent it
            values[18] = 1.00m;
            values[19] = 1.01m;
        }

        var column = TableColumn<decimal>.Numeric("v", v => v, decimals);
        var order = new int[values.Count];
        TableOrder.Sort(values, column, descending, order);

        var expected = Enumerable.Range(0, values.Count)
            .OrderBy(i => descending ? -values[i] : values[i])
            .ThenBy(i => i)
            .ToArray();
        Assert.Equal(expected, order);
    }

    [Fact]
    public void Values_beyond_a_long_still_sort_exactly()
    {
        var values = new List<decimal> { 1e20m, -1e20m, 5m, 1e20m, 0m };
        var order = new int[values.Count];
        TableOrder.Sort(values, TableColumn<decimal>.Numeric("v", v => v, 2), descending: false, order);
        Assert.Equal(new[] { 1, 4, 2, 0, 3 }, order);
    }

    [Fact]
    public void A_comparison_answering_int_MinValue_still_reverses_when_descending_and_agrees_with_a_row_change()
    {
        // Negating int.MinValue leaves it negative: the descending order must reverse the sign, not negate.
        var column = TableColumn<int>.Numeric("v", v => v, 0);
        column.Comparison = (a, b) => a < b ? int.MinValue : a > b ? int.MaxValue : 0;
        var items = new[] { 3, 1, 2 };
        var table = new Table<int>([column]);
        table.Items = items;
        table.SortBy(0, descending: true);
        Assert.Equal([3, 2, 1], Enumerable.Range(0, 3).Select(table.ItemAt));

        items[1] = 5; // the 1 becomes a 5 and moves to the top
        table.RowsChanged(1);
        Assert.Equal([5, 3, 2], Enumerable.Range(0, 3).Select(table.ItemAt));
    }
}
