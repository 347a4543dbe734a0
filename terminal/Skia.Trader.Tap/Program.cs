using Skia.Trader.Tap;

// The market-data tap: follows symbols on an exchange and prints what the books look like, so a
// user can check a connection and compare our books with another tool's.
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
return await TapRunner.RunAsync(args, Console.OpenStandardOutput(), Console.Error, stop.Token);
