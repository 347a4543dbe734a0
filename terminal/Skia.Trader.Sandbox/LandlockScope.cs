namespace Skia.Trader.Sandbox;

/// <summary>LandlockScope says which threads the Landlock write restriction covers.</summary>
public enum LandlockScope
{
    /// <summary>Landlock was not applied (unavailable, or the sandbox was not applied at all).</summary>
    None,

    /// <summary>
    /// Only the thread that called <see cref="LinuxSandbox.Apply"/> and the threads it (and they)
    /// start afterwards: Landlock ABI below 8 cannot restrict sibling threads that already exist.
    /// </summary>
    CallingThreadAndDescendants,

    /// <summary>Every thread of the process (Landlock ABI 8+, LANDLOCK_RESTRICT_SELF_TSYNC).</summary>
    AllThreads,
}
