using Skia.Toolkit.Core;
using Skia.Toolkit.Platform;
using Skia.Toolkit.Rendering.Damage;
using Skia.Toolkit.Tests.Testing;
using Skia.Toolkit.Widgets;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Rendering;

/// <summary>
/// Widget.InvalidateScrolled(dy, ScrollInk): a raster back buffer moves only the rows' ink (a band of each row and
/// some columns), and the screen still equals the same state drawn from scratch; pixels outside the ink are left where
/// they are.
/// </summary>
public class ScrollInkTests
{
    private const int Pitch = 10;
    private const int Header = 6;
    private const int Lines = 12;

    /// <summary>InkTape draws a header band and lines of two value-coloured blocks, each only in rows 3..7 of its line and in columns 10..30 and 44..66 (anti-aliased edges).</summary>
    private sealed class InkTape : Widget
    {
        private readonly int[] _values = new int[Lines];
        private readonly SKPaint _paint = new() { IsAntialias = true };

        public override bool ClipToBounds => true;

        public bool UseInk { get; set; } = true;

        // Something the tape draws once where it promised only background, to see whether the move touches it.
        public SKPointI? Lie { get; set; }

        public static ScrollInk Ink => new ScrollInk(Header, Pitch, 2.5f, 7.5f).WithColumn(9.5f, 30.5f).WithColumn(43.5f, 66.5f);

        public int[] Values => (int[])_values.Clone();

        public void Load(int[] values) => values.CopyTo(_values, 0);

        public void Push(params int[] values)
        {
            var n = values.Length;
            Array.Copy(_values, 0, _values, n, Lines - n);
            for (var i = 0; i < n; i++) _values[i] = values[n - 1 - i];
            if (UseInk) InvalidateScrolled(n * Pitch, Ink);
            else InvalidateScrolled(n * Pitch);
            var window = BoundsInWindow;
            Root!.Damage.Invalidate(new SKRect(window.Left, window.Top, window.Right, window.Top + Header + (n * Pitch)));
            // The last line moved into the strip under the last whole line, where no line is drawn.
            Root.Damage.Invalidate(new SKRect(window.Left, window.Top + Header + (Lines * Pitch), window.Right, window.Bottom));
        }

        protected override void OnRender(SKCanvas canvas)
        {
            _paint.Color = SKColors.Goldenrod;
            canvas.DrawRect(0, 0, Bounds.Width, Header, _paint);
            for (var i = 0; i < Lines; i++)
            {
                var v = _values[i];
                var top = Header + (i * Pitch);
                _paint.Color = new SKColor((byte)(v * 37), (byte)(v * 91), (byte)(v * 53));
                canvas.DrawRect(10.3f + (v % 5), top + 3.2f, 14.5f, 4.1f, _paint);
                canvas.DrawRect(44.6f, top + 3.4f, 12 + (v % 9), 3.9f, _paint);
            }
            if (Lie is { } lie)
            {
                _paint.Color = SKColors.Magenta;
                canvas.DrawRect(lie.X, lie.Y, 1, 1, _paint);
                Lie = null;
            }
        }
    }

    private static (SlotBoard Screen, InkTape Tape) Screen()
    {
        var tape = new InkTape();
        var screen = new SlotBoard();
        screen.Place(new Rectangle { Fill = SKColors.SteelBlue }, new SKRect(0, 0, 80, 12));
        screen.Place(tape, new SKRect(0, 12, 80, 12 + Header + (Lines * Pitch) + 6));
        // A later sibling over the tape's right edge (a divider): repainted where it is and where it moved.
        screen.Place(new Rectangle { Fill = SKColors.Orange }, new SKRect(78, 12, 79, 12 + Header + (Lines * Pitch) + 6));
        return (screen, tape);
    }

    private static void AssertSameAsFromScratch(HeadlessWindow window, InkTape tape, float scale)
    {
        window.RenderFrame();
        var (screen, fresh) = Screen();
        fresh.Load(tape.Values);
        using var reference = new HeadlessWindow(screen, 80, 160, scale);
        reference.RenderFrame();
        ExactPixels.AssertEqual(window, reference, $"scale {scale}: ");
    }

