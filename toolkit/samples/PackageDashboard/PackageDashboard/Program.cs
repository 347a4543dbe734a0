using PackageDashboard;
using Skia.Toolkit.Platform;

// Renders the dashboard headlessly after a replayed minute of feed and writes it as a PNG:
//   PackageDashboard OUT.png
if (args.Length != 1 || args[0].StartsWith('-'))
{
    Console.Error.WriteLine("usage: PackageDashboard OUT.png   (renders the dashboard headlessly and writes it as a PNG)");
    return 64;
}
var dashboard = new Dashboard();
dashboard.Replay(new DateTime(2026, 12, 3, 9, 0, 0, DateTimeKind.Utc), 45_000);
using var window = new HeadlessWindow(dashboard.Content, 900, 600);
try
{
    window.SavePng(args[0]);
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"PackageDashboard: cannot write {args[0]}: {e.Message}");
    return 64;
}
Console.WriteLine($"PackageDashboard: wrote {Path.GetFullPath(args[0])} ({dashboard.Feed.Count} feed points kept of 45000, {dashboard.Candles.Count} candles)");
return 0;
