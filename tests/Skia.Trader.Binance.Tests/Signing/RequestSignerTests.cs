using Skia.Trader.Binance.Signing;

namespace Skia.Trader.Binance.Tests.Signing;

public class RequestSignerTests
{
    [Fact]
    public void Signs_the_documented_test_vector()
    {
        var signer = new RequestSigner("NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j");
        string signature = signer.Sign("symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559");
        Assert.Equal("c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71", signature);
    }

    [Fact]
    public void A_different_secret_gives_a_different_signature_and_the_signer_never_prints_it()
    {
        var signer = new RequestSigner("another-secret");
        Assert.NotEqual("c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71",
            signer.Sign("symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559"));
        Assert.DoesNotContain("another-secret", signer.ToString());
    }
}
