using System.Text.Json;
using Skia.Trader.Core.Numerics;

namespace Skia.Trader.Exchange.Json;

/// <summary>JsonMoney writes prices and quantities as Binance does: strings with eight decimals ("0.35210000").</summary>
internal static class JsonMoney
{
    public static void Write(Utf8JsonWriter w, string name, Price value)
    {
        Span<byte> buffer = stackalloc byte[Price.MaxFormattedLength];
        value.TryFormat(buffer, out int n, Price.Decimals);
        w.WriteString(name, buffer[..n]);
    }

    public static void Write(Utf8JsonWriter w, string name, Quantity value)
    {
        Span<byte> buffer = stackalloc byte[Quantity.MaxFormattedLength];
        value.TryFormat(buffer, out int n, Quantity.Decimals);
        w.WriteString(name, buffer[..n]);
    }

    public static void WriteValue(Utf8JsonWriter w, Price value)
    {
        Span<byte> buffer = stackalloc byte[Price.MaxFormattedLength];
        value.TryFormat(buffer, out int n, Price.Decimals);
        w.WriteStringValue(buffer[..n]);
    }

    public static void WriteValue(Utf8JsonWriter w, Quantity value)
    {
        Span<byte> buffer = stackalloc byte[Quantity.MaxFormattedLength];
        value.TryFormat(buffer, out int n, Quantity.Decimals);
        w.WriteStringValue(buffer[..n]);
    }

    /// <summary>WriteLevels writes [["price","qty"],...] as depth answers and events carry them.</summary>
    public static void WriteLevels(Utf8JsonWriter w, string name, IEnumerable<Skia.Trader.Core.Books.BookLevel> levels)
    {
        w.WriteStartArray(name);
        foreach (var level in levels)
        {
            w.WriteStartArray();
            WriteValue(w, level.Price);
            WriteValue(w, level.Quantity);
            w.WriteEndArray();
        }
        w.WriteEndArray();
    }
}
