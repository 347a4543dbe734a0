using Skia.Trader.Exchange.Hosting;

// Skia.Trader.Exchange: a Binance-compatible exchange simulator on loopback.
//   dotnet run --project terminal/Skia.Trader.Exchange -- --help
return await SimulatorCommandLine.RunAsync(args);
