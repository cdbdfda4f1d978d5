using System.Threading.Tasks;
using NetCfg.Analyzers.Tests.Infrastructure;
using NetCfg.Core.Rules;
using NetCfg.Generators.Analyzers;
using Xunit;

namespace NetCfg.Analyzers.Tests;

/// <summary>NETCFG006.</summary>
public class MatchLabelTests
{
    [Fact]
    public Task Invalid_key_and_value_are_reported_at_their_argument() =>
        NetCfgTest.For(RuleIds.InvalidSelector, Code.Header + """
            [Component("web")]
            [MatchLabel({|#0:"Example.com/app"|}, "web")]
            [MatchLabel("tier", {|#1:"front end"|})]
            public class Web { }
            """)
            .Expect(
                Code.Diagnostic("NETCFG006").WithLocation(0).WithMessage("Label key 'Example.com/app' is invalid: the prefix before '/' must be a lowercase DNS-1123 subdomain"),
                Code.Diagnostic("NETCFG006").WithLocation(1).WithMessage("Label value 'front end' is invalid: a label value must be empty or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character"))
            .RunAsync();

    [Fact]
    public Task A_trailing_newline_is_rejected_as_Kubernetes_does() =>
        NetCfgTest.For(RuleIds.InvalidSelector, Code.Header + """
            [Component("web")]
            [MatchLabel({|NETCFG006:"app\n"|}, {|NETCFG006:"web\n"|})]
            public class Web { }
            """)
            .RunAsync();

    [Fact]
    public Task The_same_key_twice_is_reported_at_the_second() =>
        NetCfgTest.For(RuleIds.InvalidSelector, Code.Header + """
            [Component("web")]
            [MatchLabel("app", "web")]
            [MatchLabel({|#0:"app"|}, "web2")]
            public class Web { }
            """)
            .Expect(Code.Diagnostic("NETCFG006").WithLocation(0).WithMessage("Label key 'app' is matched more than once on 'Web'; a selector holds each key once"))
            .RunAsync();

    [Fact]
    public Task Null_key_and_value_are_reported() =>
        NetCfgTest.For(RuleIds.InvalidSelector, Code.Header + """
            [Component("web")]
            [MatchLabel({|NETCFG006:null|}, {|NETCFG006:null|})]
            public class Web { }
            """)
            .RunAsync();

    [Fact]
    public Task Valid_labels_are_silent() =>
        NetCfgTest.For(RuleIds.InvalidSelector, Code.Header + """
            [Component("web")]
            [MatchLabel("app.kubernetes.io/name", "web")]
            [MatchLabel("A_b.c", "")]
            [MatchLabel("tier", "Front_End.1")]
            [MatchLabel(value: "x", key: "k")]
            public class Web { }

            [Component("web2")]
            [MatchLabel("app.kubernetes.io/name", "web")]
            public class Web2 { }
            """)
            .RunAsync();
}
