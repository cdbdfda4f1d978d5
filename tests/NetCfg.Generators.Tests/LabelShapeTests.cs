using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace NetCfg.Generators.Tests;

/// <summary>Every shape of C# a component class can have: the members compile with the user code (zero errors) and hold its values.</summary>
public sealed class LabelShapeTests
{
    private static readonly string[] All = { "ComponentName", "LabelSelector", "PodLabels" };

    [Fact]
    public void GlobalFileScopedBlockNestedAndKeywordNamespaces()
    {
        var run = LabelRuns.Run(
            "[NetCfg.Component(\"g\")] partial class G { }",
            "namespace A.B; [NetCfg.Component(\"f\")] public partial class F { }",
            "namespace C { namespace D.E { [NetCfg.Component(\"b\")] internal partial class Blocked { } } }",
            "namespace @class.@namespace { [NetCfg.Component(\"k\")] public partial class @struct { } }");
        Assert.Equal("g", run.ComponentName("G"));
        Assert.Equal("f", run.ComponentName("A.B.F"));
        Assert.Equal("b", run.ComponentName("C.D.E.Blocked"));
        Assert.Equal("k", run.ComponentName("class.namespace.struct"));
    }

    [Fact]
    public void NestedClassesGetTheirPartialContainingTypes()
    {
        var run = LabelRuns.Run("""
            namespace N;
            public static partial class Services
            {
                [NetCfg.Component("a")] public partial class A { }
                internal partial struct Holder { [NetCfg.Component("b")] private partial class B { } }
                public readonly partial struct Frozen { [NetCfg.Component("c")] public partial class C { } }
                public ref partial struct Stack { [NetCfg.Component("d")] public partial class D { } }
                public partial interface IHost { [NetCfg.Component("e")] public partial class E { } }
                public partial record Rec { [NetCfg.Component("f")] public partial class F { } }
                public readonly partial record struct RecStruct(int X) { [NetCfg.Component("g")] public partial class G { } }
                public partial class Generic<T, U> where T : class { [NetCfg.Component("h")] public partial class H { } }
            }
            """);
        Assert.Equal("a", run.ComponentName("N.Services+A"));
        Assert.Equal("b", run.ComponentName("N.Services+Holder+B"));
        Assert.Equal("c", run.ComponentName("N.Services+Frozen+C"));
        Assert.Equal("d", run.ComponentName("N.Services+Stack+D"));
        Assert.Equal("e", run.ComponentName("N.Services+IHost+E"));
        Assert.Equal("f", run.ComponentName("N.Services+Rec+F"));
        Assert.Equal("g", run.ComponentName("N.Services+RecStruct+G"));
        Assert.Equal("h", run.ComponentName("N.Services+Generic`2+H"));
        Assert.Equal(new Dictionary<string, string> { ["app.kubernetes.io/name"] = "h" }, run.PodLabels("N.Services+Generic`2+H", typeof(string), typeof(int)));
    }

    [Fact]
    public void AContainingTypeThatIsNotPartialGivesNothing()
    {
        var run = LabelRuns.Run("""
            public class Outer { [NetCfg.Component("a")] public partial class A { } }
            public partial class Middle { public class Closed { [NetCfg.Component("b")] public partial class B { } } }
            """);
        Assert.Empty(run.Files);
    }

    [Fact]
    public void GenericRecordSealedStaticAndAbstractClasses()
    {
        var run = LabelRuns.Run("""
            using NetCfg;
            [Component("gen")] public partial class Gen<T, @class> where T : struct { }
            [Component("rec")] public partial record Rec(int Replicas);
            [Component("sealed")] public sealed partial class Sealed { }
            [Component("static")] public static partial class Static { }
            [Component("abstract")] public abstract partial class Abstract { }
            """);
        Assert.Equal("gen", run.ComponentName("Gen`2"));
        Assert.Equal("app.kubernetes.io/name=gen", run.LabelSelector("Gen`2"));
        Assert.Equal("gen", run.PodLabels("Gen`2", typeof(int), typeof(object))["app.kubernetes.io/name"]);
        foreach (var type in new[] { "Rec", "Sealed", "Static", "Abstract" })
        {
            Assert.Equal(All, run.Declared(type));
            Assert.Equal(type.ToLowerInvariant(), run.PodLabels(type)["app.kubernetes.io/name"]);
        }
    }

