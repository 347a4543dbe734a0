using System.IO.Pipelines;

namespace Skia.Trader.Exchange.Hosting;

/// <summary>DuplexPipe pairs a connection's input with a (wrapped) output, for connection middleware.</summary>
internal sealed class DuplexPipe(PipeReader input, PipeWriter output) : IDuplexPipe
{
    public PipeReader Input { get; } = input;

    public PipeWriter Output { get; } = output;
}
