namespace Skia.Trader.Core.Numerics;

/// <summary>RoundingDirection says which way an inexact result goes when it is put back on a grid.</summary>
public enum RoundingDirection
{
    /// <summary>Down: toward negative infinity (never spend more than you have).</summary>
    Down,

    /// <summary>Up: toward positive infinity (never fall short of a minimum).</summary>
    Up,

    /// <summary>Nearest: to the closer grid point, halves away from zero.</summary>
    Nearest,
}
