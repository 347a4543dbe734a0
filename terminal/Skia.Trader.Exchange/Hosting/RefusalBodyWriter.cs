using System.Buffers.Text;
using System.IO.Pipelines;
using System.Text;
using Skia.Trader.Exchange.Http;

namespace Skia.Trader.Exchange.Hosting;

/// <summary>
/// RefusalBodyWriter sits between Kestrel and the socket and gives Kestrel's own refusals a body.
/// Kestrel answers a request it cannot parse or will not take (request line over the limit: 414,
/// headers: 431, malformed: 400, body: 413, an unhandled exception: 500) itself, before the
/// application runs, with <c>Content-Length: 0</c>, and offers no hook for the body
/// (aspnet/KestrelHttpServer#2947). The simulator's own answers always carry a body, so a response
/// head with status 4xx/5xx and <c>Content-Length: 0</c> is Kestrel's: this writer adds the Binance
/// JSON of <see cref="HttpRefusal"/>. Kestrel flushes after every response, so a response head is
/// always at the start of a flush; everything else (bodies, WebSocket frames) passes straight through.
/// </summary>
internal sealed class RefusalBodyWriter : PipeWriter
{
    private static readonly byte[] EmptyLength = "\r\nContent-Length: 0\r\n"u8.ToArray();
    private static readonly byte[] EndOfHead = "\r\n\r\n"u8.ToArray();
    private readonly PipeWriter _inner;
    private byte[] _held = new byte[512];
    private int _heldCount;
    // At the start of a flush the first bytes are held until they show whether they are a bodiless refusal.
    private bool _passThrough;
    // Where the last GetMemory pointed: the socket's pipe, or the held buffer at _heldOffset.
    private bool _memoryFromInner;
    private int _heldOffset;

    public RefusalBodyWriter(PipeWriter inner) => _inner = inner;

    public override void Advance(int bytes)
    {
        if (_memoryFromInner)
        {
            // Memory handed out before a flush may be committed after it: those bytes are already
            // in the socket's pipe, so this batch cannot start with a refusal head.
            _inner.Advance(bytes);
            _passThrough = true;
            return;
        }
        ReadOnlySpan<byte> written = _held.AsSpan(_heldOffset, bytes);
        // Kestrel's BufferWriter goes on writing into the rest of the span it got after an Advance,
        // without asking again, so the next bytes land right after these.
        _heldOffset += bytes;
        if (_passThrough)
        {
            Write(written); // held memory committed after the held bytes were released
            return;
        }
        if (_heldOffset - bytes != _heldCount)
            written.CopyTo(_held.AsSpan(_heldCount));
        _heldCount += bytes;
        Decide(final: false);
    }

    public override Memory<byte> GetMemory(int sizeHint = 0)
    {
        // A large request at the start of a batch is a body or a WebSocket frame, never a response head.
        if (_passThrough || (_heldCount == 0 && sizeHint > 4096))
        {
            if (!_passThrough)
                _passThrough = true;
            _memoryFromInner = true;
            return _inner.GetMemory(sizeHint);
        }
        EnsureHeldSpace(Math.Max(sizeHint, 256));
        _memoryFromInner = false;
        _heldOffset = _heldCount;
        return _held.AsMemory(_heldCount);
    }

    public override Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;

    public override async ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default)
    {
        if (!_passThrough)
            Decide(final: true);
        FlushResult result = await _inner.FlushAsync(cancellationToken);
        _passThrough = false; // the next write starts a new response (or more frames)
        return result;
    }

    public override void CancelPendingFlush() => _inner.CancelPendingFlush();

    public override void Complete(Exception? exception = null)
    {
        if (!_passThrough)
            Decide(final: true);
        _inner.Complete(exception);
    }

    public override bool CanGetUnflushedBytes => _inner.CanGetUnflushedBytes;

    public override long UnflushedBytes => _inner.UnflushedBytes + (_passThrough ? 0 : _heldCount);

    private void Decide(bool final)
    {
        ReadOnlySpan<byte> held = _held.AsSpan(0, _heldCount);
        if (held.Length == 0)
        {
            if (final)
                _passThrough = true;
            return;
        }
        bool couldBeRefusal = "HTTP/1.1 "u8.StartsWith(held[..Math.Min(held.Length, 9)]) &&
            (held.Length < 10 || held[9] is (byte)'4' or (byte)'5');
        if (!couldBeRefusal)
        {
            Release(held);
            return;
        }
        int end = held.IndexOf(EndOfHead);
        if (end < 0)
        {
            if (final)
                Release(held);
            return;
        }
        ReadOnlySpan<byte> head = held[..(end + 2)]; // through the last header's CRLF
        int emptyLength = head.IndexOf(EmptyLength);
        if (emptyLength < 0 || !Utf8Parser.TryParse(held[9..12], out int status, out _))
        {
            Release(held);
            return;
        }
        byte[] body = HttpRefusal.Json(HttpRefusal.For(status));
        Write(head[..(emptyLength + 2)]);
        Write(Encoding.ASCII.GetBytes($"Content-Type: application/json;charset=UTF-8\r\nContent-Length: {body.Length}\r\n"));
        Write(head[(emptyLength + EmptyLength.Length)..]);
        Write("\r\n"u8);
        Write(body);
        Write(held[(end + EndOfHead.Length)..]);
        _heldCount = 0;
        _passThrough = true;
    }

    private void Release(ReadOnlySpan<byte> held)
    {
        Write(held);
        _heldCount = 0;
        _passThrough = true;
    }

    private void Write(ReadOnlySpan<byte> bytes)
    {
        Span<byte> target = _inner.GetSpan(bytes.Length);
        bytes.CopyTo(target);
        _inner.Advance(bytes.Length);
    }

    private void EnsureHeldSpace(int size)
    {
        if (_held.Length - _heldCount >= size)
            return;
        Array.Resize(ref _held, Math.Max(_held.Length * 2, _heldCount + size));
    }
}
