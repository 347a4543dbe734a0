using Skia.Trader.Binance.Signing;

namespace Skia.Trader.Binance.Tests.Signing;

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class ApiCredentialsTests
{
    private static string WriteKeyFile(string content, UnixFileMode mode)
    {
        string path = Path.Combine(Path.GetTempPath(), "skia-trader-keys-" + Guid.NewGuid().ToString("N"));
        File.WriteAllText(path, content);
        File.SetUnixFileMode(path, mode);
        return path;
    }

    [Fact]
    public void Reads_an_owner_only_key_file()
    {
        string path = WriteKeyFile("# test keys\napi_key = my-api-key-1234\napi_secret=s3cr3t-value\n", UnixFileMode.UserRead | UnixFileMode.UserWrite);
        try
        {
            ApiCredentials credentials = ApiCredentials.FromKeyFile(path);
            Assert.Equal("my-api-key-1234", credentials.ApiKey);
            Assert.Equal("s3cr3t-value", credentials.Secret);
        }
        finally { File.Delete(path); }
    }

    [Theory]
    [InlineData(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead)]
    [InlineData(UnixFileMode.UserRead | UnixFileMode.OtherRead)]
    public void Refuses_a_key_file_others_can_read_with_a_message_saying_how_to_fix_it(UnixFileMode mode)
    {
        string path = WriteKeyFile("api_key=k\napi_secret=s\n", mode);
        try
        {
            var error = Assert.Throws<Skia.Trader.Core.Secrets.KeyFileException>(() => ApiCredentials.FromKeyFile(path));
            Assert.Contains("chmod 600", error.Message);
            Assert.DoesNotContain("api_secret=s", error.Message);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void ToString_never_shows_the_secret_or_the_whole_key()
    {
        var credentials = new ApiCredentials("ABCDEFGHIJKLMNOP-key", "very-secret-secret");
        string text = credentials.ToString();
        Assert.DoesNotContain("very-secret-secret", text);
        Assert.DoesNotContain("ABCDEFGHIJKLMNOP", text);
        Assert.Contains("redacted", text);
    }
}
