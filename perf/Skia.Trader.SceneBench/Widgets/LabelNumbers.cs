using Skia.Toolkit.Widgets;
using Skia.Trader.Scene.Format;

namespace Skia.Trader.SceneBench.Widgets;

/// <summary>LabelNumbers sets the scene's time and percent formats on numeric labels without allocating.</summary>
internal static class LabelNumbers
{
    /// <summary>SetTimeOfDay shows a time as HH:MM:SS.mmm.</summary>
    public static void SetTimeOfDay(this Label label, long ms)
    {
        Span<char> text = stackalloc char[12];
        FixedPointText.WriteTimeOfDay(ms, text);
        label.SetNumericText(text);
    }

    /// <summary>SetChange shows a signed percent change given in hundredths of a percent.</summary>
    public static void SetChange(this Label label, long basisPoints)
    {
        Span<char> text = stackalloc char[24];
        int length = FixedPointText.WriteChange(basisPoints, text);
        label.SetNumericText(text[..length]);
    }
}
