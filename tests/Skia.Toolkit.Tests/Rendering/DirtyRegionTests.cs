using Skia.Toolkit.Rendering;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Rendering;

public class DirtyRegionTests
{
    private static readonly SKSizeI Window = new(1000, 1000);

    [Fact]
    public void New_region_is_empty_and_add_clips_to_the_window()
    {
        var region = new DirtyRegion(Window);
        Assert.True(region.IsEmpty);
        region.Add(new SKRectI(-10, 990, 20, 1010));
        Assert.Equal(1, region.Count);
        Assert.Equal(new SKRectI(0, 990, 20, 1000), region.Rects[0]);
        region.Add(new SKRectI(2000, 0, 2100, 10));
        region.Add(new SKRectI(5, 5, 5, 50));
        Assert.Equal(1, region.Count);
    }

    [Fact]
    public void A_rect_inside_an_existing_one_adds_nothing_and_a_covering_rect_replaces_smaller_ones()
    {
        var region = new DirtyRegion(Window);
        region.Add(new SKRectI(10, 10, 20, 20));
        region.Add(new SKRectI(30, 30, 40, 40));
        region.Add(new SKRectI(12, 12, 18, 18));
        Assert.Equal(2, region.Count);
        region.Add(new SKRectI(0, 0, 50, 50));
        Assert.Equal(1, region.Count);
        Assert.Equal(new SKRectI(0, 0, 50, 50), region.Bounds);
    }

    [Fact]
    public void Never_more_than_eight_rects_and_the_ninth_merges_the_least_wasteful_pair()
    {
        var region = new DirtyRegion(Window);
        // Eight small squares spread on a diagonal, far apart ...
        for (int i = 0; i < 8; i++) region.Add(new SKRectI(i * 100, i * 100, (i * 100) + 10, (i * 100) + 10));
        Assert.Equal(8, region.Count);
        // ... and a ninth right next to the first: merging those two wastes almost nothing.
        region.Add(new SKRectI(12, 0, 22, 10));
        Assert.Equal(8, region.Count);
        Assert.Contains(new SKRectI(0, 0, 22, 10), region.Rects.ToArray());
        for (int i = 1; i < 8; i++) Assert.Contains(new SKRectI(i * 100, i * 100, (i * 100) + 10, (i * 100) + 10), region.Rects.ToArray());
    }

    [Fact]
    public void Rows_that_line_up_become_one_rect_covering_exactly_their_pixels()
    {
        var region = new DirtyRegion(Window);
        // A column of 41 rows of 18 px, each grown by 1 px like an invalidation (neighbours overlap by 2 px),
        // added out of order, plus a row of cells side by side and one far-away rect.
        var rows = new List<SKRectI>();
        for (int i = 0; i < 41; i++) rows.Add(new SKRectI(0, (18 * i) + 39, 361, (18 * i) + 59));
        foreach (var i in new[] { 40, 0, 20, 1, 39 }) region.Add(rows[i]);
        for (int i = 0; i < 41; i++) region.Add(rows[i]);
        region.Add(new SKRectI(400, 10, 450, 30));
        region.Add(new SKRectI(450, 10, 520, 30));
        region.Add(new SKRectI(900, 900, 910, 910));
        Assert.Equal(3, region.Count);
        Assert.Contains(new SKRectI(0, 39, 361, 779), region.Rects.ToArray());
        Assert.Contains(new SKRectI(400, 10, 520, 30), region.Rects.ToArray());
        Assert.Equal((361L * 740) + (120 * 20) + 100, region.Area);
    }

    [Fact]
    public void Rects_that_line_up_only_partly_stay_apart()
    {
        var region = new DirtyRegion(Window);
        region.Add(new SKRectI(0, 0, 100, 20));
        region.Add(new SKRectI(0, 25, 100, 45));
        region.Add(new SKRectI(0, 45, 90, 65));
        region.Add(new SKRectI(100, 0, 200, 21));
        Assert.Equal(4, region.Count);
        Assert.Equal(2000 + 2000 + 1800 + 2100, region.Area);
    }

