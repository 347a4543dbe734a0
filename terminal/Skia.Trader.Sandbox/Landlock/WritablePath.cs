namespace Skia.Trader.Sandbox.Landlock;

/// <summary>WritablePath is one existing file or directory beneath which writes stay allowed.</summary>
/// <param name="Path">The absolute path.</param>
/// <param name="IsDirectory">True for a directory (its whole tree is writable), false for a single file such as /dev/null.</param>
internal readonly record struct WritablePath(string Path, bool IsDirectory)
{
    /// <summary>
    /// The paths <paramref name="options"/> asks for, made absolute and de-duplicated. The
    /// config and log directories are created when missing; explicitly requested extra paths
    /// must exist; runtime paths that do not exist on this machine are left out.
    /// </summary>
    public static List<WritablePath> Resolve(SandboxOptions options)
    {
        var result = new List<WritablePath>();
        AddDirectory(result, options.ConfigDirectory, nameof(SandboxOptions.ConfigDirectory));
        AddDirectory(result, options.LogDirectory, nameof(SandboxOptions.LogDirectory));
        foreach (var extra in options.ExtraWritablePaths)
        {
            if (!TryAdd(result, extra))
                throw new SandboxException($"Sandbox: extra writable path \"{extra}\" does not exist; nothing applied.", errno: 0);
        }
        if (options.AllowTempDirectory)
            TryAdd(result, System.IO.Path.GetTempPath());
        if (options.IncludeRuntimeWritablePaths)
        {
            foreach (var runtime in SandboxOptions.RuntimeWritablePaths())
                TryAdd(result, runtime);
        }
        return result;
    }

    private static void AddDirectory(List<WritablePath> result, string path, string option)
    {
        if (string.IsNullOrWhiteSpace(path))
            throw new ArgumentException($"{option} must name a directory.", option);
        Directory.CreateDirectory(path);
        TryAdd(result, path);
    }

    private static bool TryAdd(List<WritablePath> result, string path)
    {
        string full = Normalize(path);
        bool isDirectory = Directory.Exists(full);
        if (!isDirectory && !File.Exists(full))
            return false;
        foreach (var existing in result)
        {
            if (existing.Path == full)
                return true;
        }
        result.Add(new WritablePath(full, isDirectory));
        return true;
    }

    private static string Normalize(string path)
    {
        string full = System.IO.Path.GetFullPath(path);
        return full.Length > 1 ? full.TrimEnd('/') : full;
    }
}
