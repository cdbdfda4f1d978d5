using System.Threading.Tasks;
using NetCfg.Analyzers.Tests.Infrastructure;
using NetCfg.Core.Rules;
using NetCfg.Generators.Analyzers;
using Xunit;

namespace NetCfg.Analyzers.Tests;

/// <summary>NETCFG007.</summary>
public class KubernetesNameTests
{
    [Fact]
    public Task Component_names_that_are_not_DNS_labels_are_reported_at_the_name() =>
        NetCfgTest.For(RuleIds.InvalidName, Code.Header + """
            [Component({|#0:"Frontend"|})] public class A { }
            [Component({|NETCFG007:"web\n"|})] public class B { }
            [Component({|NETCFG007:"a.b"|})] public class C { }
            [Component({|NETCFG007:""|})] public class D { }
            [Component({|NETCFG007:"-web"|})] public class E { }
            [Component({|NETCFG007:null|})] public class F { }
            """)
            .Expect(Code.Diagnostic("NETCFG007").WithLocation(0)
                .WithMessage("The component name 'Frontend' is not a DNS-1123 label (lowercase letters, digits and '-', starting and ending with a letter or digit, at most 63)"))
            .RunAsync();

    [Fact]
    public Task The_default_deny_name_is_reserved() =>
        NetCfgTest.For(RuleIds.InvalidName, Code.Header + """
            [Component({|#0:"default-deny"|})] public class A { }
            """)
            .Expect(Code.Diagnostic("NETCFG007").WithLocation(0).WithMessage("The component name 'default-deny' is reserved for the config's default-deny policy"))
            .RunAsync();

    [Fact]
    public Task Config_name_and_namespace_are_checked_at_their_arguments() =>
        NetCfgTest.For(RuleIds.InvalidName, """
            using NetCfg;
            [assembly: LocalNetworkConfig({|#0:"My_Config"|}, {|#1:Namespace = "Prod"|})]
            [Component("web")] public class A { }
            """)
            .Expect(
                Code.Diagnostic("NETCFG007").WithLocation(0).WithMessage("The config name 'My_Config' is not a DNS-1123 subdomain (lowercase letters, digits, '-' and '.', each part starting and ending with a letter or digit, at most 253)"),
                Code.Diagnostic("NETCFG007").WithLocation(1).WithMessage("The namespace 'Prod' is not a DNS-1123 label (lowercase letters, digits and '-', starting and ending with a letter or digit, at most 63)"))
            .RunAsync();

    [Fact]
    public Task Config_through_an_alias_is_checked() =>
        NetCfgTest.For(RuleIds.InvalidName, """
            using Cfg = NetCfg.LocalNetworkConfigAttribute;
            [assembly: Cfg({|NETCFG007:"a..b"|})]
            """)
            .RunAsync();

    [Fact]
    public Task Valid_names_are_silent() =>
        NetCfgTest.For(RuleIds.InvalidName, """
            using NetCfg;
            [assembly: LocalNetworkConfig("my-app.network-config", Namespace = "prod-1")]
            [assembly: System.Reflection.AssemblyDescription("Not_a_DNS_name")]
            [Component("web")] public class A { }
            [Component("default-deny-2")] public class B { }
            [Component("1abc")] public class C { }
            """)
            .RunAsync();
}
