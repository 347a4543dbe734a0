using System.Net;

namespace Skia.Trader.Exchange.Http;

/// <summary>
/// LoopbackHost decides whether a Host header or an Origin names this machine: <c>localhost</c>,
/// 127.0.0.0/8 or [::1]. A web page that rebinds its own DNS name to 127.0.0.1 still sends its
/// own name, so refusing other hosts closes that path to the simulator's documented keys.
/// </summary>
internal static class LoopbackHost
{
    /// <summary>IsLoopback is true for a host name (without port; IPv6 with or without brackets) that is loopback.</summary>
    public static bool IsLoopback(string host)
    {
        if (host.EndsWith('.'))
            host = host[..^1];
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
            return true;
        if (host.StartsWith('[') && host.EndsWith(']'))
            host = host[1..^1];
        return IPAddress.TryParse(host, out IPAddress? address) && IPAddress.IsLoopback(address);
    }

    /// <summary>IsLoopbackOrigin is true for an Origin header such as <c>http://127.0.0.1:8080</c>; false for <c>null</c>, other hosts or garbage.</summary>
    public static bool IsLoopbackOrigin(string origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out Uri? uri) && uri.Scheme is "http" or "https" && IsLoopback(uri.Host);
}