    [Fact]
    public void AMemberTheClassAlreadyHasIsLeftToIt()
    {
        var run = LabelRuns.Run("""
            using NetCfg;
            [Component("a")] public partial class A { public static int ComponentName() => 1; }
            [Component("b")] public partial class B { public string PodLabels = ""; public class LabelSelector { } }
            [Component("c")] public partial record C(string ComponentName, string PodLabels, string LabelSelector);
            [Component("d")] public partial class PodLabels { }
            [Component("e")] public partial class E<LabelSelector> { }
            [Component("f")] public partial class F { }
            public partial class F { private const int LabelSelector = 0; }
            """);
        Assert.Equal("app.kubernetes.io/name=a", run.LabelSelector("A"));
        Assert.Equal("b", run.ComponentName("B"));
        Assert.DoesNotContain("public static", run.Sections["B"].Split("PodLabels")[0].Split('\n').Last());
        Assert.DoesNotContain("C", run.Sections.Keys);
        Assert.Equal("d", run.ComponentName("PodLabels"));
        Assert.Equal("app.kubernetes.io/name=d", run.LabelSelector("PodLabels"));
        Assert.Equal("e", run.ComponentName("E`1"));
        Assert.Equal(new[] { "ComponentName", "PodLabels" }, run.Declared("F").Where(n => n != "LabelSelector"));
        Assert.DoesNotContain("LabelSelector =", run.Sections["F"]);
    }

    [Fact]
    public void ADerivedComponentHidesItsBaseComponentsMembersWithItsOwn()
    {
        var run = LabelRuns.Run("""
            using NetCfg;
            [Component("base")] public partial class Base { }
            [Component("derived")] [MatchLabel("app", "derived")] public partial class Derived : Base { }
            public class Plain { public static string PodLabels => ""; public virtual string LabelSelector => ""; }
            [Component("from-plain")] public partial class FromPlain : Plain { }
            public abstract class WithAbstract { public abstract string PodLabels { get; } }
            [Component("from-abstract")] public abstract partial class FromAbstract : WithAbstract { }
            """);
        Assert.Equal("derived", run.ComponentName("Derived"));
        Assert.Equal("app=derived", run.LabelSelector("Derived"));
        Assert.Equal("base", run.ComponentName("Base"));
        Assert.Equal("from-plain", run.PodLabels("FromPlain")["app.kubernetes.io/name"]);
        Assert.Equal("app.kubernetes.io/name=from-plain", run.LabelSelector("FromPlain"));
        Assert.Equal(new[] { "ComponentName", "LabelSelector" }, run.Declared("FromAbstract"));
    }

    [Fact]
    public void AComponentDeclaredOnTwoPartsGetsItsMembersOnce()
    {
        // [Component] twice is the user's CS0579; the generator must still add one set of members, not throw.
        var run = LabelRuns.WithUserErrors(
            new[] { "CS0579" },
            "[NetCfg.Component(\"a\")] public partial class A { } [NetCfg.Component(\"a\")] public partial class A { }",
            "[NetCfg.Component(\"b\")] public partial class B { }",
            "[NetCfg.Component(\"b\")] public partial class B { }",
            "[NetCfg.Component(\"c\")] public partial class C { } public partial class C { }");
        Assert.Equal(new[] { "A", "B", "C" }, run.Sections.Keys.OrderBy(k => k, StringComparer.Ordinal));
    }

    [Fact]
    public void ClassesWhoseNamesDifferOnlyInCaseGetTheirOwnFiles()
    {
        var run = LabelRuns.Run(
            "namespace N { [NetCfg.Component(\"upper\")] public partial class Api { } [NetCfg.Component(\"lower\")] public partial class api { } }",
            "namespace n { [NetCfg.Component(\"ns\")] public partial class Api { } }");
        Assert.Equal("upper", run.ComponentName("N.Api"));
        Assert.Equal("lower", run.ComponentName("N.api"));
        Assert.Equal("ns", run.ComponentName("n.Api"));
        Assert.Equal(new[] { "N.Api", "N.api", "n.Api" }, run.Sections.Keys.OrderBy(k => k, StringComparer.Ordinal));
    }

    [Fact]
    public void MembersGoIntoAFewFilesChosenByTheTypeAlone()
    {
        var nested = LabelRuns.Run("namespace N.M { public partial class Outer<T> { [NetCfg.Component(\"a\")] public partial class Inner<U, V> { } } }");
        var hint = Assert.Single(nested.Files.Keys);
        Assert.Matches(@"^NetCfgLabels\.[0-9a-f]\.g\.cs$", hint);
        Assert.Equal("N.M.Outer`1+Inner`2", Assert.Single(nested.Sections.Keys));
        Assert.Equal(hint, LabelRuns.Run("namespace N.M { public partial class Outer<T> { [NetCfg.Component(\"b\")] public partial class Inner<U, V> { } } }").Files.Keys.Single());

        var many = string.Join("\n", Enumerable.Range(0, 100).Select(i => $"namespace N{i % 3} {{ [NetCfg.Component(\"c{i}\")] public partial class C{i} {{ }} }}"));
        var run = LabelRuns.Run(many);
        Assert.Equal(100, run.Sections.Count);
        Assert.InRange(run.Files.Count, 2, Parsing.CSharpNames.LabelFiles);
        Assert.Equal("c42", run.ComponentName("N0.C42"));
    }
}
