using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using NetCfg.Properties.Tests.Fuzz;
using NetCfg.Properties.Tests.Harness;
using Xunit;

using NetCfg.TestKit;

using NetCfg.Properties.Tests.Topologies;

namespace NetCfg.Properties.Tests;

/// <summary>
/// Deterministic companions of the fuzz tests: each C# shape a [Component] can be put on is either emitted or reported
/// (the same <see cref="FuzzOutcome"/> rules, including "no component is dropped silently").
/// </summary>
public sealed class DeclarationShapeTests
{
    private const string Head = "using NetCfg;\n[assembly: LocalNetworkConfig(\"c\")]\n";

    public static TheoryData<string, string> Shapes() => new()
    {
        { "class", "[Component(\"a\")] public class A { }" },
        { "record", "[Component(\"a\")] public record A { }" },
        { "record class", "[Component(\"a\")] public record class A(int X);" },
        { "partial record depended on", "[Component(\"a\")] public partial record A { }\n[Component(\"b\")] [DependsOn(typeof(A), Port = 80)] public partial class B { }" },
        { "record depended on (generic form)", "[Component(\"a\")] public record A;\n[Component(\"b\")] [DependsOn<A>(Port = 80)] public class B { }" },
        { "static class", "[Component(\"a\")] public static class A { }" },
        { "abstract class", "[Component(\"a\")] public abstract class A { }" },
        { "sealed class", "[Component(\"a\")] public sealed class A { }" },
        { "nested class", "public class Outer { [Component(\"a\")] public class A { } }" },
        { "nested class depended on", "public class Outer { [Component(\"a\")] public class A { } }\n[Component(\"b\")] [DependsOn(typeof(Outer.A), Port = 80)] public class B { }" },
        { "generic class", "[Component(\"a\")] public class A<T> { }" },
        { "generic class depended on", "[Component(\"a\")] public class A<T> { }\n[Component(\"b\")] [DependsOn(typeof(A<>), Port = 80)] public class B { }" },
        { "file-local class", "[Component(\"a\")] file class A { }" },
        { "same simple name in two namespaces", "namespace X { [Component(\"a\")] public class A { } }\nnamespace Y { [Component(\"b\")] [DependsOn(typeof(X.A), Port = 80)] public class A { } }" },
        { "partial class over two files' worth of declarations", "[Component(\"a\")] public partial class A { }\n[MatchLabel(\"app\", \"x\")] public partial class A { }\n[DependsOn(typeof(A), Port = 80)] public partial class A { }" },
        { "attribute written with its full name", "[global::NetCfg.ComponentAttribute(\"a\")] public class A { }" },
        { "aliased attribute", "[C(\"a\")] public class A { }\n" },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void EveryDeclarationShapeIsEmittedOrReported(string shape, string declarations)
    {
        var source = (shape == "aliased attribute" ? "using C = NetCfg.ComponentAttribute;\n" : string.Empty) + Head + declarations + "\n";
        var run = SourceWriter.Run(new[] { ("Shapes.cs", source) }, new List<AdditionalText>(), new Dictionary<string, string>());
        FuzzOutcome.Of(run).Assert();
    }
}