    [Fact]
    public void Covering_most_of_the_window_falls_back_to_the_whole_window()
    {
        var region = new DirtyRegion(Window);
        region.Add(new SKRectI(0, 0, 1000, 400));
        Assert.False(region.IsFull);
        region.Add(new SKRectI(0, 500, 1000, 800));
        Assert.True(region.IsFull);
        Assert.Equal(1, region.Count);
        Assert.Equal(new SKRectI(0, 0, 1000, 1000), region.Rects[0]);
        region.Add(new SKRectI(1, 1, 2, 2));
        Assert.Equal(1, region.Count);
    }

    [Fact]
    public void Area_counts_overlapping_pixels_once()
    {
        var region = new DirtyRegion(Window);
        region.Add(new SKRectI(0, 0, 10, 10));
        region.Add(new SKRectI(5, 5, 15, 15));
        Assert.Equal(175, region.Area);
    }

    [Fact]
    public void Area_equals_the_pixels_counted_one_by_one_for_random_regions()
    {
        var random = new Random(99);
        var window = new SKSizeI(120, 90);
        for (int round = 0; round < 300; round++)
        {
            var region = new DirtyRegion(window);
            int n = random.Next(1, 12);
            for (int i = 0; i < n; i++)
            {
                int x = random.Next(-10, 120), y = random.Next(-10, 90);
                region.Add(new SKRectI(x, y, x + random.Next(1, 40), y + random.Next(1, 30)));
            }

            long counted = 0;
            for (int py = 0; py < window.Height; py++)
            {
                for (int px = 0; px < window.Width; px++)
                {
                    if (region.Intersects(new SKRectI(px, py, px + 1, py + 1))) counted++;
                }
            }

            Assert.Equal(counted, region.Area);
        }
    }

    [Fact]
    public void Clear_empties_and_intersects_checks_every_rect()
    {
        var region = new DirtyRegion(Window);
        region.Add(new SKRectI(0, 0, 10, 10));
        region.Add(new SKRectI(100, 100, 110, 110));
        Assert.True(region.Intersects(new SKRectI(105, 105, 200, 200)));
        Assert.False(region.Intersects(new SKRectI(20, 20, 90, 90)));
        region.Clear();
        Assert.True(region.IsEmpty);
        Assert.False(region.Intersects(new SKRectI(0, 0, 1000, 1000)));
    }

    [Fact]
    public void Random_additions_always_keep_every_added_pixel_covered_within_eight_rects()
    {
        var random = new Random(1234);
        for (int round = 0; round < 200; round++)
        {
            var region = new DirtyRegion(Window);
            var added = new List<SKRectI>();
            int n = random.Next(1, 30);
            for (int i = 0; i < n; i++)
            {
                int x = random.Next(0, 990), y = random.Next(0, 990);
                var r = new SKRectI(x, y, x + random.Next(1, 60), y + random.Next(1, 60));
                region.Add(r);
                added.Add(r);
                Assert.True(region.Count <= DirtyRegion.MaxRects);
            }

            foreach (var r in added)
            {
                // Every corner pixel of every added rect is inside some region rect.
                foreach (var (px, py) in new[] { (r.Left, r.Top), (r.Right - 1, r.Top), (r.Left, r.Bottom - 1), (r.Right - 1, r.Bottom - 1) })
                {
                    if (px >= 1000 || py >= 1000) continue;
                    Assert.True(region.Intersects(new SKRectI(px, py, px + 1, py + 1)), $"pixel {px},{py} lost in round {round}");
                }
            }
        }
    }

    [Fact]
    public void Contains_needs_one_rect_holding_the_whole_rect()
    {
        var region = new DirtyRegion(Window);
        // Two rects side by side whose bounding box would cover 20 more pixels, so they stay two.
        region.Add(new SKRectI(0, 0, 10, 10));
        region.Add(new SKRectI(10, 0, 20, 12));
        Assert.Equal(2, region.Count);
        Assert.True(region.Contains(new SKRectI(2, 2, 8, 8)));
        Assert.False(region.Contains(new SKRectI(5, 2, 15, 8)));
        Assert.True(region.Contains(new SKRectI(1200, 0, 1300, 10)));
    }
}
