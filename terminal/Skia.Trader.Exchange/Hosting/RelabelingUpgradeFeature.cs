using Microsoft.AspNetCore.Http.Features;

namespace Skia.Trader.Exchange.Hosting;

/// <summary>RelabelingUpgradeFeature hands the WebSocket layer the upgraded stream wrapped in a <see cref="TextFrameRelabelingStream"/>.</summary>
internal sealed class RelabelingUpgradeFeature(IHttpUpgradeFeature inner) : IHttpUpgradeFeature
{
    public bool IsUpgradableRequest => inner.IsUpgradableRequest;

    public async Task<Stream> UpgradeAsync() => new TextFrameRelabelingStream(await inner.UpgradeAsync());
}
