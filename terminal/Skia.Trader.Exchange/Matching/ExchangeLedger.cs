using Skia.Trader.Core.Numerics;

namespace Skia.Trader.Exchange.Matching;

/// <summary>
/// ExchangeLedger is the simulator's books of record, for tests to assert on: every user order,
/// the trades, and every account's balances (user accounts are named by their API key; the
/// synthetic participants are "maker" and "taker"; commissions go to "fees"). Each call returns
/// an immutable copy taken under the engine's lock.
/// </summary>
public sealed class ExchangeLedger
{
    private readonly MatchingEngine _engine;

    internal ExchangeLedger(MatchingEngine engine) => _engine = engine;

    /// <summary>Orders returns every order the ledger keeps (all user orders; synthetic ones while open), by order id.</summary>
    public IReadOnlyList<OrderRecord> Orders() => _engine.AllOrders();

    /// <summary>OrdersOf returns the orders of one account (an API key), by order id.</summary>
    public IReadOnlyList<OrderRecord> OrdersOf(string account) => _engine.AllOrders().Where(o => o.Account == account).ToList();

    /// <summary>Trades returns the recorded trades, oldest first.</summary>
    public IReadOnlyList<TradeRecord> Trades() => _engine.AllTrades();

    /// <summary>AccountNames lists every account, the fee account included.</summary>
    public IReadOnlyList<string> AccountNames() => _engine.Accounts.Select(a => a.Name).ToList();

    /// <summary>Balances returns the balances of one account, by asset name; empty for an unknown account.</summary>
    public IReadOnlyList<BalanceRecord> Balances(string account)
    {
        lock (_engine.Sync)
        {
            Account? a = _engine.FindAccount(account);
            return a is null
                ? []
                : a.Balances.OrderBy(kv => kv.Key, StringComparer.Ordinal)
                    .Select(kv => new BalanceRecord(kv.Key, Quantity.FromRaw(kv.Value.Free), Quantity.FromRaw(kv.Value.Locked))).ToList();
        }
    }

    /// <summary>Balance returns one asset of one account (zero when absent).</summary>
    public BalanceRecord Balance(string account, string asset) =>
        Balances(account).FirstOrDefault(b => b.Asset == asset) ?? new BalanceRecord(asset, Quantity.Zero, Quantity.Zero);

    /// <summary>TotalOf sums free plus locked of an asset over all accounts: constant under trading (assets are conserved).</summary>
    public Quantity TotalOf(string asset)
    {
        lock (_engine.Sync)
        {
            long sum = 0;
            foreach (Account a in _engine.Accounts)
                sum = checked(sum + a.Free(asset) + a.Locked(asset));
            return Quantity.FromRaw(sum);
        }
    }

    /// <summary>Deposit credits an account (created if new) with an amount of an asset, e.g. to fund a test.</summary>
    public void Deposit(string account, string asset, Quantity amount)
    {
        lock (_engine.Sync)
            _engine.GetOrAddAccount(account).Deposit(asset, amount.Raw);
    }
}
