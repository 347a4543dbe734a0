namespace Skia.Trader.Sandbox;

/// <summary>
/// SandboxOptions says where the sandboxed process may still write. Reads are never restricted.
/// </summary>
public sealed class SandboxOptions
{
    /// <summary>The terminal's config directory (created if missing); writable.</summary>
    public required string ConfigDirectory { get; init; }

    /// <summary>The terminal's log directory (created if missing); writable.</summary>
    public required string LogDirectory { get; init; }

    /// <summary>Further files or directories that stay writable; each must exist, or <see cref="LinuxSandbox.Apply"/> throws.</summary>
    public IReadOnlyList<string> ExtraWritablePaths { get; init; } = [];

    /// <summary>Whether the temp directory (<see cref="Path.GetTempPath"/>, usually /tmp) stays writable. Off by default.</summary>
    public bool AllowTempDirectory { get; init; }

    /// <summary>
    /// Whether the paths in <see cref="RuntimeWritablePaths"/> that exist on this machine stay
    /// writable. On by default: without them the GPU driver cannot open its device nodes.
    /// </summary>
    public bool IncludeRuntimeWritablePaths { get; init; } = true;

    /// <summary>
    /// RuntimeWritablePaths lists what a GLFW + Mesa/NVIDIA + .NET process writes after start-up,
    /// whether or not it exists here: the null/zero devices, /dev/dri (GPU render nodes are opened
    /// read-write), NVIDIA's /dev/nvidia* nodes, /dev/shm (X11 MIT-SHM, POSIX shared memory),
    /// Mesa's shader caches (MESA_SHADER_CACHE_DIR or $XDG_CACHE_HOME/mesa_shader_cache*),
    /// NVIDIA's GL cache (~/.nv) and fontconfig's cache.
    /// </summary>
    public static IReadOnlyList<string> RuntimeWritablePaths()
    {
        var paths = new List<string> { "/dev/null", "/dev/zero", "/dev/full", "/dev/tty", "/dev/dri", "/dev/shm" };
        if (Directory.Exists("/dev"))
        {
            foreach (var node in Directory.EnumerateFiles("/dev", "nvidia*"))
                paths.Add(node);
        }
        string? home = Environment.GetEnvironmentVariable("HOME");
        string? cache = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (string.IsNullOrEmpty(cache) && !string.IsNullOrEmpty(home))
            cache = Path.Combine(home, ".cache");
        string? mesa = Environment.GetEnvironmentVariable("MESA_SHADER_CACHE_DIR");
        if (!string.IsNullOrEmpty(mesa))
            paths.Add(mesa);
        if (!string.IsNullOrEmpty(cache))
        {
            paths.Add(Path.Combine(cache, "mesa_shader_cache"));
            paths.Add(Path.Combine(cache, "mesa_shader_cache_db"));
            paths.Add(Path.Combine(cache, "fontconfig"));
        }
        if (!string.IsNullOrEmpty(home))
            paths.Add(Path.Combine(home, ".nv"));
        return paths;
    }
}
