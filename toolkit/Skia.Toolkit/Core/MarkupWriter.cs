using System.Globalization;
using System.Text;
using SkiaSharp;

namespace Skia.Toolkit.Core;

/// <summary>MarkupWriter builds the indented-text snapshot of a widget tree; widgets add their properties through <see cref="Property(string, string?)"/>.</summary>
public sealed class MarkupWriter
{
    private readonly StringBuilder _text = new();

    internal MarkupWriter()
    {
    }

    /// <summary>Property appends <c>name=value</c> to the current widget's line (value quoted when it contains spaces).</summary>
    public void Property(string name, string? value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        _text.Append(' ').Append(name).Append('=');
        if (value == null)
        {
            _text.Append("null");
        }
        else if (value.Length == 0 || value.AsSpan().IndexOfAny(" \"=\n") >= 0)
        {
            _text.Append('"').Append(value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal)).Append('"');
        }
        else
        {
            _text.Append(value);
        }
    }

    /// <summary>Property appends a number, written with invariant culture and at most two decimals.</summary>
    public void Property(string name, float value) => Property(name, Format(value));

    /// <summary>Property appends a colour as #AARRGGBB.</summary>
    public void Property(string name, SKColor value) => Property(name, "#" + ((uint)value).ToString("X8", CultureInfo.InvariantCulture));

    /// <summary>Property appends a thickness as left,top,right,bottom.</summary>
    public void Property(string name, Thickness value) => Property(name, value.ToString());

    /// <summary>Property appends a boolean as true/false.</summary>
    public void Property(string name, bool value) => Property(name, value ? "true" : "false");

    internal void BeginLine(int depth, Widget widget)
    {
        _text.Append(' ', depth * 2).Append(widget.GetType().Name);
        if (widget.Name != null) _text.Append(" #").Append(widget.Name);
        if (widget.IsEffectivelyVisible)
        {
            // Hidden subtrees keep whatever bounds they had when last shown; they mean nothing, so they are left out.
            var b = widget.Bounds;
            _text.Append(" (").Append(Format(b.Left)).Append(',').Append(Format(b.Top)).Append(' ')
                .Append(Format(b.Width)).Append('x').Append(Format(b.Height)).Append(')');
        }

        if (!widget.IsVisible) _text.Append(" hidden");
        if (!widget.IsEnabled) _text.Append(" disabled");
    }

    internal void EndLine() => _text.Append('\n');

    /// <summary>ToString returns the text written so far.</summary>
    public override string ToString() => _text.ToString();

    internal static string Format(float value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
