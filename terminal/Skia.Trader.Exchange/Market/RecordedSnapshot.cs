using Skia.Trader.Core.Books;

namespace Skia.Trader.Exchange.Market;

/// <summary>RecordedSnapshot is one recorded REST depth snapshot of a symbol.</summary>
internal sealed record RecordedSnapshot(string Symbol, double Seconds, long LastUpdateId, List<BookLevel> Bids, List<BookLevel> Asks);
