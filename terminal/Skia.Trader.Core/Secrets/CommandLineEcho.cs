namespace Skia.Trader.Core.Secrets;

/// <summary>
/// CommandLineEcho decides what of a command line a program may repeat in an error message. Option
/// names may be quoted (they help the user find a typo); anything else may be a value, and a value
/// may be a secret (<c>--api-key --api-secret X</c> makes X an unknown token), so it is never shown.
/// </summary>
public static class CommandLineEcho
{
    /// <summary>Describe returns <c>option '--name'</c> for an option-shaped token and a neutral phrase for anything else.</summary>
    public static string Describe(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return IsOptionName(token) ? $"option '{token}'" : "a value (not shown: it may be a secret)";
    }

    /// <summary>IsOptionName is true for <c>-x</c> or <c>--words-with-dashes</c> of at most 40 characters: lower-case letters, digits and dashes only.</summary>
    public static bool IsOptionName(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (token.Length is < 2 or > 40 || token[0] != '-')
            return false;
        int start = token[1] == '-' ? 2 : 1;
        if (token.Length == start || !char.IsAsciiLetterLower(token[start]))
            return false;
        foreach (char c in token.AsSpan(start))
        {
            if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c) && c != '-')
                return false;
        }
        return true;
    }
}
