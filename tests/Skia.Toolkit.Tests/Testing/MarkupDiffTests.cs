using Skia.Toolkit.Testing;

namespace Skia.Toolkit.Tests.Testing;

public class MarkupDiffTests
{
    [Fact]
    public void Line_endings_trailing_spaces_and_surrounding_blank_lines_do_not_count()
    {
        const string expected = """

            Stack
              Label text="Bid"
            """;
        const string actual = "Stack  \r\n  Label text=\"Bid\"\r\n\r\n";

        Assert.Null(MarkupDiff.Describe(expected, actual));
    }

    [Fact]
    public void A_changed_line_shows_as_removed_expected_and_added_actual_with_context()
    {
        const string expected = "Dock\n  Stack\n    Label text=\"Bid\"\n    Label text=\"Ask\"\n  Border";
        const string actual = "Dock\n  Stack\n    Label text=\"Bid\"\n    Label text=\"Last\"\n  Border";

        var diff = MarkupDiff.Describe(expected, actual);

        Assert.Equal(
            "--- expected\n+++ actual\n@@ expected line 1, actual line 1 @@\n"
            + "  Dock\n    Stack\n      Label text=\"Bid\"\n-     Label text=\"Ask\"\n+     Label text=\"Last\"\n    Border\n",
            diff);
    }

    [Fact]
    public void Distant_changes_get_separate_hunks_without_the_unchanged_middle()
    {
        var expectedLines = Enumerable.Range(0, 30).Select(i => "line " + i).ToArray();
        var actualLines = (string[])expectedLines.Clone();
        actualLines[2] = "changed 2";
        actualLines[25] = "changed 25";

        var diff = MarkupDiff.Describe(string.Join('\n', expectedLines), string.Join('\n', actualLines))!;

        Assert.Contains("- line 2\n+ changed 2\n", diff);
        Assert.Contains("- line 25\n+ changed 25\n", diff);
        Assert.Equal(2, diff.Split("@@ expected").Length - 1);
        Assert.DoesNotContain("line 14", diff);
    }

    [Fact]
    public void Added_and_missing_lines_are_marked()
    {
        var diff = MarkupDiff.Describe("A\nB\nC", "A\nC\nD")!;

        Assert.Contains("- B\n", diff);
        Assert.Contains("+ D\n", diff);
        Assert.Contains("  A\n", diff);
    }
}
