using System;
using System.IO;
using System.Linq;
using System.Security;
using System.Text.RegularExpressions;
using NetCfg.Core.Rules;
using NetCfg.Core.Tests;
using NetCfg.TestKit.Builds;
using Xunit;

namespace NetCfg.Integration.Tests;

/// <summary>
/// The targets file checks NetCfgEmitManifests before compile (NETCFG020); Core defines what a valid value is. MSBuild
/// evaluates the targets' own check over Core's table of values, and refuses exactly what Core refuses.
/// </summary>
[Collection(BuildCollection.Name)]
public sealed class TargetsAgreeWithCoreTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "netcfg-targets-" + Guid.NewGuid().ToString("N"));

    public TargetsAgreeWithCoreTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void TheTargetsRefuseExactlyTheEmitManifestsValuesCoreRefuses()
    {
        var values = EmitManifestsValues.All().Select(row => (Value: (string)row[0], Core: (bool?)row[1])).ToList();
        var targets = Repo.Path("build", "NetCfg.Generators.targets");
        for (var i = 0; i < values.Count; i++)
        {
            // In the project file, as a user sets it: an empty value there is the default, as in Core.
            File.WriteAllText(Path.Combine(_dir, $"v{i}.proj"), $"""
                <Project>
                  <PropertyGroup>
                    <NetCfgTasksAssembly>none.dll</NetCfgTasksAssembly>
                    <NetCfgEmitManifests>{SecurityElement.Escape(values[i].Value)}</NetCfgEmitManifests>
                  </PropertyGroup>
                  <Import Project="{targets}" />
                </Project>
                """);
        }

        // One MSBuild process evaluates every project and runs the check target of each.
        File.WriteAllText(Path.Combine(_dir, "all.proj"), $"""
            <Project>
              <Target Name="Probe">
                <MSBuild Projects="{string.Join(";", values.Select((_, i) => $"v{i}.proj"))}" Targets="NetCfgValidateProperties" ContinueOnError="true" />
              </Target>
            </Project>
            """);
        var run = Processes.Run("dotnet", "msbuild all.proj -t:Probe -nodeReuse:false -tl:off -nologo -v:q", _dir);
        Assert.DoesNotContain("error MSB", run.Output, StringComparison.Ordinal);

        for (var i = 0; i < values.Count; i++)
        {
            var refused = Regex.Match(run.Output, $@"v{i}\.proj : error NETCFG020: (.*)");
            Assert.True(refused.Success == (values[i].Core is null), $"'{Regex.Escape(values[i].Value)}': Core says {values[i].Core?.ToString() ?? "invalid"}, the targets {(refused.Success ? "refuse it" : "accept it")}\n{run}");
            if (refused.Success && !values[i].Value.Contains('\n')) Assert.Equal(OptionRules.EmitManifestsError(values[i].Value), refused.Groups[1].Value.TrimEnd('\r'));
        }
    }
}
