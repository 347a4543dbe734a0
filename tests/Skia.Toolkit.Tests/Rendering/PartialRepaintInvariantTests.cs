using System.Globalization;
using System.Text.RegularExpressions;
using CsCheck;
using Skia.Toolkit.Core;
using Skia.Toolkit.Platform;
using Skia.Toolkit.Rendering;
using Skia.Toolkit.Rendering.Backends;
using Skia.Toolkit.Widgets;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Rendering;

/// <summary>
/// The partial-repaint invariant of DESIGN.md: for random trees and random sequences of changes, the
/// back buffer after a series of partial repaints equals the same state drawn from scratch, byte for byte up to
/// Skia's one-unit blending difference on translucent fills (see AssertSamePixels).
/// </summary>
public class PartialRepaintInvariantTests
{
    private const int LogicalWidth = 120;
    private const int LogicalHeight = 90;

    // Opaque colours plus a translucent one, so overlapping draws that blend are covered too.
    private static readonly SKColor[] Palette =
    [
        SKColors.Red, SKColors.Green, SKColors.Blue, SKColors.Orange, SKColors.Purple, SKColors.Teal, SKColors.Black,
        new SKColor(255, 255, 0, 128),
    ];

    private static readonly float[] Scales = [1f, 1.5f, 2f];

    /// <summary>NodeSpec describes a widget to build: Kind 0 Rectangle, 1 vertical Stack, 2 horizontal Stack, 3 2x2 Grid, 4 Border, 5 ScrollContainer, 6 Dock.</summary>
    public sealed record NodeSpec(int Kind, int Colour, int Size, int Margin, NodeSpec[] Children)
    {
        public override string ToString() => Children.Length == 0
            ? $"{Kind}/{Colour}/{Size}/{Margin}"
            : $"{Kind}/{Colour}/{Size}/{Margin}[{string.Join(", ", Children.Select(c => c.ToString()))}]";
    }

    /// <summary>Change is one mutation: Kind picks what (colour, size, visibility, add, remove, scroll, margin, corner), Target which widget (modulo the count), Value how.</summary>
    public sealed record Change(int Kind, int Target, int Value)
    {
        public override string ToString() => $"({Kind},{Target},{Value})";
    }

    private static readonly Gen<NodeSpec> Leaf =
        Gen.Select(Gen.Int[0, Palette.Length - 1], Gen.Int[0, 5], Gen.Int[0, 3], (c, s, m) => new NodeSpec(0, c, s, m, []));

    private static readonly Gen<NodeSpec> Tree = Gen.Recursive<NodeSpec>((depth, self) =>
        depth >= 3
            ? Leaf
            : Gen.Frequency(
                (2, (IGen<NodeSpec>)Leaf),
                (3, Gen.Select(Gen.Int[1, 6], Gen.Int[0, Palette.Length - 1], Gen.Int[0, 5], Gen.Int[0, 3], self.Array[0, 4], (k, c, s, m, ch) => new NodeSpec(k, c, s, m, ch)))));

    private static readonly Gen<Change> OneChange = Gen.Select(Gen.Int[0, 7], Gen.Int[0, 1000], Gen.Int[0, 1000], (k, t, v) => new Change(k, t, v));

    private static readonly Gen<(NodeSpec Tree, Change[] Changes, int Scale)> Case =
        Gen.Select(Tree.Where(t => t.Kind != 0), OneChange.Array[1, 12], Gen.Int[0, Scales.Length - 1]);

    [Fact]
    public void Partial_repaints_equal_a_from_scratch_render_byte_for_byte()
    {
        Case.Sample(
            c => Check(c.Tree, c.Changes, Scales[c.Scale]),
            iter: 300,
            threads: 1,
            print: c => $"scale {Scales[c.Scale]} tree {c.Tree} changes {string.Join(" ", c.Changes.Select(x => x.ToString()))}");
    }

