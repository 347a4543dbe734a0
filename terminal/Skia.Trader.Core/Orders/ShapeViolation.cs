namespace Skia.Trader.Core.Orders;

/// <summary>ShapeViolation is the first way an order's parameters break its type's shape, or <see cref="None"/>.</summary>
/// <param name="Kind">Kind is what is wrong.</param>
/// <param name="Parameter">Parameter is the parameter at fault (the first of two for MissingEither and BothSent).</param>
/// <param name="Other">Other is the second parameter of MissingEither and BothSent, else <see cref="OrderParameter.None"/>.</param>
public readonly record struct ShapeViolation(ShapeViolationKind Kind, OrderParameter Parameter, OrderParameter Other)
{
    /// <summary>None is the verdict for parameters that fit.</summary>
    public static ShapeViolation None => default;

    /// <summary>IsValid says whether the parameters fit the shape.</summary>
    public bool IsValid => Kind == ShapeViolationKind.None;
}
