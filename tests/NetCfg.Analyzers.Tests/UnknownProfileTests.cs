using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using NetCfg.Analyzers.Tests.Infrastructure;
using NetCfg.Core.Rules;
using NetCfg.Generators.Analyzers;
using NetCfg.TestKit;
using Xunit;

namespace NetCfg.Analyzers.Tests;

/// <summary>NETCFG001.</summary>
public class UnknownProfileTests
{
    [Fact]
    public Task Unknown_profile_is_reported_at_the_name_with_suggestions() =>
        NetCfgTest.For(RuleIds.UnknownProfile, Code.Header + """
            [Component("worker")]
            [DependsOnProfile({|#0:"allow-egress-to-cloudfare-dns"|})]
            public class Worker { }
            """)
            .WithProfile("/profiles/dns.yaml", ProfileYaml.Dns("allow-egress-to-cloudflare-dns"))
            .WithProfile("/profiles/other.yaml", ProfileYaml.Dns("allow-egress-to-github"))
            .Expect(Code.Diagnostic("NETCFG001")
                .WithLocation(0)
                .WithMessage("No NetworkProfile file declares profile 'allow-egress-to-cloudfare-dns'; did you mean 'allow-egress-to-cloudflare-dns'?"))
            .RunAsync();

    [Fact]
    public Task Known_profile_is_silent() =>
        NetCfgTest.For(RuleIds.UnknownProfile, Code.Header + """
            [Component("worker")]
            [DependsOnProfile("allow-egress-to-cloudflare-dns")]
            public class Worker { }
            """)
            .WithProfile("/profiles/dns.yaml", ProfileYaml.Dns("allow-egress-to-cloudflare-dns"))
            .RunAsync();

    [Fact]
    public Task Several_suggestions_are_listed_closest_first() =>
        NetCfgTest.For(RuleIds.UnknownProfile, Code.Header + """
            [Component("worker")]
            [DependsOnProfile({|#0:"dns"|})]
            public class Worker { }
            """)
            .WithProfile("/profiles/a.yaml", ProfileYaml.Dns("cloudflare-dns"))
            .WithProfile("/profiles/b.yaml", ProfileYaml.Dns("google-dns"))
            .WithProfile("/profiles/c.yaml", ProfileYaml.Dns("github"))
            .Expect(Code.Diagnostic("NETCFG001")
                .WithLocation(0)
                .WithMessage("No NetworkProfile file declares profile 'dns'; did you mean 'google-dns' or 'cloudflare-dns'?"))
            .RunAsync();

    [Fact]
    public Task A_yaml_file_that_is_not_a_NetworkProfile_item_declares_nothing() =>
        NetCfgTest.For(RuleIds.UnknownProfile, Code.Header + """
            [Component("worker")]
            [DependsOnProfile({|#0:"allow-egress-to-cloudflare-dns"|})]
            public class Worker { }
            """)
            .WithOtherFile("/profiles/dns.yaml", ProfileYaml.Dns("allow-egress-to-cloudflare-dns"))
            .Expect(Code.Diagnostic("NETCFG001")
                .WithLocation(0)
                .WithMessage("No NetworkProfile file declares profile 'allow-egress-to-cloudflare-dns'; the project lists no NetworkProfile files (add them with <NetworkProfile Include=\"profiles/*.yaml\" />)"))
            .RunAsync();

    [Fact]
    public Task A_malformed_profile_file_is_mentioned() =>
        NetCfgTest.For(RuleIds.UnknownProfile, Code.Header + """
            [Component("worker")]
            [DependsOnProfile({|#0:"allow-egress-to-cloudflare-dns"|})]
            public class Worker { }
            """)
            .WithProfile("/profiles/dns.yaml", "kind: [")
            .Expect(Code.Diagnostic("NETCFG001")
                .WithLocation(0)
                .WithMessage("No NetworkProfile file declares profile 'allow-egress-to-cloudflare-dns' (1 profile file could not be read: see NETCFG009)"))
            .RunAsync();

    [Fact]
    public Task Null_profile_name_is_reported() =>
        NetCfgTest.For(RuleIds.UnknownProfile, Code.Header + """
            [Component("worker")]
            [DependsOnProfile({|NETCFG001:null|})]
            public class Worker { }
            """)
            .WithProfile("/profiles/dns.yaml", ProfileYaml.Dns("allow-egress-to-cloudflare-dns"))
            .RunAsync();

    [Fact]
    public Task Named_constructor_argument_and_constant_are_located() =>
        NetCfgTest.For(RuleIds.UnknownProfile, Code.Header + """
            static class Names { public const string Dns = "cloudflare"; }

            [Component("worker")]
            [DependsOnProfile(profile: {|NETCFG001:"nope"|})]
            [DependsOnProfile({|NETCFG001:Names.Dns|})]
            public class Worker { }
            """)
            .WithProfile("/profiles/dns.yaml", ProfileYaml.Dns("allow-egress-to-cloudflare-dns"))
            .RunAsync();

    [Fact]
    public Task Severity_can_be_lowered_in_editorconfig()
    {
        var test = NetCfgTest.For(RuleIds.UnknownProfile, Code.Header + """
            [Component("worker")]
            [DependsOnProfile({|#0:"nope"|})]
            public class Worker { }
            """)
            .Expect(Code.Diagnostic("NETCFG001", DiagnosticSeverity.Warning).WithLocation(0));
        test.TestState.AnalyzerConfigFiles.Add(("/0/.editorconfig", "root = true\n[*.cs]\ndotnet_diagnostic.NETCFG001.severity = warning\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task Pragma_suppresses_it() =>
        NetCfgTest.For(RuleIds.UnknownProfile, Code.Header + """
            [Component("worker")]
            #pragma warning disable NETCFG001
            [DependsOnProfile("nope")]
            #pragma warning restore NETCFG001
            public class Worker { }
            """)
            .RunAsync();

    [Theory]
    [InlineData("allow-egress-to-cloudfare-dns", "allow-egress-to-cloudflare-dns")]
    [InlineData("ALLOW-EGRESS-TO-CLOUDFLARE-DNS", "allow-egress-to-cloudflare-dns")]
    [InlineData("cloudflare", "allow-egress-to-cloudflare-dns")]
    public void Closest_names_find_typos_case_and_parts(string typed, string expected) =>
        Assert.Equal(new[] { expected }, ClosestNames.Find(typed, new[] { "allow-egress-to-cloudflare-dns", "allow-ingress-from-lb", "metrics" }));

    [Fact]
    public void Closest_names_are_at_most_three_with_ordinal_ties() =>
        Assert.Equal(new[] { "ab", "ac", "ad" }, ClosestNames.Find("aa", new[] { "ad", "ac", "zz", "ab", "ae" }));

    [Fact]
    public void Closest_names_skip_far_and_huge_names()
    {
        Assert.Empty(ClosestNames.Find("metrics", new[] { "allow-egress-to-cloudflare-dns" }));
        Assert.Empty(ClosestNames.Find(new string('a', 100_000), new[] { "a" }));
        Assert.Equal(3, ClosestNames.Distance("kitten", "sitting"));
    }
}
