namespace Skia.Trader.Exchange.Http;

/// <summary>ApiCredential is one API key and its HMAC secret that the simulator accepts; each key is its own account.</summary>
/// <param name="ApiKey">ApiKey is sent by clients in X-MBX-APIKEY (or apiKey on the WebSocket API).</param>
/// <param name="Secret">Secret is the HMAC-SHA256 key the signature is made with; never logged.</param>
public sealed record ApiCredential(string ApiKey, string Secret)
{
    /// <summary>DefaultLocal is the documented local key pair the simulator accepts unless told otherwise (not a secret: loopback only).</summary>
    public static ApiCredential DefaultLocal { get; } = new("skia-sim-key", "skia-sim-secret");

    /// <summary>ToString hides the secret.</summary>
    public override string ToString() => $"ApiCredential {{ ApiKey = {ApiKey}, Secret = *** }}";
}
