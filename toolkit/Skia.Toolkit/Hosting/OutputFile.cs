namespace Skia.Toolkit.Hosting;

/// <summary>
/// OutputFile checks, before a run starts, that a file the run will write (a screenshot, a markup dump)
/// can be written, so a mistake in the path is reported at once instead of after the run.
/// </summary>
internal static class OutputFile
{
    /// <summary>Problem says why <paramref name="path"/> cannot be written, or null when it can.</summary>
    public static string? Problem(string path)
    {
        if (string.IsNullOrWhiteSpace(path)) return "the path is empty";
        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return e.Message;
        }
        if (Directory.Exists(full)) return $"{path} is a directory";
        var directory = Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(directory) && !Directory.Exists(directory)) return $"directory {directory} does not exist";
        var existed = File.Exists(full);
        try
        {
            using var stream = new FileStream(full, FileMode.OpenOrCreate, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
            if (existed && stream.CanSeek && stream.Length == 0)
            {
                // An empty file or a device such as /dev/full: only a write shows whether it takes data.
                // One byte, then the length back to zero, so an empty file stays as it was.
                stream.WriteByte(0);
                stream.Flush();
                TryTruncate(stream);
            }
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return e.Message;
        }
        finally
        {
            if (!existed) TryDelete(full);
        }
    }

    private static void TryTruncate(FileStream stream)
    {
        try
        {
            stream.SetLength(0);
        }
        catch (IOException)
        {
            // A device (/dev/null) cannot be truncated and needs not be.
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Left behind empty; the run will write it anyway.
        }
    }
}
