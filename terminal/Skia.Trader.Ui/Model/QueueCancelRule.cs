namespace Skia.Trader.Ui.Model;

/// <summary>QueueCancelRule says where the quantity cancelled at our price is assumed to have been in the queue.</summary>
public enum QueueCancelRule
{
    /// <summary>
    /// BehindFirst: cancels come from behind our order first, and reach the queue ahead only when more is
    /// cancelled than stood behind us. Conservative: the estimate never moves us forward on a cancel it
    /// cannot place.
    /// </summary>
    BehindFirst,

    /// <summary>Proportional: a cancel comes from ahead and behind in proportion to the size on each side of us.</summary>
    Proportional,
}
