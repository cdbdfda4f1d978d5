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
using NetCfg.Core.Rules;
using NetCfg.Generators.Analyzers;

namespace NetCfg.Analyzers.Tests.Infrastructure;

/// <summary>
/// A test of the NetCfg analyzer, with the NetCfg attributes referenced, offline references and profile files. It
/// compares only the IDs it is made <see cref="For"/>; the others are disabled, so each test speaks of one rule.
/// </summary>
public sealed class NetCfgTest : CSharpAnalyzerTest<NetCfgAnalyzer, DefaultVerifier>
{
    private NetCfgTest(string[] ids, string[] sources)
    {
        ReferenceAssemblies = References.None;
        TestState.AdditionalReferences.AddRange(References.All);
        foreach (var source in sources) TestState.Sources.Add(source);
        if (sources.Length == 0) TestState.Sources.Add("public class Empty { }\n"); // the framework needs one
        DisabledDiagnostics.AddRange(RuleIds.Analyzer.Except(ids));
    }

    /// <summary>A test of the rules with these IDs.</summary>
    public static NetCfgTest For(string id, params string[] sources) => new(new[] { id }, sources);

    public static NetCfgTest For(string[] ids, params string[] sources) => new(ids, sources);

    /// <summary>Adds a NetworkProfile file: an AdditionalFile marked NetCfgItemType=NetworkProfile, as the build targets do.</summary>
    public NetCfgTest WithProfile(string path, string yaml)
    {
        Profiles.Add(this.TestState, path, yaml, isProfile: true);
        return this;
    }

    /// <summary>Adds a workload file: an AdditionalFile marked NetCfgWorkload=true, as the build targets do.</summary>
    public NetCfgTest WithWorkload(string path, string yaml)
    {
        Profiles.Add(this.TestState, path, yaml, isProfile: false);
        Profiles.AddSection(this.TestState, path, "build_metadata.AdditionalFiles.NetCfgWorkload = true");
        return this;
    }

    /// <summary>Adds an AdditionalFile that is not a profile.</summary>
    public NetCfgTest WithOtherFile(string path, string text)
    {
        Profiles.Add(this.TestState, path, text, isProfile: false);
        return this;
    }

    public NetCfgTest Expect(params DiagnosticResult[] diagnostics)
    {
        ExpectedDiagnostics.AddRange(diagnostics);
        return this;
    }

    public Task RunAsync() => RunAsync(CancellationToken.None);
}

/// <summary>A code-fix test of the NetCfg analyzer, set up like <see cref="NetCfgTest"/>, for the fix's IDs only.</summary>
public sealed class NetCfgFixTest<TCodeFix> : CSharpCodeFixTest<NetCfgAnalyzer, TCodeFix, DefaultVerifier>
    where TCodeFix : CodeFixProvider, new()
{
    public NetCfgFixTest(string source, string fixedSource)
    {
        ReferenceAssemblies = References.None;
        TestState.AdditionalReferences.AddRange(References.All);
        FixedState.AdditionalReferences.AddRange(References.All);
        TestCode = source;
        FixedCode = fixedSource;
        DisabledDiagnostics.AddRange(RuleIds.Analyzer.Except(new TCodeFix().FixableDiagnosticIds));
    }

    public NetCfgFixTest<TCodeFix> WithProfile(string path, string yaml)
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
        if (isProfile) AddSection(state, path, "build_metadata.AdditionalFiles.NetCfgItemType = NetworkProfile");
    }

    /// <summary>Adds an .editorconfig section for exactly that path with one metadata line.</summary>
    public static void AddSection(SolutionState state, string path, string line)
    {
        var existing = state.AnalyzerConfigFiles.FirstOrDefault(f => f.filename == EditorConfigPath);
        var section = $"\n[{path}]\n{line}\n";
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
}

/// <summary>Source snippets.</summary>
public static class Code
{
    /// <summary>The usual file head: the namespace and one config.</summary>
    public const string Header = "using NetCfg;\n[assembly: LocalNetworkConfig(\"cfg\")]\n";

    public static DiagnosticResult Diagnostic(string id, DiagnosticSeverity severity = DiagnosticSeverity.Error) => new(id, severity);
}
