using Skia.Trader.Core.Books;

namespace Skia.Trader.Binance.Rest;

/// <summary>DepthSnapshot is a REST order-book snapshot (<c>GET /api/v3/depth</c>): its lastUpdateId and levels, best first.</summary>
/// <param name="Symbol">Symbol the snapshot is of.</param>
/// <param name="LastUpdateId">LastUpdateId is the last diff-stream update the snapshot includes.</param>
/// <param name="Bids">Bids are the buy levels, highest price first.</param>
/// <param name="Asks">Asks are the sell levels, lowest price first.</param>
public sealed record DepthSnapshot(string Symbol, long LastUpdateId, BookLevel[] Bids, BookLevel[] Asks);
