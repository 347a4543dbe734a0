using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Skia.Trader.Exchange.Hosting;

/// <summary>
/// ExchangeHttpApplication is what Kestrel runs for each request of the simulator: a plain <see cref="DefaultHttpContext"/>
/// over the connection's features, handed to the simulator's pipeline. It stands in for ASP.NET Core's hosting layer
/// (no request services, no per-request diagnostics), which the simulator does not use.
/// </summary>
internal sealed class ExchangeHttpApplication(RequestDelegate pipeline) : IHttpApplication<HttpContext>
{
    /// <summary>CreateContext wraps the request's features.</summary>
    public HttpContext CreateContext(IFeatureCollection contextFeatures) => new DefaultHttpContext(contextFeatures);

    /// <summary>ProcessRequestAsync runs the pipeline; an exception it throws is Kestrel's to log and answer with 500.</summary>
    public Task ProcessRequestAsync(HttpContext context) => pipeline(context);

    /// <summary>DisposeContext lets go of the request's features.</summary>
    public void DisposeContext(HttpContext context, Exception? exception) => ((DefaultHttpContext)context).Uninitialize();
}
