using System.Text.Json.Serialization;

namespace Skia.Toolkit.Tests.Settings;

/// <summary>TraderSettings stands for an app's settings type: a few fields of different kinds.</summary>
public sealed class TraderSettings
{
    public string Theme { get; set; } = "dark";

    public int FontSize { get; set; } = 13;

    public List<string> Watchlist { get; set; } = ["BTCUSDT"];
}

[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(TraderSettings))]
internal sealed partial class TraderSettingsJson : JsonSerializerContext
{
}
