using System.Text.Json;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Symbols;
using Skia.Trader.Exchange.Hosting;
using Skia.Trader.Exchange.Http;
using Skia.Trader.Exchange.Market;

namespace Skia.Trader.Exchange.Tests.Http;

/// <summary>The second round of order routes over REST, with payload shapes from rest-api.md.</summary>
public class OrderRoutesTests
{
    private static readonly ApiCredential Other = new("other-key", "other-secret");

    private static ExchangeSimulator Quiet(Action<ExchangeOptions>? configure = null)
    {
        var options = new ExchangeOptions { SyntheticMarket = false, Credentials = [ApiCredential.DefaultLocal, Other] };
        configure?.Invoke(options);
        return new ExchangeSimulator(options);
    }

    private static async Task<int> Code((int Status, JsonElement Body, HttpResponseMessage Response) r) =>
        await Task.FromResult(r.Body.GetProperty("code").GetInt32());

    [Fact]
    public async Task An_oco_over_rest_lists_both_legs_with_the_list_id_and_cancelling_one_leg_cancels_both()
    {
        await using ExchangeSimulator sim = Quiet();
        Uri url = await sim.StartAsync();
        using var me = new RawExchangeClient(url);
        using var other = new RawExchangeClient(url, Other.ApiKey, Other.Secret);
        await other.PlaceAsync("symbol=BTCUSDT&side=SELL&type=LIMIT&timeInForce=GTC&quantity=0.01&price=65000");
        await me.PlaceAsync("symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.01"); // last price 65000

        var (status, list, _) = await me.SignedAsync(HttpMethod.Post, "/api/v3/orderList/oco",
            "symbol=BTCUSDT&side=SELL&quantity=0.1&listClientOrderId=L1&aboveType=LIMIT_MAKER&abovePrice=66000&aboveClientOrderId=up"
            + "&belowType=STOP_LOSS_LIMIT&belowStopPrice=64000&belowPrice=63900&belowTimeInForce=GTC&belowClientOrderId=down&newOrderRespType=RESULT");
        Assert.True(status == 200, list.ToString());
        Assert.Equal("OCO", list.GetProperty("contingencyType").GetString());
        Assert.Equal("EXEC_STARTED", list.GetProperty("listStatusType").GetString());
        Assert.Equal("EXECUTING", list.GetProperty("listOrderStatus").GetString());
        Assert.Equal("L1", list.GetProperty("listClientOrderId").GetString());
        long listId = list.GetProperty("orderListId").GetInt64();
        JsonElement[] reports = list.GetProperty("orderReports").EnumerateArray().ToArray();
        Assert.Equal(["STOP_LOSS_LIMIT", "LIMIT_MAKER"], reports.Select(r => r.GetProperty("type").GetString()));
        Assert.All(reports, r => Assert.Equal(listId, r.GetProperty("orderListId").GetInt64()));
        Assert.Equal("64000.00000000", reports[0].GetProperty("stopPrice").GetString());
        Assert.Equal(-1, reports[0].GetProperty("workingTime").GetInt64()); // waiting for its trigger

        var (cancelStatus, canceled, _) = await me.SignedAsync(HttpMethod.Delete, "/api/v3/order", "symbol=BTCUSDT&origClientOrderId=up");
        Assert.Equal(200, cancelStatus);
        Assert.Equal(listId, canceled.GetProperty("orderListId").GetInt64());
        var (_, down, _) = await me.SignedAsync(HttpMethod.Get, "/api/v3/order", "symbol=BTCUSDT&origClientOrderId=down");
        Assert.Equal("CANCELED", down.GetProperty("status").GetString());
        Assert.Equal(Quantity.Zero, sim.Ledger.Balance(ApiCredential.DefaultLocal.ApiKey, "BTC").Locked);
    }

