using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using NetCfg.Analyzers.Tests.Infrastructure;
using NetCfg.Core.Rules;
using NetCfg.Generators.Analyzers;
using Xunit;

namespace NetCfg.Analyzers.Tests;

/// <summary>NETCFG003.</summary>
public class DependencyTargetTests
{
    [Fact]
    public Task Class_without_Component_is_reported_at_the_typeof_argument() =>
        NetCfgTest.For(RuleIds.NotAComponent, Code.Header + """
            [Component("frontend")]
            [DependsOn({|#0:typeof(Backend)|}, Port = 8080)]
            public class Frontend { }

            public class Backend { }
            """)
            .Expect(Code.Diagnostic("NETCFG003").WithLocation(0)
                .WithMessage("The DependsOn target 'Backend' is not a [Component] class; add [Component(\"name\")] to it"))
            .RunAsync();

    [Fact]
    public Task Generic_form_is_reported_at_the_type_argument() =>
        NetCfgTest.For(RuleIds.NotAComponent, Code.Header + """
            [Component("frontend")]
            [DependsOn<{|NETCFG003:Backend|}>(Port = 8080)]
            [NetCfg.DependsOn<{|NETCFG003:int|}>(Port = 8080)]
            public class Frontend { }

            public class Backend { }
            """)
            .RunAsync();

    [Fact]
    public Task Null_and_non_class_targets_are_reported() =>
        NetCfgTest.For(RuleIds.NotAComponent, Code.Header + """
            [Component("frontend")]
            [DependsOn({|#0:(System.Type)null|}, Port = 8080)]
            [DependsOn({|#1:typeof(string)|}, Port = 8080)]
            public class Frontend { }
            """)
            .Expect(
                Code.Diagnostic("NETCFG003").WithLocation(0).WithMessage("The DependsOn target 'null' is not a [Component] class; pass typeof(TheComponent)"),
                Code.Diagnostic("NETCFG003").WithLocation(1).WithMessage("The DependsOn target 'string' is not a [Component] class; assembly 'System.Private.CoreLib' exports no such component (declare it with [Component] in a project that uses NetCfg.Generators)"))
            .RunAsync();

    [Fact]
    public Task Generic_component_classes_are_not_targets() =>
        NetCfgTest.For(RuleIds.NotAComponent, Code.Header + """
            [Component("frontend")]
            [DependsOn({|#0:typeof(Cache<int>)|}, Port = 80)]
            [DependsOn({|#1:typeof(Cache<>)|}, Port = 80)]
            public class Frontend { }

            [Component("cache")]
            public class Cache<T> { }
            """)
            .Expect(
                Code.Diagnostic("NETCFG003").WithLocation(0).WithMessage("The DependsOn target 'Cache<int>' is not a [Component] class; a generic class cannot be a dependency target"),
                Code.Diagnostic("NETCFG003").WithLocation(1).WithMessage("The DependsOn target 'Cache<>' is not a [Component] class; a generic class cannot be a dependency target"))
            .RunAsync();

    [Fact]
    public Task Component_targets_are_silent_in_both_forms() =>
        NetCfgTest.For(RuleIds.NotAComponent, Code.Header + """
            [Component("frontend")]
            [DependsOn(typeof(Backend), Port = 8080)]
            [DependsOn<Backend>(Port = 8081)]
            [DependsOn(component: typeof(Api.Gateway), Port = 80)]
            public class Frontend { }

            [Component("backend")]
            public class Backend { }

            namespace Api
            {
                [Component("gateway")]
                public class Gateway { }
            }
            """)
            .RunAsync();

    [Fact]
    public Task Half_typed_targets_are_left_to_the_compiler()
    {
        var test = NetCfgTest.For(RuleIds.NotAComponent, Code.Header + """
            [Component("frontend")]
            [DependsOn(typeof(Missing), Port = 8080)]
            [DependsOn()]
            public class Frontend { }
            """);
        test.CompilerDiagnostics = CompilerDiagnostics.None;
        return test.RunAsync();
    }
}