    [Theory]
    [InlineData(1f)]
    [InlineData(1.5f)]
    [InlineData(2f)]
    public void Moving_only_the_ink_gives_the_screen_drawn_from_scratch(float scale)
    {
        var random = new Random(77);
        var (screen, tape) = Screen();
        using var window = new HeadlessWindow(screen, 80, 160, scale);
        tape.Load(Enumerable.Range(1, Lines).ToArray());
        window.RenderFrame();
        for (var frame = 0; frame < 40; frame++)
        {
            tape.Push(Enumerable.Range(0, random.Next(1, 4)).Select(_ => random.Next(200)).ToArray());
            if (frame % 7 == 3) tape.Push(random.Next(200)); // two moves in one frame
            AssertSameAsFromScratch(window, tape, scale);
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Pixels_outside_the_ink_stay_where_they_are_and_the_rest_moves(bool useInk)
    {
        var (screen, tape) = Screen();
        using var window = new HeadlessWindow(screen, 80, 160);
        tape.Load(Enumerable.Range(1, Lines).ToArray());
        tape.UseInk = useInk;
        window.RenderFrame();
        // A lie, drawn once: a pixel inside a line's ink band but between its columns (x 35), in the third line.
        var lieAt = new SKPointI(35, Header + (2 * Pitch) + 5);
        tape.Lie = lieAt;
        tape.Root!.Damage.Invalidate(new SKRect(0, 12 + lieAt.Y, 80, 12 + lieAt.Y + 1));
        window.RenderFrame();
        var magenta = (SKColor)SKColors.Magenta;
        Assert.Equal(magenta, Pixel(window, lieAt.X, 12 + lieAt.Y));

        tape.Push(500);
        window.RenderFrame();
        // With the ink promise the lie was not moved (it is outside every column); without it, the whole area moved.
        Assert.Equal(useInk, Pixel(window, lieAt.X, 12 + lieAt.Y) == magenta);
        Assert.Equal(!useInk, Pixel(window, lieAt.X, 12 + lieAt.Y + Pitch) == magenta);
        // The ink itself moved: the line that was first (value 1) is now second, its block where from scratch it is.
        var (fresh, freshTape) = Screen();
        freshTape.Load(tape.Values);
        using var reference = new HeadlessWindow(fresh, 80, 160);
        reference.RenderFrame();
        for (var y = 12 + Header + Pitch; y < 12 + Header + (2 * Pitch); y++)
        {
            for (var x = 0; x < 78; x++) Assert.Equal(Pixel(reference, x, y), Pixel(window, x, y));
        }
    }

    [Fact]
    public void A_promise_off_the_device_pixel_grid_is_dropped_and_the_whole_area_moves()
    {
        var (screen, tape) = Screen();
        // At scale 1.25 the area and a two-line move are whole device pixels, but a 10 px row is 12.5: the area moves as a block.
        using var window = new HeadlessWindow(screen, 80, 160, 1.25f);
        tape.Load(Enumerable.Range(1, Lines).ToArray());
        window.RenderFrame();
        tape.Push(300, 301);
        Assert.True(window.RenderFrame().PixelsMoved > 0);
        AssertSameAsFromScratch(window, tape, 1.25f);
    }

    [Fact]
    public void ScrollInk_rejects_a_band_outside_the_row_and_a_fifth_column()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ScrollInk(0, 10, 4, 11));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ScrollInk(0, 0, 0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ScrollInk(0, 10, 5, 4));
        Assert.Throws<InvalidOperationException>(() => default(ScrollInk).WithColumn(0, 1));
        var ink = new ScrollInk(0, 10, 2, 8).WithColumn(0, 1).WithColumn(2, 3).WithColumn(4, 5).WithColumn(6, 7);
        Assert.Equal(4, ink.ColumnCount);
        Assert.Equal((4f, 5f), ink.Column(2));
        Assert.Throws<InvalidOperationException>(() => ink.WithColumn(8, 9));
        Assert.Throws<ArgumentOutOfRangeException>(() => ink.WithColumn(3, 2));
        Assert.True(default(ScrollInk).IsEmpty);
    }

    private static SKColor Pixel(HeadlessWindow window, int x, int y)
    {
        var p = window.Backend.Pixels;
        var i = ((y * window.Backend.PixelSize.Width) + x) * 4;
        return new SKColor(p[i + 2], p[i + 1], p[i], p[i + 3]);
    }
}
