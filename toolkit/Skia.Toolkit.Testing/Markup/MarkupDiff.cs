using System.Text;

namespace Skia.Toolkit.Testing;

/// <summary>
/// MarkupDiff compares two markup snapshots line by line after normalising them (line endings,
/// trailing spaces, blank lines at either end), and describes a difference as a unified diff
/// a person can read in a test failure.
/// </summary>
public static class MarkupDiff
{
    // Lines of unchanged context shown around each change, as in `diff -u`.
    private const int ContextLines = 3;

    /// <summary>Normalize makes line endings \n, drops trailing spaces of each line and blank lines at both ends.</summary>
    public static string Normalize(string markup)
    {
        ArgumentNullException.ThrowIfNull(markup);
        var lines = markup.ReplaceLineEndings("\n").Split('\n');
        var start = 0;
        var end = lines.Length;
        while (start < end && lines[start].Trim().Length == 0) start++;
        while (end > start && lines[end - 1].Trim().Length == 0) end--;
        var builder = new StringBuilder();
        for (var i = start; i < end; i++)
        {
            if (i > start) builder.Append('\n');
            builder.Append(lines[i].TrimEnd());
        }

        return builder.ToString();
    }

    /// <summary>
    /// Describe returns null when the normalised snapshots are equal, else a unified diff where
    /// "-" lines are expected and missing, "+" lines are actual and unexpected.
    /// </summary>
    public static string? Describe(string expected, string actual)
    {
        var a = Normalize(expected).Split('\n');
        var b = Normalize(actual).Split('\n');
        if (a.AsSpan().SequenceEqual(b)) return null;

        var edits = Edits(a, b);
        var builder = new StringBuilder();
        builder.Append("--- expected\n+++ actual\n");
        var i = 0;
        while (i < edits.Count)
        {
            if (edits[i].Kind == ' ') { i++; continue; }

            // A hunk: the change plus context, merged with following changes whose context touches it.
            var start = Math.Max(0, i - ContextLines);
            var end = i;
            while (end < edits.Count)
            {
                var next = end;
                while (next < edits.Count && edits[next].Kind != ' ') next++;
                var gap = next;
                while (gap < edits.Count && edits[gap].Kind == ' ') gap++;
                end = next;
                if (gap >= edits.Count || gap - next > 2 * ContextLines) break;
                end = gap;
            }

            end = Math.Min(edits.Count, end + ContextLines);
            builder.Append($"@@ expected line {edits[start].ExpectedLine + 1}, actual line {edits[start].ActualLine + 1} @@\n");
            for (var k = start; k < end; k++)
            {
                builder.Append(edits[k].Kind).Append(' ').Append(edits[k].Text).Append('\n');
            }

            i = end;
        }

        return builder.ToString();
    }

    // A longest-common-subsequence edit script; markup snapshots are a few hundred lines at most,
    // so the quadratic table is small.
    private static List<Edit> Edits(string[] a, string[] b)
    {
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var x = a.Length - 1; x >= 0; x--)
        {
            for (var y = b.Length - 1; y >= 0; y--)
            {
                lcs[x, y] = a[x] == b[y] ? lcs[x + 1, y + 1] + 1 : Math.Max(lcs[x + 1, y], lcs[x, y + 1]);
            }
        }

        var edits = new List<Edit>(a.Length + b.Length);
        int i = 0, j = 0;
        while (i < a.Length || j < b.Length)
        {
            if (i < a.Length && j < b.Length && a[i] == b[j])
            {
                edits.Add(new Edit(' ', a[i], i, j));
                i++;
                j++;
            }
            else if (j < b.Length && (i == a.Length || lcs[i, j + 1] > lcs[i + 1, j]))
            {
                edits.Add(new Edit('+', b[j], i, j));
                j++;
            }
            else
            {
                edits.Add(new Edit('-', a[i], i, j));
                i++;
            }
        }

        return edits;
    }

    private readonly record struct Edit(char Kind, string Text, int ExpectedLine, int ActualLine);
}
