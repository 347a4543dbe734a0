namespace Skia.Trader.Core.Secrets;

/// <summary>KeyFileException says in one sentence why a key file was refused; its message never contains the file's text.</summary>
public sealed class KeyFileException : Exception
{
    /// <summary>Creates the exception with a message fit to show the user.</summary>
    public KeyFileException(string message) : base(message)
    {
    }
}
