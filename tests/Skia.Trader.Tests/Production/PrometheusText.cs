using System.Globalization;

namespace Skia.Trader.Tests.Production;

/// <summary>PrometheusText reads the Prometheus text exposition format: TYPE lines and samples.</summary>
internal static class PrometheusText
{
    public static string? TypeOf(string text, string name)
    {
        foreach (string line in text.Split('\n'))
        {
            string[] parts = line.Split(' ');
            if (parts.Length == 4 && parts[0] == "#" && parts[1] == "TYPE" && parts[2] == name) return parts[3];
        }
        return null;
    }

    /// <summary>Sum adds the values of the samples of <paramref name="name"/> whose labels contain <paramref name="label"/> ("" for all).</summary>
    public static double Sum(string text, string name, string label = "")
    {
        double sum = 0;
        foreach (string line in text.Split('\n'))
        {
            bool labelled = line.StartsWith(name + "{", StringComparison.Ordinal);
            if (!labelled && !line.StartsWith(name + " ", StringComparison.Ordinal)) continue;
            if (!line.Contains(label, StringComparison.Ordinal)) continue;
            string rest = labelled ? line[(line.LastIndexOf('}') + 2)..] : line[(name.Length + 1)..];
            sum += double.Parse(rest.Split(' ')[0], CultureInfo.InvariantCulture);
        }
        return sum;
    }
}
