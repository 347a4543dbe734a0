using Skia.Trader.Core.Numerics;

namespace Skia.Trader.Exchange.Matching;

/// <summary>ExecutionReport is one user-data executionReport event, captured when it happened (the order keeps changing).</summary>
internal sealed record ExecutionReport(
    OrderRecord Order, string ExecutionType, string? OrigClientOrderId, Quantity LastQuantity, Price LastPrice,
    Quantity Commission, string? CommissionAsset, long TradeId, bool IsMaker, bool IsOnBook, long EventTime, string RejectReason);
