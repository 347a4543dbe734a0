using Skia.Toolkit.Core;

namespace Skia.Toolkit.Input;

/// <summary>
/// FocusNavigator finds the next widget for Tab and Shift+Tab: focusable, visible and enabled widgets in
/// tree order (depth first, children in order), wrapping around at either end.
/// </summary>
internal static class FocusNavigator
{
    /// <summary>Next returns the focus target after (or, backwards, before) <paramref name="current"/>; null when nothing can take focus.</summary>
    public static Widget? Next(Widget content, Widget? current, bool backwards)
    {
        Widget? first = null, last = null, before = null, after = null;
        var passedCurrent = false;
        Visit(content, current, ref first, ref last, ref before, ref after, ref passedCurrent);
        if (backwards) return before ?? last;
        return after ?? first;
    }

    private static void Visit(Widget w, Widget? current, ref Widget? first, ref Widget? last, ref Widget? before, ref Widget? after, ref bool passedCurrent)
    {
        if (!w.IsVisible || !w.IsEnabled) return;
        if (ReferenceEquals(w, current))
        {
            passedCurrent = true;
        }
        else if (w.Focusable)
        {
            first ??= w;
            last = w;
            if (!passedCurrent) before = w;
            else after ??= w;
        }
        var children = w.Children;
        for (var i = 0; i < children.Count; i++)
        {
            Visit(children[i], current, ref first, ref last, ref before, ref after, ref passedCurrent);
        }
    }
}
