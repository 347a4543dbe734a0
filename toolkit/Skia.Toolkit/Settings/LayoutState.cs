using System.Text.Json.Serialization.Metadata;

namespace Skia.Toolkit.Settings;

/// <summary>
/// LayoutState is the saved shape of a window's layout: each named splitter's share of its space. It is plain data
/// for a <see cref="SettingsStore{T}"/> (use <see cref="JsonTypeInfo"/>) and is applied by a <see cref="SplitLayout"/>.
/// </summary>
public sealed class LayoutState
{
    /// <summary>Splits maps a splitter's name to the first pane's share of the space, from 0 to 1.</summary>
    public Dictionary<string, double> Splits { get; set; } = new(StringComparer.Ordinal);

    /// <summary>JsonTypeInfo is the source-generated (NativeAOT-safe) JSON contract for LayoutState.</summary>
    public static JsonTypeInfo<LayoutState> JsonTypeInfo => SettingsJsonContext.Default.LayoutState;

    /// <summary>Validate returns null for a usable layout, or a sentence naming the first split whose share is not a finite number from 0 to 1; pass it to <see cref="SettingsStore{T}"/>.</summary>
    public static string? Validate(LayoutState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Splits == null) return "\"Splits\" is missing";
        foreach (var (name, ratio) in state.Splits)
        {
            if (!IsValidRatio(ratio)) return $"split \"{name}\" has share {ratio}, not a number from 0 to 1";
        }

        return null;
    }

    /// <summary>IsValidRatio tells whether a share is a finite number from 0 to 1.</summary>
    public static bool IsValidRatio(double ratio) => double.IsFinite(ratio) && ratio >= 0 && ratio <= 1;
}
