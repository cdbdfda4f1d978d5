using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using NetCfg.Analyzers.Tests.Infrastructure;
using NetCfg.Core.Rules;
using NetCfg.Generators.Analyzers;
using Xunit;

namespace NetCfg.Analyzers.Tests;

/// <summary>NETCFG014.</summary>
public class IgnoredAttributeTests
{
    private static DiagnosticResult Ignored(int location, string attribute, string type) =>
        Code.Diagnostic("NETCFG014", DiagnosticSeverity.Warning).WithLocation(location)
            .WithMessage($"[{attribute}] on '{type}' has no effect: '{type}' has no [Component]; add [Component(\"name\")] or remove the attribute");

    [Fact]
    public Task DependsOn_on_a_class_without_Component_is_reported_at_the_attribute() =>
        NetCfgTest.For(RuleIds.IgnoredAttribute, Code.Header + """
            [{|#0:DependsOn(typeof(Backend), Port = 80)|}]
            public class Frontend { }

            [Component("backend")] public class Backend { }
            """)
            .Expect(Ignored(0, "DependsOn", "Frontend"))
            .RunAsync();

    [Fact]
    public Task Generic_DependsOn_on_a_class_without_Component_is_reported() =>
        NetCfgTest.For(RuleIds.IgnoredAttribute, Code.Header + """
            namespace Shop
            {
                [{|#0:DependsOn<Backend>(Port = 80)|}]
                public class Frontend { }

                [Component("backend")] public class Backend { }
            }
            """)
            .Expect(Ignored(0, "DependsOn", "Shop.Frontend"))
            .RunAsync();

    [Fact]
    public Task MatchLabel_on_a_class_without_Component_is_reported() =>
        NetCfgTest.For(RuleIds.IgnoredAttribute, Code.Header + """
            [{|#0:MatchLabel("app", "frontend")|}]
            public partial class Frontend { }
            """)
            .Expect(Ignored(0, "MatchLabel", "Frontend"))
            .RunAsync();

    [Fact]
    public Task DependsOnProfile_on_a_record_without_Component_is_reported() =>
        NetCfgTest.For(RuleIds.IgnoredAttribute, Code.Header + """
            [{|#0:DependsOnProfile("dns")|}]
            public record Worker;
            """)
            .Expect(Ignored(0, "DependsOnProfile", "Worker"))
            .RunAsync();

    [Fact]
    public Task Each_ignored_attribute_of_a_class_is_reported_once() =>
        NetCfgTest.For(RuleIds.IgnoredAttribute, Code.Header + """
            [{|#0:DependsOn(typeof(Backend), Port = 80)|}, {|#1:MatchLabel("app", "frontend")|}]
            [{|#2:DependsOnProfile("dns")|}]
            [System.Serializable]
            public partial class Frontend { }

            [{|#3:global::NetCfg.DependsOn<Backend>(Port = 81)|}]
            public partial class Frontend { }

            [Component("backend")] public class Backend { }
            """)
            .Expect(
                Ignored(0, "DependsOn", "Frontend"),
                Ignored(1, "MatchLabel", "Frontend"),
                Ignored(2, "DependsOnProfile", "Frontend"),
                Ignored(3, "DependsOn", "Frontend"))
            .RunAsync();

    [Fact]
    public Task The_attributes_on_a_component_are_silent() =>
        NetCfgTest.For(RuleIds.IgnoredAttribute, Code.Header + """
            [Component("frontend")]
            [DependsOn(typeof(Backend), Port = 80)]
            [DependsOn<Backend>(Port = 81)]
            [MatchLabel("app", "frontend")]
            [DependsOnProfile("dns")]
            public class Frontend { }

            [Component("worker")]
            [MatchLabel("app", "worker")]
            [DependsOnProfile("dns")]
            public record Worker;

            [Component("backend")] public class Backend { }
            """)
            .RunAsync();

    [Fact]
    public Task Component_on_another_partial_declaration_counts() =>
        NetCfgTest.For(RuleIds.IgnoredAttribute, 
            Code.Header + """
            [DependsOn(typeof(Backend), Port = 80)]
            [MatchLabel("app", "frontend")]
            public partial class Frontend { }

            [Component("backend")] public class Backend { }
            """,
            """
            using NetCfg;

            [Component("frontend")]
            [DependsOnProfile("dns")]
            public partial class Frontend { }
            """)
            .RunAsync();

    [Fact]
    public Task Classes_without_the_attributes_and_lookalike_attributes_are_silent() =>
        NetCfgTest.For(RuleIds.IgnoredAttribute, """
            namespace Other
            {
                [System.AttributeUsage(System.AttributeTargets.Class, AllowMultiple = true)]
                public sealed class DependsOnAttribute : System.Attribute { public DependsOnAttribute(System.Type type) { } }
            }

            namespace My.NetCfg
            {
                [System.AttributeUsage(System.AttributeTargets.Class)]
                public sealed class MatchLabelAttribute : System.Attribute { public MatchLabelAttribute(string key, string value) { } }
            }

            namespace App
            {
                [Other.DependsOn(typeof(Plain))]
                [My.NetCfg.MatchLabel("app", "x")]
                public class UsesLookalikes { }

                [System.Serializable]
                public class Plain { }

                public record PlainRecord;
            }
            """)
            .RunAsync();

    [Theory]
    [InlineData("[DependsOn(")]
    [InlineData("[DependsOn(typeof(A), Port = ] class X { }")]
    [InlineData("[DependsOn<>] class X { }")]
    [InlineData("[MatchLabel(] class X { }")]
    [InlineData("[DependsOnProfile(\"dns\"")]
    [InlineData("[DependsOnProfile(\"dns\")] class")]
    [InlineData("[DependsOn(typeof(A))] struct S { } [MatchLabel(\"a\", \"b\")] interface I { } [DependsOnProfile(\"p\")] record struct R;")]
    [InlineData("class M { [DependsOn(typeof(A))] void F() { } }")]
    [InlineData("[Component(][DependsOn(typeof(A))] class X { }")]
    public async Task Half_typed_code_does_not_throw(string snippet)
    {
        var result = await DirectRun.AnalyzeAsync(
            new[] { ("/0/Snippet.cs", "using NetCfg;\n" + snippet), ("/0/A.cs", "using NetCfg;\n[Component(\"a\")] public class A { }") },
            analyzers: ImmutableArray.Create<DiagnosticAnalyzer>(new NetCfgAnalyzer()));
        Assert.Empty(result.Exceptions);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "AD0001");
    }
}
