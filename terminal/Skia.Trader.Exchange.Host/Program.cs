using Skia.Trader.Exchange;

// Skia.Trader.Exchange: a Binance-compatible exchange simulator on loopback.
//   dotnet run --project terminal/Skia.Trader.Exchange.Host -- --help
// The simulator itself is the library ../Skia.Trader.Exchange; this program is its command line.
return await SimulatorCommandLine.RunAsync(args);
