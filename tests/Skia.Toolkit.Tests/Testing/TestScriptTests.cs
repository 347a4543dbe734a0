using System.Diagnostics;

namespace Skia.Toolkit.Tests.Testing;

/// <summary>./test.sh, the command CI runs, guards the goldens.</summary>
public class TestScriptTests
{
    [Fact]
    public async Task Test_script_refuses_to_rewrite_goldens_under_CI_with_one_line_and_a_non_zero_exit()
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(RepoPaths.Root, "test.sh")])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = RepoPaths.Root,
        };
        start.Environment["CI"] = "true";
        start.Environment["UPDATE_GOLDENS"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = await process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000), "test.sh did not stop at once");
        Assert.Equal(2, process.ExitCode);
        Assert.Equal("", await stdout);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.Contains("UPDATE_GOLDENS", lines[0], StringComparison.Ordinal);
    }
}
