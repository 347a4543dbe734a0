using System.Collections;
using Skia.Toolkit.Core;
using Skia.Toolkit.Hosting;
using Skia.Toolkit.Rendering;
using SkiaSharp;

namespace Skia.Toolkit.Widgets;

/// <summary>Panel is the base of containers holding any number of children, with a public way to add and remove them and an optional background. Supports collection initialisers: <c>new Stack { a, b }</c>.</summary>
public abstract class Panel : Widget, IEnumerable<Widget>
{
    private SKColor _background;

    /// <summary>Background fills the panel's bounds under its children (transparent by default).</summary>
    public SKColor Background
    {
        get => _background;
        set
        {
            if (_background == value) return;
            _background = value;
            InvalidatePaint();
        }
    }

    /// <summary>Add appends a child (drawn on top of the others).</summary>
    public void Add(Widget child)
    {
        UiThreadCheck.Verify(this);
        AddChild(child);
    }

    /// <summary>Insert puts a child at <paramref name="index"/>.</summary>
    public void Insert(int index, Widget child)
    {
        UiThreadCheck.Verify(this);
        InsertChild(index, child);
    }

    /// <summary>Remove takes a child out; returns false when it was not a child.</summary>
    public bool Remove(Widget child)
    {
        UiThreadCheck.Verify(this);
        return RemoveChild(child);
    }

    /// <summary>RemoveAt takes out the child at <paramref name="index"/>.</summary>
    public void RemoveAt(int index)
    {
        UiThreadCheck.Verify(this);
        RemoveChildAt(index);
    }

    /// <summary>Clear removes every child.</summary>
    public void Clear()
    {
        UiThreadCheck.Verify(this);
        ClearChildren();
    }

    /// <summary>GetEnumerator walks the children (for collection initialisers and foreach).</summary>
    public IEnumerator<Widget> GetEnumerator() => Children.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>OnRender fills the background when it is not transparent.</summary>
    protected override void OnRender(SKCanvas canvas)
    {
        if (_background.Alpha == 0) return;
        var size = Bounds.Size;
        canvas.DrawRect(new SKRect(0, 0, size.Width, size.Height), ScratchPaint.Fill(_background));
    }

    /// <summary>DescribeMarkup writes the background when set.</summary>
    protected override void DescribeMarkup(MarkupWriter w)
    {
        if (_background.Alpha != 0) w.Property("background", _background);
    }
}
