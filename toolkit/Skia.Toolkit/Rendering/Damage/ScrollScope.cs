namespace Skia.Toolkit.Rendering.Damage;

/// <summary>
/// ScrollScope is the scope <see cref="DamageTracker.BeginScroll"/> opens: while it lives, descendants of the
/// scrolled widget re-arranged to where their pixels moved are not repainted. Dispose it (a <c>using</c>) to end it.
/// </summary>
public readonly struct ScrollScope : IDisposable
{
    private readonly DamageTracker? _tracker;

    internal ScrollScope(DamageTracker tracker) => _tracker = tracker;

    /// <summary>Dispose ends the scope.</summary>
    public void Dispose() => _tracker?.EndScroll();
}