    [Fact]
    public async Task Cancel_all_cancels_orders_and_lists_of_one_symbol_and_says_unknown_order_when_none_is_open()
    {
        await using ExchangeSimulator sim = Quiet();
        using var me = new RawExchangeClient(await sim.StartAsync());
        await me.PlaceAsync("symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.01&price=60000");
        await me.PlaceAsync("symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.02&price=59000");
        await me.PlaceAsync("symbol=ETHUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.1&price=3000");
        var (status, body, _) = await me.SignedAsync(HttpMethod.Delete, "/api/v3/openOrders", "symbol=BTCUSDT");
        Assert.Equal(200, status);
        Assert.Equal(2, body.GetArrayLength());
        Assert.All(body.EnumerateArray(), o => Assert.Equal("CANCELED", o.GetProperty("status").GetString()));
        var (_, open, _) = await me.SignedAsync(HttpMethod.Get, "/api/v3/openOrders", "");
        Assert.Equal("ETHUSDT", Assert.Single(open.EnumerateArray()).GetProperty("symbol").GetString());

        var again = await me.SignedAsync(HttpMethod.Delete, "/api/v3/openOrders", "symbol=BTCUSDT");
        Assert.Equal(400, again.Status);
        Assert.Equal(-2011, await Code(again));
        Assert.Equal("Unknown order sent.", again.Body.GetProperty("msg").GetString());
    }

    [Fact]
    public async Task Cancel_replace_answers_both_results_and_a_refused_new_order_after_a_cancel_is_2021_with_409()
    {
        await using ExchangeSimulator sim = Quiet();
        Uri url = await sim.StartAsync();
        using var me = new RawExchangeClient(url);
        using var other = new RawExchangeClient(url, Other.ApiKey, Other.Secret);
        await me.PlaceAsync("symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.01&price=60000&newClientOrderId=a");
        var (status, body, _) = await me.SignedAsync(HttpMethod.Post, "/api/v3/order/cancelReplace",
            "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.02&price=60500&cancelReplaceMode=STOP_ON_FAILURE&cancelOrigClientOrderId=a&newClientOrderId=b");
        Assert.True(status == 200, body.ToString());
        Assert.Equal("SUCCESS", body.GetProperty("cancelResult").GetString());
        Assert.Equal("SUCCESS", body.GetProperty("newOrderResult").GetString());
        Assert.Equal("CANCELED", body.GetProperty("cancelResponse").GetProperty("status").GetString());
        Assert.Equal("a", body.GetProperty("cancelResponse").GetProperty("origClientOrderId").GetString());
        Assert.Equal("b", body.GetProperty("newOrderResponse").GetProperty("clientOrderId").GetString());

        var (missing, failed, _) = await me.SignedAsync(HttpMethod.Post, "/api/v3/order/cancelReplace",
            "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.02&price=60500&cancelReplaceMode=STOP_ON_FAILURE&cancelOrigClientOrderId=nope");
        Assert.Equal(400, missing);
        Assert.Equal(-2022, failed.GetProperty("code").GetInt32());
        Assert.Equal("Order cancel-replace failed.", failed.GetProperty("msg").GetString());
        Assert.Equal("NOT_ATTEMPTED", failed.GetProperty("data").GetProperty("newOrderResult").GetString());
        Assert.Equal(-2011, failed.GetProperty("data").GetProperty("cancelResponse").GetProperty("code").GetInt32());

        await other.PlaceAsync("symbol=BTCUSDT&side=SELL&type=LIMIT&timeInForce=GTC&quantity=0.01&price=61000");
        var (partial, half, _) = await me.SignedAsync(HttpMethod.Post, "/api/v3/order/cancelReplace",
            "symbol=BTCUSDT&side=BUY&type=LIMIT_MAKER&quantity=0.01&price=61000&cancelReplaceMode=STOP_ON_FAILURE&cancelOrigClientOrderId=b");
        Assert.Equal(409, partial);
        Assert.Equal(-2021, half.GetProperty("code").GetInt32());
        Assert.Equal("Order cancel-replace partially failed.", half.GetProperty("msg").GetString());
        JsonElement data = half.GetProperty("data");
        Assert.Equal("SUCCESS", data.GetProperty("cancelResult").GetString());
        Assert.Equal("FAILURE", data.GetProperty("newOrderResult").GetString());
        Assert.Equal("Order would immediately match and take.", data.GetProperty("newOrderResponse").GetProperty("msg").GetString());
    }

