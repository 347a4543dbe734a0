using System.Globalization;

namespace Skia.Toolkit.Text;

/// <summary>MappedFile finds which file a memory mapping of this process shows (Linux /proc/self/maps): the system font manager hands out font data as a mapping of the font file without its path.</summary>
internal static class MappedFile
{
    /// <summary>PathOf returns the path of the file mapped whole, from its start, at <paramref name="address"/> with <paramref name="length"/> bytes; null when no such mapping is known (not Linux, anonymous memory, part of a file).</summary>
    public static string? PathOf(IntPtr address, long length)
    {
        if (address == IntPtr.Zero || length <= 0 || !OperatingSystem.IsLinux()) return null;
        ulong start = (ulong)(long)address;
        try
        {
            foreach (var line in File.ReadLines("/proc/self/maps"))
            {
                // "start-end perms offset dev inode   path"
                int dash = line.IndexOf('-', StringComparison.Ordinal);
                if (dash <= 0 || !ulong.TryParse(line.AsSpan(0, dash), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var from) || from != start) continue;
                var fields = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
                if (fields.Length < 6 || !ulong.TryParse(fields[2], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var offset) || offset != 0) return null;
                var path = fields[5].Trim();
                if (!path.StartsWith('/') || path.EndsWith(" (deleted)", StringComparison.Ordinal)) return null;
                var file = new FileInfo(path);
                return file.Exists && file.Length == length ? path : null;
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
        return null;
    }
}
