namespace Skia.Trader.Sandbox.Landlock;

/// <summary>
/// LandlockAccess holds the LANDLOCK_ACCESS_FS_* bits (include/uapi/linux/landlock.h) that
/// concern writing, and which of them each Landlock ABI version knows.
/// </summary>
internal static class LandlockAccess
{
    public const ulong WriteFile = 1UL << 1;
    public const ulong RemoveDir = 1UL << 4;
    public const ulong RemoveFile = 1UL << 5;
    public const ulong MakeChar = 1UL << 6;
    public const ulong MakeDir = 1UL << 7;
    public const ulong MakeReg = 1UL << 8;
    public const ulong MakeSock = 1UL << 9;
    public const ulong MakeFifo = 1UL << 10;
    public const ulong MakeBlock = 1UL << 11;
    public const ulong MakeSym = 1UL << 12;

    /// <summary>Link or rename into another directory; ABI 2+. Always denied unless handled and granted.</summary>
    public const ulong Refer = 1UL << 13;

    /// <summary>truncate(2), ftruncate(2), O_TRUNC; ABI 3+.</summary>
    public const ulong Truncate = 1UL << 14;

    /// <summary>
    /// The write rights handled (denied unless a rule grants them) at <paramref name="abi"/>.
    /// Reads (READ_FILE, READ_DIR) and EXECUTE are deliberately not handled: reads stay
    /// unrestricted, and starting programs is refused by seccomp already.
    /// </summary>
    public static ulong HandledWrites(int abi)
    {
        ulong rights = WriteFile | RemoveDir | RemoveFile | MakeChar | MakeDir | MakeReg
            | MakeSock | MakeFifo | MakeBlock | MakeSym;
        if (abi >= 2)
            rights |= Refer;
        if (abi >= 3)
            rights |= Truncate;
        return rights;
    }

    /// <summary>
    /// The subset of <see cref="HandledWrites"/> that a rule on a single file (not a directory)
    /// may carry; the kernel answers EINVAL for directory-only rights on a file.
    /// </summary>
    public static ulong FileWrites(int abi) => HandledWrites(abi) & (WriteFile | Truncate);
}
