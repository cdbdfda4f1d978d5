using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using NetCfg.Analyzers.Tests.Infrastructure;
using NetCfg.Generators.Analyzers;
using Xunit;

namespace NetCfg.Analyzers.Tests;

/// <summary>NETCFG005.</summary>
public class DuplicateComponentNameTests
{
    [Fact]
    public Task Same_name_is_reported_at_each_name_across_files() =>
        new NetCfgTest<DuplicateComponentNameAnalyzer>(
            Code.Header + """
                [Component({|#0:"web"|})]
                public class Frontend { }
                """,
            """
            using NetCfg;

            namespace Legacy;

            [Component({|#1:"web"|})]
            public class Frontend { }
            """)
            .Expect(
                Code.Diagnostic("NETCFG005").WithLocation(0).WithLocation(1).WithMessage("The component name 'web' is also used by 'Legacy.Frontend'"),
                Code.Diagnostic("NETCFG005").WithLocation(1).WithLocation(0).WithMessage("The component name 'web' is also used by 'Frontend'"))
            .RunAsync();

    [Fact]
    public Task Three_with_one_name_each_name_the_other_two() =>
        new NetCfgTest<DuplicateComponentNameAnalyzer>(Code.Header + """
            [Component({|#0:"web"|})] public class A { }
            [Component({|#1:"web"|})] public class B { }
            [Component({|#2:"web"|})] public class C { }
            """)
            .Expect(
                Code.Diagnostic("NETCFG005").WithLocation(0).WithArguments("web", "'B' and 'C'").WithOptions(DiagnosticOptions.IgnoreAdditionalLocations),
                Code.Diagnostic("NETCFG005").WithLocation(1).WithArguments("web", "'A' and 'C'").WithOptions(DiagnosticOptions.IgnoreAdditionalLocations),
                Code.Diagnostic("NETCFG005").WithLocation(2).WithArguments("web", "'A' and 'B'").WithOptions(DiagnosticOptions.IgnoreAdditionalLocations))
            .RunAsync();

    [Fact]
    public Task Different_names_and_names_differing_only_in_case_are_silent_here() =>
        new NetCfgTest<DuplicateComponentNameAnalyzer>(Code.Header + """
            [Component("web")] public class A { }
            [Component("web-2")] public class B { }
            [Component("Web")] public class C { }
            public class D { }
            """)
            .RunAsync();
}
