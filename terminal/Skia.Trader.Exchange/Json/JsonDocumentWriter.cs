using System.Buffers;
using System.Text.Json;

namespace Skia.Trader.Exchange.Json;

/// <summary>JsonDocumentWriter builds one JSON document into a byte array with a Utf8JsonWriter (no reflection).</summary>
internal static class JsonDocumentWriter
{
    private static readonly JsonWriterOptions Options = new() { SkipValidation = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Write<TState>(TState state, Action<Utf8JsonWriter, TState> write)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var w = new Utf8JsonWriter(buffer, Options))
            write(w, state);
        return buffer.WrittenSpan.ToArray();
    }
}
