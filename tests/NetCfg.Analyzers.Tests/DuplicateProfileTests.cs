using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using NetCfg.Analyzers.Tests.Infrastructure;
using NetCfg.Core.Rules;
using NetCfg.Generators.Analyzers;
using NetCfg.TestKit;
using Xunit;

namespace NetCfg.Analyzers.Tests;

/// <summary>NETCFG012.</summary>
public class DuplicateProfileTests
{
    private static string Doc(string name) => ProfileYaml.ToIpBlock(name, "1.1.1.1/32");

    [Fact]
    public Task Two_files_with_one_name_are_each_reported_at_the_name() =>
        NetCfgTest.For(RuleIds.DuplicateProfile)
            .WithProfile("/profiles/a.yaml", Doc("{|#0:dns|}"))
            .WithProfile("/profiles/b.yaml", "# copy\n" + Doc("{|#1:dns|}"))
            .Expect(
                Code.Diagnostic("NETCFG012").WithLocation(0).WithLocation(1).WithMessage("The profile name 'dns' is also declared at /profiles/b.yaml(5,9)"),
                Code.Diagnostic("NETCFG012").WithLocation(1).WithLocation(0).WithMessage("The profile name 'dns' is also declared at /profiles/a.yaml(4,9)"))
            .RunAsync();

    [Fact]
    public Task Two_documents_of_one_file_are_reported() =>
        NetCfgTest.For(RuleIds.DuplicateProfile)
            .WithProfile("/profiles/a.yaml", Doc("{|#0:dns|}") + "---\n" + Doc("{|#1:dns|}"))
            .Expect(
                Code.Diagnostic("NETCFG012").WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations),
                Code.Diagnostic("NETCFG012").WithLocation(1).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations))
            .RunAsync();

    [Fact]
    public Task Different_names_and_non_profile_files_are_silent() =>
        NetCfgTest.For(RuleIds.DuplicateProfile)
            .WithProfile("/profiles/a.yaml", Doc("dns"))
            .WithProfile("/profiles/b.yaml", Doc("dns-2"))
            .WithOtherFile("/other/c.yaml", Doc("dns"))
            .RunAsync();
}
