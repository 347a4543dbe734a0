using System.Diagnostics;
using Skia.Trader.Core.Secrets;

namespace Skia.Trader.Core.Tests.Secrets;

/// <summary>The one key-file reader of the terminal and the simulator: refuses what it must, and never quotes the file.</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class KeyFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("keyfile").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string text, UnixFileMode mode = UnixFileMode.UserRead | UnixFileMode.UserWrite)
    {
        string path = Path.Combine(_dir, Guid.NewGuid().ToString("N"));
        File.WriteAllText(path, text);
        File.SetUnixFileMode(path, mode);
        return path;
    }

    [Fact]
    public void Reads_the_pair_skipping_comments_and_blank_lines()
    {
        Assert.Equal(("k1", "s=1"), KeyFile.Read(Write("# mine\n\nAPI_KEY = k1\napi_secret=s=1\n")));
    }

    [Fact]
    public void A_line_with_no_known_name_is_refused_without_its_text()
    {
        var error = Assert.Throws<KeyFileException>(() => KeyFile.Read(Write("api_key=k\nc2VjcmV0LXRleHQ=\napi_secret=s\n")));
        Assert.Contains("line 2", error.Message);
        Assert.DoesNotContain("c2VjcmV0", error.Message);
        error = Assert.Throws<KeyFileException>(() => KeyFile.Read(Write("api_key=k\nsecretname=value\napi_secret=s\n")));
        Assert.DoesNotContain("secretname", error.Message);
    }

    [Fact]
    public void A_fifo_is_refused_at_once_instead_of_blocking_the_reader()
    {
        string fifo = Path.Combine(_dir, "fifo");
        using (Process mkfifo = Process.Start("mkfifo", ["-m", "600", fifo]))
            mkfifo.WaitForExit();
        // Read runs on this thread: a blocking open would hang the test run, which is the failure.
        var error = Assert.Throws<KeyFileException>(() => KeyFile.Read(fifo));
        Assert.Contains("not a regular file", error.Message);
    }

    [Fact]
    public void A_directory_a_missing_file_and_a_huge_file_are_refused()
    {
        Assert.Contains("is a directory", Assert.Throws<KeyFileException>(() => KeyFile.Read(_dir)).Message);
        Assert.Contains("does not exist", Assert.Throws<KeyFileException>(() => KeyFile.Read(Path.Combine(_dir, "nope"))).Message);
        Assert.Contains("at most", Assert.Throws<KeyFileException>(() => KeyFile.Read(Write("api_key=" + new string('k', KeyFile.MaxBytes) + "\n"))).Message);
    }

    [Fact]
    public void A_file_group_or_others_may_read_is_refused_with_the_fix()
    {
        var error = Assert.Throws<KeyFileException>(() => KeyFile.Read(Write("api_key=k\napi_secret=s\n", UnixFileMode.UserRead | UnixFileMode.GroupRead)));
        Assert.Contains("chmod 600", error.Message);
    }

    [Fact]
    public void Half_a_pair_is_refused()
    {
        Assert.Contains("both", Assert.Throws<KeyFileException>(() => KeyFile.Read(Write("api_key=k\n"))).Message);
    }
}
