using System.Globalization;
using System.Text;
using SkiaSharp;

namespace Skia.Trader.Tests.EndToEnd;

/// <summary>
/// ScreenMarkup is what the terminal's screen showed at one moment, read from its markup file: widgets by #name with
/// their window bounds (to click them) and properties (to read them), and the rows of its tables.
/// </summary>
internal sealed class ScreenMarkup
{
    private readonly Dictionary<string, MarkupNode> _byName = new(StringComparer.Ordinal);

    private ScreenMarkup(string text, MarkupNode root)
    {
        Text = text;
        Root = root;
        foreach (var node in root.Descendants().Prepend(root))
        {
            if (node.Name is { } name) _byName.TryAdd(name, node);
        }
    }

    /// <summary>Text is the markup as written.</summary>
    public string Text { get; }

    /// <summary>Root is the window's root widget.</summary>
    public MarkupNode Root { get; }

    /// <summary>Find returns the widget called <paramref name="name"/> (without '#'), or null.</summary>
    public MarkupNode? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>Get returns the widget called <paramref name="name"/>, failing with the markup when there is none.</summary>
    public MarkupNode Get(string name) => Find(name) ?? throw new InvalidOperationException($"no widget #{name} on the screen:\n{Text}");

    /// <summary>TextOf returns the text of the widget called <paramref name="name"/>, or null when there is no such widget.</summary>
    public string? TextOf(string name) => Find(name)?.Text;

    /// <summary>
    /// Rows returns the visible rows of the table called <paramref name="table"/> in display order, each as column
    /// header -> cell text (the toolkit writes a row's cells as "a|b|c", the table its headers as "A|B|C").
    /// </summary>
    public IReadOnlyList<TableRow> Rows(string table)
    {
        var node = Get(table);
        var headers = (node["columns"] ?? "").Split('|');
        var rows = new List<TableRow>();
        foreach (var row in node.Descendants())
        {
            if (row.Type != "VirtualListRow" || row.IsHidden || row.Int("index") < 0) continue;
            var cells = row.Children.Select(c => c["cells"]).FirstOrDefault(c => c is not null);
            if (cells is null) continue;
            var values = cells.Split('|');
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < headers.Length && i < values.Length; i++) map[StripSortMark(headers[i])] = values[i];
            rows.Add(new TableRow(row.Int("index"), row, map));
        }
        rows.Sort((a, b) => a.Index.CompareTo(b.Index));
        return rows;
    }

    /// <summary>Parse reads markup text (two spaces of indent per level; bounds relative to the parent).</summary>
    public static ScreenMarkup Parse(string text)
    {
        var stack = new List<(MarkupNode Node, SKPoint Origin)>();
        MarkupNode? root = null;
        foreach (var rawLine in text.Split('\n'))
        {
            if (rawLine.Length == 0) continue;
            var indent = 0;
            while (indent < rawLine.Length && rawLine[indent] == ' ') indent++;
            var depth = indent / 2;
            while (stack.Count > depth) stack.RemoveAt(stack.Count - 1);
            var parent = stack.Count > 0 ? stack[^1] : default;
            var (node, origin) = ParseLine(rawLine[indent..], parent.Node, parent.Node is null ? SKPoint.Empty : parent.Origin);
            root ??= node;
            stack.Add((node, origin));
        }
        return new ScreenMarkup(text, root ?? throw new FormatException("the markup is empty"));
    }

    private static (MarkupNode Node, SKPoint Origin) ParseLine(string line, MarkupNode? parent, SKPoint parentOrigin)
    {
        var tokens = Tokenize(line);
        var type = tokens[0];
        string? name = null;
        SKRect? bounds = null;
        var hidden = false;
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.StartsWith('#') && name is null && properties.Count == 0) name = t[1..];
            else if (t.StartsWith('(') && bounds is null)
            {
                // "(x,y" and "wxh)" are two tokens.
                var xy = t[1..].Split(',');
                var wh = tokens[++i].TrimEnd(')').Split('x');
                var x = float.Parse(xy[0], CultureInfo.InvariantCulture) + parentOrigin.X;
                var y = float.Parse(xy[1], CultureInfo.InvariantCulture) + parentOrigin.Y;
                bounds = SKRect.Create(x, y, float.Parse(wh[0], CultureInfo.InvariantCulture), float.Parse(wh[1], CultureInfo.InvariantCulture));
            }
            else if (t == "hidden") hidden = true;
            else if (t.IndexOf('=') is > 0 and var eq) properties[t[..eq]] = Unquote(t[(eq + 1)..]);
        }
        var node = new MarkupNode(type, name, bounds, properties, parent, hidden);
        return (node, bounds is { } b ? new SKPoint(b.Left, b.Top) : parentOrigin);
    }

    // Splits on spaces outside double quotes (MarkupWriter quotes values with spaces, quotes, '=' or newlines).
    private static List<string> Tokenize(string line)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '\\' && i + 1 < line.Length)
            {
                current.Append(c).Append(line[++i]);
                continue;
            }
            if (c == '"') quoted = !quoted;
            if (c == ' ' && !quoted)
            {
                if (current.Length > 0) tokens.Add(current.ToString());
                current.Clear();
                continue;
            }
            current.Append(c);
        }
        if (current.Length > 0) tokens.Add(current.ToString());
        return tokens;
    }

    private static string Unquote(string value)
    {
        if (value.Length < 2 || value[0] != '"') return value;
        var inner = value[1..^1];
        var text = new StringBuilder(inner.Length);
        for (var i = 0; i < inner.Length; i++)
        {
            if (inner[i] == '\\' && i + 1 < inner.Length)
            {
                var next = inner[++i];
                text.Append(next == 'n' ? '\n' : next);
            }
            else
            {
                text.Append(inner[i]);
            }
        }
        return text.ToString();
    }

    private static string StripSortMark(string header) =>
        header.EndsWith("(asc)", StringComparison.Ordinal) ? header[..^5] : header.EndsWith("(desc)", StringComparison.Ordinal) ? header[..^6] : header;
}

/// <summary>TableRow is one visible row of a table on screen: its index, its widget and its cells by column header.</summary>
internal sealed record TableRow(int Index, MarkupNode Node, IReadOnlyDictionary<string, string> Cells)
{
    /// <summary>Returns the cell under <paramref name="header"/>.</summary>
    public string this[string header] => Cells.TryGetValue(header, out var v) ? v : throw new KeyNotFoundException($"no column '{header}' in row {Index}: {string.Join(", ", Cells.Keys)}");

    public override string ToString() => string.Join(" | ", Cells.Select(c => c.Key + "=" + c.Value));
}
