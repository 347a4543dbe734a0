using System.Globalization;
using SkiaSharp;

namespace Skia.Toolkit.Core;

/// <summary>LayoutGuard turns bad sizes into clear managed exceptions before they reach layout maths or native Skia.</summary>
internal static class LayoutGuard
{
    /// <summary>CheckLength accepts NaN (auto) or a finite, non-negative length.</summary>
    public static void CheckAutoLength(float value, string property)
    {
        if (float.IsNaN(value)) return;
        CheckFiniteLength(value, property);
    }

    /// <summary>CheckFiniteLength accepts a finite, non-negative length.</summary>
    public static void CheckFiniteLength(float value, string property)
    {
        if (!float.IsFinite(value) || value < 0)
        {
            throw new ArgumentException($"{property} must be finite and not negative, got {Format(value)}.", property);
        }
    }

    /// <summary>CheckMaxLength accepts a non-negative length or positive infinity (no limit).</summary>
    public static void CheckMaxLength(float value, string property)
    {
        if (float.IsNaN(value) || value < 0)
        {
            throw new ArgumentException($"{property} must be a non-negative length or infinity, got {Format(value)}.", property);
        }
    }

    /// <summary>CheckAvailable accepts sizes that are not NaN and not negative; infinity means "as much as you like".</summary>
    public static void CheckAvailable(SKSize size, string parameter)
    {
        if (float.IsNaN(size.Width) || float.IsNaN(size.Height) || size.Width < 0 || size.Height < 0)
        {
            throw new ArgumentException($"Measure needs a non-negative, non-NaN available size, got {Format(size.Width)}x{Format(size.Height)}.", parameter);
        }
    }

    /// <summary>CheckFinalRect accepts a finite rectangle with non-negative width and height.</summary>
    public static void CheckFinalRect(SKRect rect, string parameter)
    {
        if (!float.IsFinite(rect.Left) || !float.IsFinite(rect.Top) || !float.IsFinite(rect.Right) || !float.IsFinite(rect.Bottom)
            || rect.Width < 0 || rect.Height < 0)
        {
            throw new ArgumentException($"Arrange needs a finite rectangle with non-negative size, got {Format(rect.Left)},{Format(rect.Top)},{Format(rect.Right)},{Format(rect.Bottom)}.", parameter);
        }
    }

    /// <summary>CheckMeasured rejects what a MeasureOverride returned if it is not a finite, non-negative size.</summary>
    public static void CheckMeasured(Widget widget, SKSize size)
    {
        if (!float.IsFinite(size.Width) || !float.IsFinite(size.Height) || size.Width < 0 || size.Height < 0)
        {
            throw new InvalidOperationException($"{widget.GetType().Name} '{widget.Name}' MeasureOverride returned {Format(size.Width)}x{Format(size.Height)}; it must be finite and not negative (was it given infinite space and returned it?).");
        }
    }

    private static string Format(float value) => value.ToString(CultureInfo.InvariantCulture);
}