    [Fact]
    public async Task Amend_keep_priority_over_rest_answers_the_documented_shape()
    {
        await using ExchangeSimulator sim = Quiet();
        using var me = new RawExchangeClient(await sim.StartAsync());
        JsonElement placed = await me.PlaceAsync("symbol=BTCUSDT&side=SELL&type=LIMIT&timeInForce=GTC&quantity=0.5&price=70000&newClientOrderId=x");
        var (status, body, _) = await me.SignedAsync(HttpMethod.Put, "/api/v3/order/amend/keepPriority", "symbol=BTCUSDT&origClientOrderId=x&newQty=0.2&newClientOrderId=x");
        Assert.True(status == 200, body.ToString());
        JsonElement amended = body.GetProperty("amendedOrder");
        Assert.Equal(placed.GetProperty("orderId").GetInt64(), amended.GetProperty("orderId").GetInt64());
        Assert.Equal("0.20000000", amended.GetProperty("qty").GetString());
        Assert.Equal("x", amended.GetProperty("origClientOrderId").GetString());
        Assert.True(body.GetProperty("executionId").GetInt64() > 0);
        var more = await me.SignedAsync(HttpMethod.Put, "/api/v3/order/amend/keepPriority", "symbol=BTCUSDT&origClientOrderId=x&newQty=0.3");
        Assert.Equal((-2038, "Order amend (quantity increase) is not supported."), (more.Body.GetProperty("code").GetInt32(), more.Body.GetProperty("msg").GetString()));
    }

