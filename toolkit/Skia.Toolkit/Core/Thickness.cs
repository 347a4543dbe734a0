using System.Globalization;

namespace Skia.Toolkit.Core;

/// <summary>Thickness is the width of a frame on each of the four sides of a rectangle (margins, padding, borders), in logical pixels.</summary>
public readonly struct Thickness : IEquatable<Thickness>
{
    /// <summary>Thickness creates a uniform frame of <paramref name="uniform"/> on every side.</summary>
    public Thickness(float uniform) : this(uniform, uniform, uniform, uniform) { }

    /// <summary>Thickness creates a frame of <paramref name="horizontal"/> left and right and <paramref name="vertical"/> top and bottom.</summary>
    public Thickness(float horizontal, float vertical) : this(horizontal, vertical, horizontal, vertical) { }

    /// <summary>Thickness creates a frame with each side given; every side must be finite and not negative.</summary>
    public Thickness(float left, float top, float right, float bottom)
    {
        Check(left, nameof(left));
        Check(top, nameof(top));
        Check(right, nameof(right));
        Check(bottom, nameof(bottom));
        Left = left;
        Top = top;
        Right = right;
        Bottom = bottom;
    }

    /// <summary>Left is the width of the left side.</summary>
    public float Left { get; }

    /// <summary>Top is the height of the top side.</summary>
    public float Top { get; }

    /// <summary>Right is the width of the right side.</summary>
    public float Right { get; }

    /// <summary>Bottom is the height of the bottom side.</summary>
    public float Bottom { get; }

    /// <summary>Horizontal is Left plus Right.</summary>
    public float Horizontal => Left + Right;

    /// <summary>Vertical is Top plus Bottom.</summary>
    public float Vertical => Top + Bottom;

    /// <summary>IsZero tells whether every side is zero.</summary>
    public bool IsZero => Left == 0 && Top == 0 && Right == 0 && Bottom == 0;

    /// <summary>Equals compares the four sides exactly.</summary>
    public bool Equals(Thickness other) =>
        Left == other.Left && Top == other.Top && Right == other.Right && Bottom == other.Bottom;

    /// <summary>Equals compares with another boxed Thickness.</summary>
    public override bool Equals(object? obj) => obj is Thickness other && Equals(other);

    /// <summary>GetHashCode combines the four sides.</summary>
    public override int GetHashCode() => HashCode.Combine(Left, Top, Right, Bottom);

    /// <summary>ToString writes "left,top,right,bottom" with invariant culture.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Left},{Top},{Right},{Bottom}");

    /// <summary>Equality operator compares the four sides exactly.</summary>
    public static bool operator ==(Thickness left, Thickness right) => left.Equals(right);

    /// <summary>Inequality operator compares the four sides exactly.</summary>
    public static bool operator !=(Thickness left, Thickness right) => !left.Equals(right);

    private static void Check(float value, string name)
    {
        if (!float.IsFinite(value) || value < 0)
        {
            throw new ArgumentException($"Thickness side {name} must be finite and not negative, got {value.ToString(CultureInfo.InvariantCulture)}.", name);
        }
    }
}
