using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace NetCfg.Analyzers.Tests.Infrastructure;

/// <summary>An analyzer test with the NetCfg attributes referenced, offline references, and profile files.</summary>
public sealed class NetCfgTest<TAnalyzer> : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public NetCfgTest(params string[] sources)
    {
        ReferenceAssemblies = References.None;
        TestState.AdditionalReferences.AddRange(References.All);
        foreach (var source in sources) TestState.Sources.Add(source);
        if (sources.Length == 0) TestState.Sources.Add("public class Empty { }\n"); // the framework needs one
    }

    /// <summary>Adds a NetworkProfile file: an AdditionalFile marked NetCfgItemType=NetworkProfile, as the build targets do.</summary>
    public NetCfgTest<TAnalyzer> WithProfile(string path, string yaml)
    {
        Profiles.Add(this.TestState, path, yaml, isProfile: true);
        return this;
    }

    /// <summary>Adds an AdditionalFile that is not a profile.</summary>
    public NetCfgTest<TAnalyzer> WithOtherFile(string path, string text)
    {
        Profiles.Add(this.TestState, path, text, isProfile: false);
        return this;
    }

    public NetCfgTest<TAnalyzer> Expect(params DiagnosticResult[] diagnostics)
    {
        ExpectedDiagnostics.AddRange(diagnostics);
        return this;
    }

    public Task RunAsync() => RunAsync(CancellationToken.None);
}

/// <summary>A code-fix test, set up like <see cref="NetCfgTest{TAnalyzer}"/>.</summary>
public sealed class NetCfgFixTest<TAnalyzer, TCodeFix> : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public NetCfgFixTest(string source, string fixedSource)
    {
        ReferenceAssemblies = References.None;
        TestState.AdditionalReferences.AddRange(References.All);
        FixedState.AdditionalReferences.AddRange(References.All);
        TestCode = source;
        FixedCode = fixedSource;
    }

    public NetCfgFixTest<TAnalyzer, TCodeFix> WithProfile(string path, string yaml)
    {
        Profiles.Add(TestState, path, yaml, isProfile: true);
        Profiles.Add(FixedState, path, yaml, isProfile: true);
        return this;
    }
}

/// <summary>Profile files for tests.</summary>
public static class Profiles
{
    /// <summary>
    /// Adds the file at an absolute path, and for a profile an .editorconfig section for exactly that path with the
    /// metadata the build targets give NetworkProfile items (build_metadata.AdditionalFiles.NetCfgItemType).
    /// </summary>
    public static void Add(SolutionState state, string path, string text, bool isProfile)
    {
        state.AdditionalFiles.Add((path, text));
        if (!isProfile) return;
        var existing = state.AnalyzerConfigFiles.FirstOrDefault(f => f.filename == EditorConfigPath);
        var section = $"\n[{path}]\nbuild_metadata.AdditionalFiles.NetCfgItemType = NetworkProfile\n";
        if (existing.filename is null)
        {
            state.AnalyzerConfigFiles.Add((EditorConfigPath, "root = true\n" + section));
        }
        else
        {
            state.AnalyzerConfigFiles.Remove(existing);
            state.AnalyzerConfigFiles.Add((EditorConfigPath, existing.content.ToString() + section));
        }
    }

    public const string EditorConfigPath = "/.editorconfig";

    /// <summary>A valid profile document.</summary>
    public static string Yaml(string name, string cidr = "1.1.1.1/32") => $"""
        apiVersion: networking.tcs.trifork.com/v1alpha1
        kind: NetworkProfile
        metadata:
          name: {name}
        spec:
          egress:
            - to:
                - ipBlock:
                    cidr: {cidr}
              ports:
                - protocol: UDP
                  port: 53

        """;
}

/// <summary>Source snippets.</summary>
public static class Code
{
    /// <summary>The usual file head: the namespace and one config.</summary>
    public const string Header = "using NetCfg;\n[assembly: LocalNetworkConfig(\"cfg\")]\n";

    public static DiagnosticResult Diagnostic(string id, DiagnosticSeverity severity = DiagnosticSeverity.Error) => new(id, severity);
}
