using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using Skia.Trader.Exchange.Hosting;

namespace Skia.Trader.Exchange.Tests.Hosting;

/// <summary>The writer between Kestrel and the socket: bodiless refusals gain Binance JSON, everything else passes byte for byte.</summary>
public class RefusalBodyWriterTests
{
    private const string KestrelRefusal = "HTTP/1.1 414 URI Too Long\r\nContent-Length: 0\r\nConnection: close\r\nDate: Thu, 03 Dec 2026 12:00:00 GMT\r\n\r\n";

    private static async Task<string> WriteAsync(params string[][] flushes)
    {
        var pipe = new Pipe();
        var writer = new RefusalBodyWriter(pipe.Writer);
        foreach (string[] advances in flushes)
        {
            foreach (string piece in advances)
            {
                byte[] bytes = Encoding.Latin1.GetBytes(piece);
                bytes.CopyTo(writer.GetSpan(bytes.Length));
                writer.Advance(bytes.Length);
            }
            await writer.FlushAsync();
        }
        writer.Complete();
        ReadResult all = await pipe.Reader.ReadAtLeastAsync(int.MaxValue);
        return Encoding.Latin1.GetString(all.Buffer.ToArray());
    }

    [Fact]
    public async Task A_bodiless_refusal_gets_a_json_body_even_when_its_head_comes_in_pieces()
    {
        string written = await WriteAsync([KestrelRefusal[..5], KestrelRefusal[5..12], KestrelRefusal[12..]]);
        const string body = """{"code":-1000,"msg":"Request URL too long."}""";
        Assert.Equal("HTTP/1.1 414 URI Too Long\r\nContent-Type: application/json;charset=UTF-8\r\nContent-Length: " + body.Length +
            "\r\nConnection: close\r\nDate: Thu, 03 Dec 2026 12:00:00 GMT\r\n\r\n" + body, written);
    }

    [Fact]
    public async Task Responses_with_a_body_and_websocket_frames_pass_unchanged()
    {
        string error = "HTTP/1.1 400 Bad Request\r\nContent-Length: 13\r\n\r\n{\"code\":-1121";
        string ok = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}";
        string frame = "\u0081\u0002{}";
        Assert.Equal(error + ok + frame + frame, await WriteAsync([error], [ok[..3], ok[3..]], [frame], [frame]));
    }

    [Fact]
    public async Task Bytes_written_on_into_the_same_span_after_an_advance_are_kept_in_order()
    {
        // Kestrel's BufferWriter commits the head, then goes on writing the body into the rest of
        // the span it already has, without asking for memory again.
        var pipe = new Pipe();
        var writer = new RefusalBodyWriter(pipe.Writer);
        byte[] head = Encoding.Latin1.GetBytes("HTTP/1.1 403 Forbidden\r\nContent-Length: 2\r\n\r\n");
        Span<byte> span = writer.GetSpan(256);
        head.CopyTo(span);
        writer.Advance(head.Length);
        "{}"u8.CopyTo(span[head.Length..]);
        writer.Advance(2);
        await writer.FlushAsync();
        writer.Complete();
        ReadResult all = await pipe.Reader.ReadAtLeastAsync(int.MaxValue);
        Assert.Equal(Encoding.Latin1.GetString(head) + "{}", Encoding.Latin1.GetString(all.Buffer.ToArray()));
    }
}
