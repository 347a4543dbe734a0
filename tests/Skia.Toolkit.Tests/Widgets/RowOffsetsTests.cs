using Skia.Toolkit.Widgets;

namespace Skia.Toolkit.Tests.Widgets;

public class RowOffsetsTests
{
    [Fact]
    public void Tops_and_lookups_match_a_plain_running_sum_through_resets_appends_truncations_and_changes()
    {
        var random = new Random(4);
        var heights = new List<float>();
        var offsets = new RowOffsets();
        float Next() => random.Next(4) == 0 ? 0 : random.Next(1, 60); // zero-height rows too
        for (var round = 0; round < 300; round++)
        {
            switch (random.Next(4))
            {
                case 0:
                    heights = Enumerable.Range(0, random.Next(0, 70)).Select(_ => Next()).ToList();
                    offsets.Reset(heights.Count, i => heights[i]);
                    break;
                case 1:
                    var more = random.Next(1, 40);
                    for (var i = 0; i < more; i++) heights.Add(Next());
                    offsets.Resize(heights.Count, i => heights[i]);
                    break;
                case 2:
                    var keep = random.Next(0, heights.Count + 1);
                    heights.RemoveRange(keep, heights.Count - keep);
                    offsets.Resize(keep, _ => throw new InvalidOperationException("a truncation asks no heights"));
                    break;
                default:
                    if (heights.Count == 0) break;
                    var at = random.Next(heights.Count);
                    heights[at] = Next();
                    offsets.Set(at, heights[at]);
                    break;
            }

            Assert.Equal(heights.Count, offsets.Count);
            double top = 0;
            for (var i = 0; i < heights.Count; i++)
            {
                Assert.Equal(top, offsets.TopOf(i));
                Assert.Equal(heights[i], offsets.HeightOf(i));
                if (heights[i] > 0)
                {
                    Assert.Equal(i, offsets.IndexAt(top));
                    Assert.Equal(i, offsets.IndexAt(top + heights[i] - 0.5));
                }
                top += heights[i];
            }
            Assert.Equal(top, offsets.Total);
            Assert.Equal(heights.Count, offsets.IndexAt(top));
            Assert.Equal(0, offsets.IndexAt(-5));
        }
    }

    [Fact]
    public void A_height_that_is_not_finite_or_negative_is_a_clear_error()
    {
        var offsets = new RowOffsets();
        var error = Assert.Throws<InvalidOperationException>(() => offsets.Reset(3, i => i == 2 ? float.NaN : 10));
        Assert.Contains("row 2", error.Message);
        offsets.Reset(3, _ => 10);
        Assert.Throws<InvalidOperationException>(() => offsets.Set(1, -1));
        Assert.Throws<InvalidOperationException>(() => offsets.Resize(4, _ => float.PositiveInfinity));
        Assert.Equal(30, offsets.Total);
    }
}
