using Xunit.Abstractions;
using Xunit.Sdk;

namespace Skia.Trader.Tests.EndToEnd;

/// <summary>
/// DeclaredOrder runs a class's tests in the order their <see cref="StepAttribute"/> gives (unmarked ones last, by name),
/// for end-to-end tests that must meet the display as an earlier test left it (xunit's own order is by a hash).
/// </summary>
public sealed class DeclaredOrder : ITestCaseOrderer
{
    /// <summary>TypeName is this orderer's full name, for <see cref="TestCaseOrdererAttribute"/>.</summary>
    public const string TypeName = "Skia.Trader.Tests.EndToEnd.DeclaredOrder";

    /// <summary>AssemblyName is the assembly this orderer is in.</summary>
    public const string AssemblyName = "Skia.Trader.Tests";

    /// <inheritdoc/>
    public IEnumerable<TTestCase> OrderTestCases<TTestCase>(IEnumerable<TTestCase> testCases) where TTestCase : ITestCase =>
        testCases.OrderBy(t => Step(t)).ThenBy(t => t.TestMethod.Method.Name, StringComparer.Ordinal);

    private static int Step(ITestCase testCase) =>
        testCase.TestMethod.Method.GetCustomAttributes(typeof(StepAttribute).AssemblyQualifiedName!).FirstOrDefault()?.GetNamedArgument<int>(nameof(StepAttribute.Number)) ?? int.MaxValue;
}

/// <summary>StepAttribute places a test in its class's run order (<see cref="DeclaredOrder"/>), lowest first.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class StepAttribute : Attribute
{
    /// <summary>Number is the test's place in the order.</summary>
    public int Number { get; set; }
}
