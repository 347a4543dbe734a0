using System.Globalization;

namespace Skia.Toolkit.Widgets;

/// <summary>GridLength is the size rule of one Grid row or column: fixed pixels, auto (fit content) or star (share of the rest).</summary>
public readonly struct GridLength : IEquatable<GridLength>
{
    private GridLength(float value, GridUnit unit)
    {
        Value = value;
        Unit = unit;
    }

    /// <summary>Auto sizes the track to its largest child.</summary>
    public static GridLength Auto => new(0, GridUnit.Auto);

    /// <summary>Value is the pixel size (Fixed) or the weight (Star); 0 for Auto.</summary>
    public float Value { get; }

    /// <summary>Unit is how the size is determined.</summary>
    public GridUnit Unit { get; }

    /// <summary>Fixed makes a track of <paramref name="pixels"/> logical pixels (finite, not negative).</summary>
    public static GridLength Fixed(float pixels)
    {
        if (!float.IsFinite(pixels) || pixels < 0) throw new ArgumentException($"A fixed grid length must be finite and not negative, got {pixels}.", nameof(pixels));
        return new GridLength(pixels, GridUnit.Fixed);
    }

    /// <summary>Star makes a track sharing the leftover space with weight <paramref name="weight"/> (finite, positive; default 1).</summary>
    public static GridLength Star(float weight = 1)
    {
        if (!float.IsFinite(weight) || weight <= 0) throw new ArgumentException($"A star weight must be finite and positive, got {weight}.", nameof(weight));
        return new GridLength(weight, GridUnit.Star);
    }

    /// <summary>Parse reads a comma-separated list such as "Auto, *, 2*, 120" into grid lengths.</summary>
    public static GridLength[] Parse(string lengths)
    {
        ArgumentNullException.ThrowIfNull(lengths);
        var parts = lengths.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var result = new GridLength[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            var p = parts[i];
            if (p.Equals("auto", StringComparison.OrdinalIgnoreCase))
            {
                result[i] = Auto;
            }
            else if (p.EndsWith('*'))
            {
                var weight = p[..^1];
                result[i] = Star(weight.Length == 0 ? 1 : ParseNumber(weight, lengths));
            }
            else
            {
                result[i] = Fixed(ParseNumber(p, lengths));
            }
        }

        return result;
    }

    /// <summary>Equals compares unit and value.</summary>
    public bool Equals(GridLength other) => Unit == other.Unit && Value.Equals(other.Value);

    /// <summary>Equals compares with another boxed GridLength.</summary>
    public override bool Equals(object? obj) => obj is GridLength other && Equals(other);

    /// <summary>GetHashCode combines unit and value.</summary>
    public override int GetHashCode() => HashCode.Combine(Unit, Value);

    /// <summary>ToString writes the length as Parse reads it ("Auto", "2*", "120").</summary>
    public override string ToString() => Unit switch
    {
        GridUnit.Auto => "Auto",
        GridUnit.Star => Value == 1 ? "*" : Value.ToString(CultureInfo.InvariantCulture) + "*",
        _ => Value.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Equality operator compares unit and value.</summary>
    public static bool operator ==(GridLength left, GridLength right) => left.Equals(right);

    /// <summary>Inequality operator compares unit and value.</summary>
    public static bool operator !=(GridLength left, GridLength right) => !left.Equals(right);

    private static float ParseNumber(string text, string whole)
    {
        if (!float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            throw new FormatException($"'{text}' in grid lengths \"{whole}\" is not Auto, a star weight or a number.");
        }

        return value;
    }
}
