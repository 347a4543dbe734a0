namespace Skia.Toolkit.Gallery;

/// <summary>Trade is one demo trade of the gallery's trade table: a value made on demand by <see cref="TradeTape"/>, never stored.</summary>
internal readonly record struct Trade(string Symbol, string Side, decimal Price, decimal Size);
