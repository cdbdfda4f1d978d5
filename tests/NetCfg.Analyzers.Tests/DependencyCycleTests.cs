using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using NetCfg.Analyzers.Tests.Infrastructure;
using NetCfg.Core.Rules;
using NetCfg.Generators.Analyzers;
using Xunit;

namespace NetCfg.Analyzers.Tests;

/// <summary>NETCFG002.</summary>
public class DependencyCycleTests
{
    [Fact]
    public Task Two_component_cycle_is_reported_once_with_its_path() =>
        NetCfgTest.For(RuleIds.DependencyCycle, Code.Header + """
            [Component("a")]
            [DependsOn({|#0:typeof(B)|}, Port = 80)]
            public class A { }

            [Component("b")]
            [DependsOn(typeof(A), Port = 80)]
            public class B { }
            """)
            .Expect(Code.Diagnostic("NETCFG002").WithLocation(0).WithMessage("Dependency cycle: a → b → a").WithOptions(DiagnosticOptions.IgnoreAdditionalLocations))
            .RunAsync();

    [Fact]
    public Task Three_component_cycle_lists_the_whole_path_in_order() =>
        NetCfgTest.For(RuleIds.DependencyCycle, Code.Header + """
            [Component("frontend")]
            [DependsOn<Backend>(Port = 80)]
            public class Frontend { }

            [Component("backend")]
            [DependsOn<{|#0:Db|}>(Port = 5432)]
            public class Backend { }

            [Component("db")]
            [DependsOn<Frontend>(Port = 80)]
            public class Db { }
            """)
            .Expect(Code.Diagnostic("NETCFG002").WithLocation(0).WithMessage("Dependency cycle: backend → db → frontend → backend").WithOptions(DiagnosticOptions.IgnoreAdditionalLocations))
            .RunAsync();

    [Fact]
    public Task Self_dependency_and_a_chain_are_not_cycles() =>
        NetCfgTest.For(RuleIds.DependencyCycle, Code.Header + """
            [Component("peer")]
            [DependsOn(typeof(Peer), Port = 7000)]
            [DependsOn(typeof(Store), Port = 80)]
            public class Peer { }

            [Component("store")]
            [DependsOn(typeof(Store), Port = 7000)]
            [DependsOn(typeof(Db), Port = 80)]
            public class Store { }

            [Component("db")]
            public class Db { }
            """)
            .RunAsync();

    [Fact]
    public Task A_cycle_through_a_non_component_is_not_reported() =>
        NetCfgTest.For(RuleIds.DependencyCycle, Code.Header + """
            [Component("a")]
            [DependsOn(typeof(Helper), Port = 80)]
            public class A { }

            [DependsOn(typeof(A), Port = 80)]
            public class Helper { }
            """)
            .RunAsync();

    [Fact]
    public Task Cycle_across_two_files_is_seen_and_reported_once()
    {
        var test = NetCfgTest.For(RuleIds.DependencyCycle, 
            Code.Header + """
                [Component("a")]
                [DependsOn({|#0:typeof(B)|}, Port = 80)]
                public class A { }
                """,
            """
            using NetCfg;

            [Component("b")]
            [DependsOn({|#1:typeof(A)|}, Port = 80)]
            public class B { }
            """);
        test.ExpectedDiagnostics.Add(Code.Diagnostic("NETCFG002").WithLocation(0).WithLocation(1).WithMessage("Dependency cycle: a → b → a"));
        return test.RunAsync();
    }

    [Fact]
    public Task Cycle_through_a_partial_class_declared_in_two_files() =>
        NetCfgTest.For(RuleIds.DependencyCycle, 
            Code.Header + """
                [Component("a")]
                public partial class A { }

                [Component("b")]
                [DependsOn(typeof(A), Port = 80)]
                public class B { }
                """,
            """
            using NetCfg;

            [DependsOn({|#0:typeof(B)|}, Port = 81)]
            public partial class A { }
            """)
            .Expect(Code.Diagnostic("NETCFG002").WithLocation(0).WithMessage("Dependency cycle: a → b → a").WithOptions(DiagnosticOptions.IgnoreAdditionalLocations))
            .RunAsync();

    [Fact]
    public Task Two_loops_sharing_a_component_are_each_reported() =>
        NetCfgTest.For(RuleIds.DependencyCycle, Code.Header + """
            [Component("a")]
            [DependsOn({|#0:typeof(B)|}, Port = 80)]
            public class A { }

            [Component("b")]
            [DependsOn(typeof(A), Port = 80)]
            [DependsOn({|#1:typeof(C)|}, Port = 80)]
            public class B { }

            [Component("c")]
            [DependsOn(typeof(B), Port = 80)]
            public class C { }
            """)
            .Expect(
                Code.Diagnostic("NETCFG002").WithLocation(0).WithMessage("Dependency cycle: a → b → a").WithOptions(DiagnosticOptions.IgnoreAdditionalLocations),
                Code.Diagnostic("NETCFG002").WithLocation(1).WithMessage("Dependency cycle: b → c → b").WithOptions(DiagnosticOptions.IgnoreAdditionalLocations))
            .RunAsync();

    [Fact]
    public async Task A_10000_component_chain_closing_into_a_cycle_is_reported_once_without_overflow()
    {
        const int n = 10_000;
        var text = new StringBuilder(Code.Header);
        for (var i = 0; i < n; i++)
        {
            text.Append("[Component(\"c").Append(i).Append("\")] [DependsOn(typeof(C").Append((i + 1) % n).Append("), Port = 80)] public class C").Append(i).Append(" { }\n");
        }

        var clock = Stopwatch.StartNew();
        var result = await DirectRun.AnalyzeAsync(new[] { ("/0/Chain.cs", text.ToString()) }, analyzers: new Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer[] { new NetCfgAnalyzer() }.ToImmutableArray());
        Assert.Empty(result.Exceptions);
        var cycle = Assert.Single(result.Diagnostics, d => d.Id == "NETCFG002");
        var message = cycle.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.StartsWith("Dependency cycle: c0 → c1 → c2 → c3 → ", message, System.StringComparison.Ordinal);
        Assert.Contains("c49 → … 9901 more … → c9951", message, System.StringComparison.Ordinal);
        Assert.EndsWith("c9998 → c9999 → c0", message, System.StringComparison.Ordinal);
        Assert.Equal("C0", result.Compilation.SyntaxTrees.Single().GetRoot().FindNode(cycle.Location.SourceSpan).Ancestors().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>().First().Identifier.ValueText);
        Assert.True(clock.Elapsed.TotalSeconds < 60, $"took {clock.Elapsed}");
    }
}
