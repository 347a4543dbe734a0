namespace Skia.Trader.Exchange.Hosting;

/// <summary>
/// TextFrameRelabelingStream wraps an upgraded WebSocket connection and relabels the client's text
/// frames as binary on the way in. .NET's WebSocket checks that text is valid UTF-8 and, when it is
/// not, closes the connection (1007) and throws, so the hubs could never answer such a request. As
/// binary, the payload reaches the hub unchecked; the hubs treat both kinds alike (Binance's
/// requests are JSON text) and answer invalid UTF-8 with an error instead of losing the connection.
/// Only the opcode bits of data frames change; lengths, masks and control frames pass untouched.
/// </summary>
internal sealed class TextFrameRelabelingStream : Stream
{
    private const byte TextOpcode = 0x1, BinaryOpcode = 0x2;
    private readonly Stream _inner;
    private FramePart _part = FramePart.FirstByte;
    private bool _masked;
    private int _lengthBytesLeft, _maskBytesLeft;
    private long _payloadLeft;

    public TextFrameRelabelingStream(Stream inner) => _inner = inner;

    private enum FramePart { FirstByte, LengthByte, ExtendedLength, MaskKey, Payload }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        int n = await _inner.ReadAsync(buffer, cancellationToken);
        Relabel(buffer.Span[..n]);
        return n;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int n = _inner.Read(buffer);
        Relabel(buffer[..n]);
        return n;
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) => _inner.WriteAsync(buffer, cancellationToken);

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => _inner.WriteAsync(buffer, offset, count, cancellationToken);

    public override void Write(byte[] buffer, int offset, int count) => _inner.Write(buffer, offset, count);

    public override Task FlushAsync(CancellationToken cancellationToken) => _inner.FlushAsync(cancellationToken);

    public override void Flush() => _inner.Flush();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            _inner.Dispose();
        base.Dispose(disposing);
    }

    public override ValueTask DisposeAsync() => _inner.DisposeAsync();

    /// <summary>Relabel walks the frame headers in <paramref name="data"/> (RFC 6455 §5.2), carrying its place across reads.</summary>
    private void Relabel(Span<byte> data)
    {
        int i = 0;
        while (i < data.Length)
        {
            switch (_part)
            {
                case FramePart.FirstByte:
                    if ((data[i] & 0x0F) == TextOpcode)
                        data[i] = (byte)((data[i] & 0xF0) | BinaryOpcode);
                    _part = FramePart.LengthByte;
                    i++;
                    break;
                case FramePart.LengthByte:
                    _masked = (data[i] & 0x80) != 0;
                    int length7 = data[i] & 0x7F;
                    i++;
                    _payloadLeft = 0;
                    if (length7 >= 126)
                    {
                        _lengthBytesLeft = length7 == 126 ? 2 : 8;
                        _part = FramePart.ExtendedLength;
                    }
                    else
                    {
                        _payloadLeft = length7;
                        AfterLength();
                    }
                    break;
                case FramePart.ExtendedLength:
                    _payloadLeft = (_payloadLeft << 8) | data[i];
                    i++;
                    if (--_lengthBytesLeft == 0)
                        AfterLength();
                    break;
                case FramePart.MaskKey:
                    i++;
                    if (--_maskBytesLeft == 0)
                        _part = _payloadLeft > 0 ? FramePart.Payload : FramePart.FirstByte;
                    break;
                case FramePart.Payload:
                    int skip = (int)Math.Min(_payloadLeft, data.Length - i);
                    i += skip;
                    _payloadLeft -= skip;
                    if (_payloadLeft == 0)
                        _part = FramePart.FirstByte;
                    break;
            }
        }
    }

    private void AfterLength()
    {
        if (_masked)
        {
            _maskBytesLeft = 4;
            _part = FramePart.MaskKey;
        }
        else
        {
            _part = _payloadLeft > 0 ? FramePart.Payload : FramePart.FirstByte;
        }
    }
}
