namespace Skia.Trader.Binance.Rest.Wire;

/// <summary>FilterDto is one symbol filter of exchangeInfo; which fields are set depends on <see cref="FilterType"/>.</summary>
internal sealed class FilterDto
{
    /// <summary>FilterType is PRICE_FILTER, LOT_SIZE, NOTIONAL, MIN_NOTIONAL, ...</summary>
    public string? FilterType { get; set; }

    /// <summary>MinPrice of PRICE_FILTER.</summary>
    public string? MinPrice { get; set; }

    /// <summary>MaxPrice of PRICE_FILTER.</summary>
    public string? MaxPrice { get; set; }

    /// <summary>TickSize of PRICE_FILTER.</summary>
    public string? TickSize { get; set; }

    /// <summary>MinQty of LOT_SIZE.</summary>
    public string? MinQty { get; set; }

    /// <summary>MaxQty of LOT_SIZE.</summary>
    public string? MaxQty { get; set; }

    /// <summary>StepSize of LOT_SIZE.</summary>
    public string? StepSize { get; set; }

    /// <summary>MinNotional of NOTIONAL or MIN_NOTIONAL.</summary>
    public string? MinNotional { get; set; }

    /// <summary>MaxNotional of NOTIONAL.</summary>
    public string? MaxNotional { get; set; }

    /// <summary>ApplyMinToMarket of NOTIONAL.</summary>
    public bool? ApplyMinToMarket { get; set; }

    /// <summary>ApplyMaxToMarket of NOTIONAL.</summary>
    public bool? ApplyMaxToMarket { get; set; }

    /// <summary>ApplyToMarket of the older MIN_NOTIONAL.</summary>
    public bool? ApplyToMarket { get; set; }

    /// <summary>BidMultiplierUp of PERCENT_PRICE_BY_SIDE.</summary>
    public string? BidMultiplierUp { get; set; }

    /// <summary>BidMultiplierDown of PERCENT_PRICE_BY_SIDE.</summary>
    public string? BidMultiplierDown { get; set; }

    /// <summary>AskMultiplierUp of PERCENT_PRICE_BY_SIDE.</summary>
    public string? AskMultiplierUp { get; set; }

    /// <summary>AskMultiplierDown of PERCENT_PRICE_BY_SIDE.</summary>
    public string? AskMultiplierDown { get; set; }

    /// <summary>AvgPriceMins of PERCENT_PRICE_BY_SIDE and NOTIONAL.</summary>
    public int? AvgPriceMins { get; set; }

    /// <summary>Limit of ICEBERG_PARTS.</summary>
    public int? Limit { get; set; }

    /// <summary>MinTrailingAboveDelta of TRAILING_DELTA.</summary>
    public long? MinTrailingAboveDelta { get; set; }

    /// <summary>MaxTrailingAboveDelta of TRAILING_DELTA.</summary>
    public long? MaxTrailingAboveDelta { get; set; }

    /// <summary>MinTrailingBelowDelta of TRAILING_DELTA.</summary>
    public long? MinTrailingBelowDelta { get; set; }

    /// <summary>MaxTrailingBelowDelta of TRAILING_DELTA.</summary>
    public long? MaxTrailingBelowDelta { get; set; }
}
