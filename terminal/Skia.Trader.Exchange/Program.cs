// Placeholder entry point; the real program lands with the exchange-connectivity issue.
Console.Error.WriteLine("not implemented yet");
return 1;
