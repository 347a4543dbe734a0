using Skia.Toolkit.Core;
using Skia.Toolkit.Input;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Platform;

/// <summary>FormProbe hosts a form and records Enter as a submit of <see cref="Submit"/>'s result (Enter bubbles up from the text box).</summary>
internal sealed class FormProbe : Widget
{
    private readonly Widget content;

    public FormProbe(Widget content, Func<string> submit)
    {
        this.content = content;
        Submit = submit;
        AddChild(content);
    }

    public Func<string> Submit { get; }
    public List<string> Submitted { get; } = [];

    protected override SKSize MeasureOverride(SKSize available) => content.Measure(available);

    protected override void ArrangeOverride(SKSize finalSize) => content.Arrange(new SKRect(0, 0, finalSize.Width, finalSize.Height));

    protected override void OnKeyDown(KeyEventArgs e)
    {
        if (e.Key != Key.Enter) return;
        Submitted.Add(Submit());
        e.Handled = true;
    }
}
