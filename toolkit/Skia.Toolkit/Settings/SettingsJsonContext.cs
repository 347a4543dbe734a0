using System.Text.Json.Serialization;

namespace Skia.Toolkit.Settings;

/// <summary>SettingsJsonContext is the source-generated JSON contract for the toolkit's own settings types (no reflection, NativeAOT-safe).</summary>
[JsonSourceGenerationOptions(WriteIndented = true, NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(LayoutState))]
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class SettingsJsonContext : JsonSerializerContext
{
}
