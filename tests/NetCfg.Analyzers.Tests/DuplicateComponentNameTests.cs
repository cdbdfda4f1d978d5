using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using NetCfg.Analyzers.Tests.Infrastructure;
using NetCfg.Core.Rules;
using NetCfg.Generators.Analyzers;
using Xunit;

namespace NetCfg.Analyzers.Tests;

/// <summary>NETCFG005.</summary>
public class DuplicateComponentNameTests
{
    [Fact]
    public Task Same_name_across_files_is_reported_once_naming_both_classes() =>
        NetCfgTest.For(RuleIds.DuplicateComponentName, 
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
                Code.Diagnostic("NETCFG005").WithLocation(0).WithLocation(1).WithMessage("The component name 'web' is used by 'Frontend' and 'Legacy.Frontend'"))
            .RunAsync();

    [Fact]
    public Task Three_with_one_name_are_one_diagnostic_at_the_first_with_the_others_attached() =>
        NetCfgTest.For(RuleIds.DuplicateComponentName, Code.Header + """
            [Component({|#0:"web"|})] public class A { }
            [Component({|#1:"web"|})] public class B { }
            [Component({|#2:"web"|})] public class C { }
            """)
            .Expect(
                Code.Diagnostic("NETCFG005").WithLocation(0).WithLocation(1).WithLocation(2).WithMessage("The component name 'web' is used by 'A', 'B' and 'C'"))
            .RunAsync();

    [Fact]
    public Task Different_names_and_names_differing_only_in_case_are_silent_here() =>
        NetCfgTest.For(RuleIds.DuplicateComponentName, Code.Header + """
            [Component("web")] public class A { }
            [Component("web-2")] public class B { }
            [Component("Web")] public class C { }
            public class D { }
            """)
            .RunAsync();
}
