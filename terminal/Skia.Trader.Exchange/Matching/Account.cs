using Skia.Trader.Core.Numerics;

namespace Skia.Trader.Exchange.Matching;

/// <summary>
/// Account is one holder of balances on the simulated exchange (a user key, a synthetic
/// market participant, or the fee collector), with free and locked amounts per asset as raw
/// 10^-8 units. Mutated only under the engine's lock; the engine never lets a balance go negative.
/// </summary>
internal sealed class Account
{
    private readonly Dictionary<string, (long Free, long Locked)> _balances = new(StringComparer.Ordinal);

    public Account(string name) => Name = name;

    /// <summary>Name identifies the account in the ledger (the API key for user accounts).</summary>
    public string Name { get; }

    /// <summary>UpdateTime is when a balance last changed (ms).</summary>
    public long UpdateTime { get; set; }

    public IEnumerable<KeyValuePair<string, (long Free, long Locked)>> Balances => _balances;

    public long Free(string asset) => _balances.TryGetValue(asset, out var b) ? b.Free : 0;

    public long Locked(string asset) => _balances.TryGetValue(asset, out var b) ? b.Locked : 0;

    public void Deposit(string asset, long amount)
    {
        var b = Get(asset);
        _balances[asset] = (checked(b.Free + amount), b.Locked);
    }

    public void SetFree(string asset, long amount) => _balances[asset] = (amount, Get(asset).Locked);

    public bool TryLock(string asset, long amount)
    {
        var b = Get(asset);
        if (amount < 0 || b.Free < amount)
            return false;
        _balances[asset] = (b.Free - amount, b.Locked + amount);
        return true;
    }

    public void Unlock(string asset, long amount)
    {
        var b = Get(asset);
        if (amount < 0 || amount > b.Locked)
            throw new InvalidOperationException($"Unlocking {Quantity.FromRaw(amount)} {asset} with only {Quantity.FromRaw(b.Locked)} locked.");
        _balances[asset] = (b.Free + amount, b.Locked - amount);
    }

    public void SpendLocked(string asset, long amount)
    {
        var b = Get(asset);
        if (amount < 0 || amount > b.Locked)
            throw new InvalidOperationException($"Spending {Quantity.FromRaw(amount)} {asset} with only {Quantity.FromRaw(b.Locked)} locked.");
        _balances[asset] = (b.Free, b.Locked - amount);
    }

    private (long Free, long Locked) Get(string asset) => _balances.TryGetValue(asset, out var b) ? b : (0, 0);
}
