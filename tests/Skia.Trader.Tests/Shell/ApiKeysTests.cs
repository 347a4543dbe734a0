using Skia.Trader.Binance.Endpoints;
using Skia.Trader.Terminal.Config;

namespace Skia.Trader.Tests.Shell;

/// <summary>Which exchange --exchange selects, and where the API keys for a real one come from (never shown in a message).</summary>
public sealed class ApiKeysTests
{
    private const string Key = "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A";
    private const string Secret = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";

    [Theory]
    [InlineData(null, null, false, "SIM")]
    [InlineData("binance", "https://api.binance.com/", true, "binance")]
    [InlineData("BINANCE", "https://api.binance.com/", true, "binance")]
    [InlineData("binance-testnet", "https://testnet.binance.vision/", true, "binance-testnet")]
    [InlineData("http://127.0.0.1:8080/", "http://127.0.0.1:8080/", false, "SIM")]
    public void The_exchange_choice_selects_the_service_and_marks_the_real_ones_live(string? text, string? rest, bool live, string name)
    {
        ExchangeChoice choice = ExchangeChoice.Parse(text, out var error)!;
        Assert.Null(error);
        Assert.Equal(rest, choice.Endpoint?.RestBase.ToString());
        Assert.Equal(live, choice.IsLive);
        Assert.Equal(name, choice.Name);
        if (text == "binance") Assert.Same(BinanceEndpoint.Binance, choice.Endpoint);
        if (text == "binance-testnet") Assert.Same(BinanceEndpoint.Testnet, choice.Endpoint);
    }

    [Theory]
    [InlineData("sim")]
    [InlineData("binance.com")]
    [InlineData("ftp://127.0.0.1/")]
    [InlineData("")]
    public void Anything_else_is_refused_with_the_accepted_values(string text)
    {
        Assert.Null(ExchangeChoice.Parse(text, out var error));
        Assert.StartsWith("--exchange needs binance, binance-testnet, or a simulator's http:// or https:// URL", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Keys_come_from_the_environment_as_a_pair_or_not_at_all()
    {
        Assert.Null(ApiKeys.FromEnvironment(_ => null, out var none));
        Assert.Null(none); // market data only
        var both = ApiKeys.FromEnvironment(v => v == ApiKeys.KeyVariable ? Key : Secret, out var error);
        Assert.Null(error);
        Assert.Equal(Key, both!.ApiKey);
        Assert.Null(ApiKeys.FromEnvironment(v => v == ApiKeys.KeyVariable ? Key : null, out var half));
        Assert.Equal("BINANCE_API_SECRET is not set while BINANCE_API_KEY is: set both, or neither for market data only", half);
    }

    [Theory]
    [InlineData("api_key=" + Key + "\napi_secret=" + Secret + "\n")]
    [InlineData("# my testnet key\n\napi_secret = " + Secret + "\r\nAPI_KEY=" + Key)]
    public void A_private_key_file_gives_the_pair(string content)
    {
        var file = Write(content, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        try
        {
            var keys = ApiKeys.FromFile(file, out var error);
            Assert.Null(error);
            Assert.Equal(Key, keys!.ApiKey);
            Assert.DoesNotContain(Secret, keys.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData(UnixFileMode.UserRead | UnixFileMode.GroupRead)]
    [InlineData(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead)]
    [InlineData(UnixFileMode.UserRead | UnixFileMode.OtherWrite)]
    public void A_key_file_open_to_others_is_refused(UnixFileMode mode)
    {
        var file = Write("api_key=" + Key + "\napi_secret=" + Secret + "\n", mode);
        try
        {
            Assert.Null(ApiKeys.FromFile(file, out var error));
            Assert.Equal($"--key-file: Key file '{file}' is accessible by group or others; refusing to read secrets from it. Run: chmod 600 '{file}'", error);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("", "must contain both api_key=... and api_secret=...")]
    [InlineData("api_key=" + Key + "\n", "must contain both api_key=... and api_secret=...")]
    [InlineData(Key + "\n" + Secret + "\n", "line 1: expected api_key=... or api_secret=... (the line is not shown")]
    public void A_key_file_that_is_not_one_pair_is_refused_without_echoing_it(string content, string expected)
    {
        var file = Write(content, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        try
        {
            Assert.Null(ApiKeys.FromFile(file, out var error));
            Assert.Contains(expected, error, StringComparison.Ordinal);
            Assert.DoesNotContain(Key[..8], error, StringComparison.Ordinal);
            Assert.DoesNotContain(Secret[..8], error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string Write(string content, UnixFileMode mode)
    {
        var file = Path.Combine(Path.GetTempPath(), "skia-trader-keys-" + Guid.NewGuid().ToString("N"));
        File.WriteAllText(file, content);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(file, mode);
        return file;
    }
}
