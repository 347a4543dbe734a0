using System.Diagnostics;
using System.Net.Sockets;
using Skia.Trader.Scene.Measurement;

namespace Skia.Trader.TerminalPerf;

/// <summary>
/// SocketWriteProbe is an HTTP handler for the terminal's REST client that connects like the default one (a TCP socket,
/// no Nagle delay) and wraps each connection's stream so that every write which carries a new order's request body
/// (<c>newClientOrderId=</c>) is stamped once the socket has taken its bytes: the moment the order's bytes were handed
/// to the socket. It stamps the time, the thread, its CPU time and a count; it allocates nothing per write.
/// </summary>
internal sealed class SocketWriteProbe
{
    private static readonly byte[] OrderMarker = "newClientOrderId="u8.ToArray();
    private static readonly byte[] SignatureMarker = "signature="u8.ToArray();
    private long _orderWrites;
    private long _lastTimestamp;
    private int _lastThread;
    private long _unsignedWrites;
    private double _lastCpuMs;

    /// <summary>OrderWrites counts the writes that carried a new order's body.</summary>
    public long OrderWrites => Interlocked.Read(ref _orderWrites);

    /// <summary>LastTimestamp is the <see cref="Stopwatch"/> time at which the last order write completed.</summary>
    public long LastTimestamp => Interlocked.Read(ref _lastTimestamp);

    /// <summary>LastThread is the managed thread that made the last order write.</summary>
    public int LastThread => Volatile.Read(ref _lastThread);

    /// <summary>LastThreadCpuMs is the writing thread's CPU time (<see cref="ThreadCpuClock"/>) when the last order write completed.</summary>
    public double LastThreadCpuMs => Volatile.Read(ref _lastCpuMs);

    /// <summary>SplitWrites counts order writes that did not also carry the signature (the body split over writes: the stamp would be early).</summary>
    public long SplitWrites => Interlocked.Read(ref _unsignedWrites);

    /// <summary>CreateHandler returns a handler that connects as the REST client's own does, through this probe.</summary>
    public SocketsHttpHandler CreateHandler() => new()
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectCallback = async (context, cancellationToken) =>
        {
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(context.DnsEndPoint, cancellationToken).ConfigureAwait(false);
                return new ProbedStream(new NetworkStream(socket, ownsSocket: true), this);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };

    private void Written(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IndexOf(OrderMarker) < 0) return;
        long now = Stopwatch.GetTimestamp();
        if (bytes.IndexOf(SignatureMarker) < 0) Interlocked.Increment(ref _unsignedWrites);
        Volatile.Write(ref _lastCpuMs, ThreadCpuClock.NowMs());
        Volatile.Write(ref _lastThread, Environment.CurrentManagedThreadId);
        Interlocked.Exchange(ref _lastTimestamp, now);
        Interlocked.Increment(ref _orderWrites);
    }

    // A connection's stream: reads pass through, writes are stamped once the socket took them.
    private sealed class ProbedStream(NetworkStream inner, SocketWriteProbe probe) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
        public override int Read(Span<byte> buffer) => inner.Read(buffer);
        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => inner.ReadAsync(buffer, offset, count, cancellationToken);
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => inner.ReadAsync(buffer, cancellationToken);

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            inner.Write(buffer);
            probe.Written(buffer);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            ValueTask write = inner.WriteAsync(buffer, cancellationToken);
            if (!write.IsCompletedSuccessfully) return Later(write, buffer);
            write.GetAwaiter().GetResult();
            probe.Written(buffer.Span);
            return default;
        }

        public override void Flush() => inner.Flush();
        public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }

        private async ValueTask Later(ValueTask write, ReadOnlyMemory<byte> buffer)
        {
            await write.ConfigureAwait(false);
            probe.Written(buffer.Span);
        }
    }
}