    [Fact]
    public async Task All_orders_and_my_trades_keep_the_history_with_commission_and_maker_flag()
    {
        await using ExchangeSimulator sim = Quiet();
        Uri url = await sim.StartAsync();
        using var me = new RawExchangeClient(url);
        using var other = new RawExchangeClient(url, Other.ApiKey, Other.Secret);
        JsonElement resting = await me.PlaceAsync("symbol=BTCUSDT&side=SELL&type=LIMIT&timeInForce=GTC&quantity=0.1&price=65000");
        await other.PlaceAsync("symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.1&price=65000");
        JsonElement taker = await me.PlaceAsync("symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=IOC&quantity=0.05&price=65000"); // nothing to take: expires
        await me.PlaceAsync("symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.01&price=60000");

        var (_, all, _) = await me.SignedAsync(HttpMethod.Get, "/api/v3/allOrders", "symbol=BTCUSDT");
        Assert.Equal(["FILLED", "EXPIRED", "NEW"], all.EnumerateArray().Select(o => o.GetProperty("status").GetString()));
        var (_, limited, _) = await me.SignedAsync(HttpMethod.Get, "/api/v3/allOrders", "symbol=BTCUSDT&limit=1");
        Assert.Equal("NEW", Assert.Single(limited.EnumerateArray()).GetProperty("status").GetString()); // the most recent
        var (_, from, _) = await me.SignedAsync(HttpMethod.Get, "/api/v3/allOrders", $"symbol=BTCUSDT&orderId={taker.GetProperty("orderId").GetInt64()}");
        Assert.Equal(2, from.GetArrayLength());

        var (_, trades, _) = await me.SignedAsync(HttpMethod.Get, "/api/v3/myTrades", "symbol=BTCUSDT");
        JsonElement trade = Assert.Single(trades.EnumerateArray());
        Assert.Equal(resting.GetProperty("orderId").GetInt64(), trade.GetProperty("orderId").GetInt64());
        Assert.True(trade.GetProperty("isMaker").GetBoolean());
        Assert.False(trade.GetProperty("isBuyer").GetBoolean());
        Assert.Equal("6500.00000000", trade.GetProperty("quoteQty").GetString());
        Assert.Equal("6.50000000", trade.GetProperty("commission").GetString()); // 0.1% maker, in the quote asset received
        Assert.Equal("USDT", trade.GetProperty("commissionAsset").GetString());
        var (_, theirs, _) = await other.SignedAsync(HttpMethod.Get, "/api/v3/myTrades", "symbol=BTCUSDT");
        JsonElement their = Assert.Single(theirs.EnumerateArray());
        Assert.False(their.GetProperty("isMaker").GetBoolean());
        Assert.Equal("BTC", their.GetProperty("commissionAsset").GetString());

        long now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var wide = await me.SignedAsync(HttpMethod.Get, "/api/v3/myTrades", $"symbol=BTCUSDT&startTime={now - 25 * 3_600_000L}&endTime={now}");
        Assert.Equal((-1127, "More than 24 hours between startTime and endTime."), (wide.Body.GetProperty("code").GetInt32(), wide.Body.GetProperty("msg").GetString()));
        var combo = await me.SignedAsync(HttpMethod.Get, "/api/v3/myTrades", $"symbol=BTCUSDT&fromId=1&startTime={now - 1000}");
        Assert.Equal(-1128, combo.Body.GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task Percent_price_by_side_and_market_lot_size_refuse_with_their_filter_names_and_appear_in_exchange_info()
    {
        SymbolInfo plain = SyntheticSymbol.Defaults[0].Info;
        var strict = new SymbolInfo(plain.Symbol, plain.BaseAsset, plain.QuoteAsset, plain.PriceFilter, plain.LotSize, plain.Notional)
        {
            PercentPriceBySide = new PercentPriceBySideFilter(Price.Parse("1.2"), Price.Parse("0.2"), Price.Parse("5"), Price.Parse("0.8"), 1),
            MarketLotSize = new LotSizeFilter(Quantity.Parse("0.001"), Quantity.Parse("100"), Quantity.Parse("0.001")),
        };
        await using ExchangeSimulator sim = Quiet(o => o.Symbols = [new SyntheticSymbol(strict, Price.Parse("65000"))]);
        Uri url = await sim.StartAsync();
        using var me = new RawExchangeClient(url);
        using var other = new RawExchangeClient(url, Other.ApiKey, Other.Secret);
        await other.PlaceAsync("symbol=BTCUSDT&side=SELL&type=LIMIT&timeInForce=GTC&quantity=0.01&price=65000");
        await me.PlaceAsync("symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.01"); // last price 65000

        var far = await me.SignedAsync(HttpMethod.Post, "/api/v3/order", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.001&price=80000");
        Assert.Equal((-1013, "Filter failure: PERCENT_PRICE_BY_SIDE"), (far.Body.GetProperty("code").GetInt32(), far.Body.GetProperty("msg").GetString()));
        var tiny = await me.SignedAsync(HttpMethod.Post, "/api/v3/order", "symbol=BTCUSDT&side=SELL&type=MARKET&quantity=0.0005");
        Assert.Equal((-1013, "Filter failure: MARKET_LOT_SIZE"), (tiny.Body.GetProperty("code").GetInt32(), tiny.Body.GetProperty("msg").GetString()));

        var (_, info) = await me.GetAsync("/api/v3/exchangeInfo?symbol=BTCUSDT");
        JsonElement[] filters = info.GetProperty("symbols")[0].GetProperty("filters").EnumerateArray().ToArray();
        JsonElement band = filters.Single(f => f.GetProperty("filterType").GetString() == "PERCENT_PRICE_BY_SIDE");
        Assert.Equal("1.2", band.GetProperty("bidMultiplierUp").GetString());
        Assert.Equal("0.2", band.GetProperty("bidMultiplierDown").GetString());
        Assert.Equal(1, band.GetProperty("avgPriceMins").GetInt32());
        Assert.Equal("0.00100000", filters.Single(f => f.GetProperty("filterType").GetString() == "MARKET_LOT_SIZE").GetProperty("minQty").GetString());
    }
}
