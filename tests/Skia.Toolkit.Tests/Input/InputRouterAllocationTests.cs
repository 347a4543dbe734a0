using Skia.Toolkit.Core;
using Skia.Toolkit.Input;
using Skia.Toolkit.Platform;
using Skia.Toolkit.Widgets;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Input;

/// <summary>
/// Routing input allocates nothing in steady state: the router reuses one arguments object per dispatch depth
/// (PointerEventArgs, KeyEventArgs), so a pointer moving over the window (hover changing between buttons) and keys
/// pressed into a focused widget cost no garbage per event; and a dispatch from inside a hook gets its own object.
/// </summary>
public sealed class InputRouterAllocationTests
{
    private const int Events = 1_000;

    [Fact]
    public void A_thousand_pointer_moves_over_buttons_and_a_thousand_key_presses_allocate_nothing_after_warm_up()
    {
        var counter = new KeyCounter { Name = "counter", Focusable = true };
        var row = new Stack { Orientation = Orientation.Horizontal };
        row.Add(new Button("Buy") { Width = 100, Height = 40 });
        row.Add(new Button("Sell") { Width = 100, Height = 40 });
        row.Add(counter);
        using var window = new HeadlessWindow(row, 300, 40);
        window.RenderFrame();
        window.Root.Input.SetFocus(counter);

        // Moves within and across the buttons and the counter: hover enters and leaves, each target gets moves.
        static SKPoint At(int n) => new(5 + (n * 37 % 290), 10 + (n % 20));
        // Warm-up: the first events size the router's pool and the damage lists; tiered compilation swaps methods for
        // optimised code on a background thread after their 30th call (a method's first tier-1 run may allocate once in the
        // process), so the warm-up goes on in rounds until one in which the JIT compiled nothing (at most 20 rounds).
        long compiled = -1;
        for (var round = 0; round < 20; round++)
        {
            Keys(window, 0, 50);
            Moves(window, 0, 50);
            window.RenderFrame();
            Thread.Sleep(100);
            long now = System.Runtime.JitInfo.GetCompiledMethodCount();
            if (now == compiled && round >= 2) break;
            compiled = now;
        }
        int warmUpKeys = counter.KeysDown;

        long before = GC.GetAllocatedBytesForCurrentThread();
        Moves(window, 50, Events);
        long moves = GC.GetAllocatedBytesForCurrentThread() - before;
        before = GC.GetAllocatedBytesForCurrentThread();
        Keys(window, 50, Events);
        long keys = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(warmUpKeys + Events, counter.KeysDown); // every press reached the focused widget, the releases too
        Assert.Equal(warmUpKeys + Events, counter.KeysUp);
        Assert.True(counter.Moves > Events / 4, $"the counter got only {counter.Moves} of the moves");
        Assert.Equal(0, moves);
        Assert.Equal(0, keys);

        static void Moves(HeadlessWindow window, int from, int count)
        {
            for (var n = from; n < from + count; n++) window.Root.DispatchPointerMove(At(n));
        }

        static void Keys(HeadlessWindow window, int from, int count)
        {
            for (var n = from; n < from + count; n++)
            {
                Key key = n % 2 == 0 ? Key.Left : Key.Right;
                window.Root.DispatchKeyDown(key, KeyModifiers.Shift);
                window.Root.DispatchKeyUp(key, KeyModifiers.Shift);
            }
        }
    }

    [Fact]
    public void A_dispatch_from_inside_a_hook_leaves_the_outer_events_arguments_as_they_were()
    {
        var inner = new Redispatcher { Name = "inner", Width = 50, Height = 50 };
        using var window = new HeadlessWindow(inner, 50, 50);
        window.RenderFrame();
        window.Root.Input.SetFocus(inner);

        window.Root.DispatchPointerMove(new SKPoint(10, 20), PointerButton.None, KeyModifiers.Control);
        window.Root.DispatchKeyDown(Key.A, KeyModifiers.Alt);

        // The nested move (at 40, 5) and key (B) did not rewrite what the outer hooks were still reading.
        Assert.Equal(new SKPoint(10, 20), inner.OuterMoveAfterNested);
        Assert.Equal(KeyModifiers.Control, inner.OuterModifiersAfterNested);
        Assert.Equal(Key.A, inner.OuterKeyAfterNested);
        Assert.Equal([new SKPoint(40, 5)], inner.NestedMoves);
        Assert.Equal([Key.B], inner.NestedKeys);
    }

    // Counts key presses and releases and pointer moves, handling the keys; allocates nothing.
    private sealed class KeyCounter : Widget
    {
        public int KeysDown { get; private set; }

        public int KeysUp { get; private set; }

        public int Moves { get; private set; }

        protected override SKSize MeasureOverride(SKSize available) => new(100, 40);

        protected override void OnRender(SKCanvas canvas)
        {
        }

        protected override void OnKeyDown(KeyEventArgs e)
        {
            KeysDown++;
            e.Handled = true;
        }

        protected override void OnKeyUp(KeyEventArgs e)
        {
            KeysUp++;
            e.Handled = true;
        }

        protected override void OnPointerMove(PointerEventArgs e)
        {
            Moves++;
            e.Handled = true;
        }
    }

    // Dispatches a second move (and key) from inside its hooks, then reads the outer event's arguments again.
    private sealed class Redispatcher : Widget
    {
        private bool _nested;

        public SKPoint OuterMoveAfterNested { get; private set; }

        public KeyModifiers OuterModifiersAfterNested { get; private set; }

        public Key OuterKeyAfterNested { get; private set; }

        public List<SKPoint> NestedMoves { get; } = [];

        public List<Key> NestedKeys { get; } = [];

        protected override SKSize MeasureOverride(SKSize available) => new(50, 50);

        protected override void OnRender(SKCanvas canvas)
        {
        }

        protected override void OnPointerMove(PointerEventArgs e)
        {
            if (_nested)
            {
                NestedMoves.Add(e.WindowPosition);
                return;
            }
            _nested = true;
            Root!.DispatchPointerMove(new SKPoint(40, 5));
            _nested = false;
            OuterMoveAfterNested = e.WindowPosition;
            OuterModifiersAfterNested = e.Modifiers;
            e.Handled = true;
        }

        protected override void OnKeyDown(KeyEventArgs e)
        {
            if (_nested)
            {
                NestedKeys.Add(e.Key);
                e.Handled = true;
                return;
            }
            _nested = true;
            Root!.DispatchKeyDown(Key.B);
            _nested = false;
            OuterKeyAfterNested = e.Key;
            e.Handled = true;
        }
    }
}