    /// <summary>Cases the random test once found, kept as regressions (the text is what a failure prints).</summary>
    [Theory]
    [InlineData("scale 1 tree 6/7/5/0[0/2/4/1, 0/2/1/2, 0/7/4/0] changes (7,631,864) (3,99,656) (7,81,5) (1,119,127) (5,605,145) (4,860,394) (3,876,621) (4,878,467)")]
    [InlineData("scale 1.5 tree 5/0/0/0[1/1/0/0[0/2/5/0, 0/3/5/1, 0/4/5/2]] changes (5,0,999) (1,3,0) (3,1,2) (2,2,0)")]
    [InlineData("scale 2 tree 6/5/5/1[3/5/4/0[0/4/3/1, 0/4/4/2, 0/3/0/1, 3/3/2/3[0/7/4/2, 0/1/0/0, 0/3/5/0]], 0/6/0/2, 2/0/5/0[1/6/3/1[0/5/1/0, 0/1/0/1], 1/1/3/1[0/1/2/3, 0/5/4/3]], 0/2/5/3] changes (3,383,644)")]
    [InlineData("scale 2 tree 3/7/1/0[6/7/0/1[1/0/2/1, 5/0/4/2[0/3/3/2, 0/6/1/2], 1/6/2/1, 4/3/5/2[0/7/2/3, 0/5/2/2]], 1/6/5/0[0/1/0/0]] changes (2,993,317) (5,765,693) (5,874,274) (7,969,802) (0,579,157) (7,809,551) (7,9,879) (2,885,155)")]
    [InlineData("scale 2 tree 4/1/3/1[2/4/5/2[6/5/2/0[0/5/2/2, 0/4/3/2, 0/5/0/0, 0/3/2/0], 2/2/5/2, 5/6/2/2[0/3/3/3, 0/3/0/1, 0/7/4/0]], 0/3/3/3, 3/5/1/1[6/5/4/2[0/4/5/1, 0/4/5/3], 3/1/3/1[0/6/0/1, 0/4/5/1, 0/7/1/2]], 2/7/3/3] changes (7,863,120) (4,804,826) (7,62,901) (1,20,981) (0,25,772) (4,492,848) (0,243,885) (6,786,547)")]
    public void Recorded_cases_match_from_scratch(string recorded)
    {
        var m = Regex.Match(recorded, @"^scale ([\d.]+) tree (.*) changes (.*)$");
        int at = 0;
        var tree = ParseNode(m.Groups[2].Value, ref at);
        var changes = Regex.Matches(m.Groups[3].Value, @"\((\d+),(\d+),(\d+)\)")
            .Select(x => new Change(Number(x.Groups[1].Value), Number(x.Groups[2].Value), Number(x.Groups[3].Value)))
            .ToArray();
        Check(tree, changes, float.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
    }

    private static int Number(string text) => int.Parse(text, CultureInfo.InvariantCulture);

    private static NodeSpec ParseNode(string text, ref int at)
    {
        var m = Regex.Match(text[at..], @"^(\d+)/(\d+)/(\d+)/(\d+)");
        at += m.Length;
        var children = new List<NodeSpec>();
        if (at < text.Length && text[at] == '[')
        {
            at++;
            while (true)
            {
                children.Add(ParseNode(text, ref at));
                if (text[at] == ']')
                {
                    at++;
                    break;
                }

                at += 2; // ", "
            }
        }

        return new NodeSpec(Number(m.Groups[1].Value), Number(m.Groups[2].Value), Number(m.Groups[3].Value), Number(m.Groups[4].Value), [.. children]);
    }

    private static void Check(NodeSpec spec, Change[] changes, float scale)
    {
        var incremental = Build(spec);
        using var window = new HeadlessWindow(incremental, LogicalWidth, LogicalHeight, scale);
        using var fullBackend = new RasterBackend();
        using var fullRenderer = new FrameRenderer(window.Root, fullBackend);
        window.RenderFrame();
        foreach (var change in changes)
        {
            Apply(incremental, change);
            window.RenderFrame();

            // Same tree, whole window repainted: catches a change whose pixels were not invalidated.
            window.Root.DirtyRegion.AddAll();
            fullRenderer.RenderFrame();
            AssertSamePixels(window.Backend, fullBackend, $"after change {change}");
        }

        // A fresh tree with every change applied and laid out once: catches incremental layout going stale.
        var fresh = Build(spec);
        foreach (var change in changes) Apply(fresh, change);
        using var scratch = new HeadlessWindow(fresh, LogicalWidth, LogicalHeight, scale);
        scratch.RenderFrame();
        Assert.Equal(scratch.Root.ToMarkup(), window.Root.ToMarkup());
        AssertSamePixels(window.Backend, scratch.Backend, "against a fresh tree");
    }

    /// <summary>
    /// AssertSamePixels requires the same bytes, except that a channel may differ by one unit: Skia's CPU
    /// rasteriser blends a translucent fill one unit differently over a one-pixel-wide clipped span than
    /// over a wide one (recorded case "scale 1 tree 6/7/5/0...": blue 63 vs 64 under a #80FFFF00 fill),
    /// which no widget can control. A missed or misplaced repaint differs by far more than one unit.
    /// </summary>
    private static void AssertSamePixels(RasterBackend actual, RasterBackend expected, string when)
    {
        var a = actual.Pixels;
        var e = expected.Pixels;
        Assert.Equal(e.Length, a.Length);
        if (a.SequenceEqual(e)) return;
        for (int i = 0; i < a.Length; i++)
        {
            if (Math.Abs(a[i] - e[i]) > 1)
            {
                int pixel = i / 4;
                Assert.Fail($"Back buffer differs {when} at pixel ({pixel % expected.PixelSize.Width},{pixel / expected.PixelSize.Width}): channel {i % 4} is {a[i]}, from scratch {e[i]}.");
            }
        }
    }

    private static Widget Build(NodeSpec spec)
    {
        Widget widget;
        var colour = Palette[spec.Colour];
        switch (spec.Kind)
        {
            case 0:
                widget = new Rectangle { Fill = colour, CornerRadius = spec.Size % 2 == 0 ? 0 : 3, Stroke = SKColors.Black, StrokeThickness = spec.Size % 3 == 0 ? 1 : 0 };
                break;
            case 1:
            case 2:
                var stack = new Stack { Orientation = spec.Kind == 1 ? Orientation.Vertical : Orientation.Horizontal, Spacing = spec.Margin, Background = spec.Colour % 3 == 0 ? colour : SKColors.Empty };
                foreach (var c in spec.Children) stack.Add(Build(c));
                widget = stack;
                break;
            case 3:
                var grid = new Grid { Rows = GridLength.Parse("Auto, *"), Columns = GridLength.Parse("*, 2*") };
                for (int i = 0; i < spec.Children.Length; i++) grid.Add(Build(spec.Children[i]), i / 2 % 2, i % 2);
                widget = grid;
                break;
            case 4:
                var border = new Border { Background = colour, BorderColor = SKColors.Black, BorderThickness = spec.Margin, CornerRadius = spec.Size, Padding = new Thickness(spec.Margin) };
                if (spec.Children.Length > 0) border.Child = Build(spec.Children[0]);
                widget = border;
                break;
            case 5:
                var scroll = new ScrollContainer { CanScrollHorizontally = spec.Colour % 2 == 0 };
                if (spec.Children.Length > 0) scroll.Content = Build(spec.Children[0]);
                widget = scroll;
                break;
            default:
                var dock = new Dock { Background = colour };
                for (int i = 0; i < spec.Children.Length; i++)
                {
                    var child = Build(spec.Children[i]);
                    dock.Add(child, (DockSide)(i % 4));
                }

                widget = dock;
                break;
        }

        if (spec.Size > 0 && spec.Kind != 5)
        {
            // Fixed sizes make some widgets layout boundaries.
            if (spec.Size % 2 == 1) widget.Width = spec.Size * 9;
            if (spec.Size >= 2) widget.Height = spec.Size * 7;
        }

        if (spec.Kind == 5) widget.Height = 20 + (spec.Size * 5);
        widget.Margin = new Thickness(spec.Margin * 1.5f, spec.Margin, spec.Margin * 0.5f, 0);
        return widget;
    }

    private static List<Widget> Flatten(Widget root)
    {
        var all = new List<Widget>();
        void Walk(Widget w)
        {
            all.Add(w);
            foreach (var c in w.Children) Walk(c);
        }

        Walk(root);
        return all;
    }

    private static void Apply(Widget root, Change change)
    {
        var all = Flatten(root);
        var target = all[change.Target % all.Count];
        int v = change.Value;
        switch (change.Kind)
        {
            case 0:
                var colour = Palette[v % Palette.Length];
                switch (target)
                {
                    case Shape shape: shape.Fill = colour; break;
                    case Border border: border.Background = colour; break;
                    case Panel panel: panel.Background = colour; break;
                }

                break;
            case 1:
                if (ReferenceEquals(target, root)) break;
                if (v % 3 == 0) target.Width = float.NaN;
                else target.Width = 4 + (v % 60);
                if (v % 2 == 0) target.Height = 3 + (v % 40);
                break;
            case 2:
                if (!ReferenceEquals(target, root)) target.IsVisible = !target.IsVisible;
                break;
            case 3:
                var added = new Rectangle { Fill = Palette[v % Palette.Length], Height = 4 + (v % 15), Width = v % 2 == 0 ? float.NaN : 6 + (v % 30) };
                switch (target)
                {
                    case Grid grid: grid.Add(added, v % 2, (v / 2) % 2); break;
                    case Panel panel: panel.Insert(v % (panel.Children.Count + 1), added); break;
                    case Border { Child: null } border: border.Child = added; break;
                    case ScrollContainer { Content: null } scroll: scroll.Content = added; break;
                }

                break;
            case 4:
                if (target.Parent is Panel parent) parent.Remove(target);
                else if (target.Parent is Border b) b.Child = null;
                else if (target.Parent is ScrollContainer s) s.Content = null;
                break;
            case 5:
                var scrolls = all.OfType<ScrollContainer>().ToList();
                if (scrolls.Count > 0)
                {
                    var sc = scrolls[change.Target % scrolls.Count];
                    sc.ScrollTo(v % 2 == 0 ? v % 50 : 0, (v * 7) % 120);
                }

                break;
            case 6:
                if (!ReferenceEquals(target, root)) target.Margin = new Thickness(v % 7, (v / 7) % 5, 0, v % 3);
                break;
            default:
                if (target is Rectangle rect) rect.CornerRadius = v % 6;
                else if (target is Border border2) border2.BorderThickness = v % 4;
                else if (target is Stack stack) stack.Spacing = v % 5;
                break;
        }
    }
}
