using System;
using System.Collections.Generic;
using System.Linq;
using k8s;
using k8s.Models;
using NetCfg.Oracle;
using NetCfg.Properties.Tests.Harness;
using NetCfg.TestKit;
using NetCfg.Core.Carrier;

namespace NetCfg.Properties.Tests.Fuzz;

/// <summary>
/// What every fuzzed input must get, valid or not: no generator exception (no CS8784/CS8785), no analyzer exception
/// (no AD0001, nothing reported to onAnalyzerException), a carrier; status Error only with no files and with at
/// least one NETCFG or compiler error to tell the user; status Ok only with files that all parse, policies that
/// deserialize strictly and pass the API server's validation; and when the code compiles, no NETCFG error that the
/// generator ignored (but a cycle) and every [Component] type in the LocalNetworkConfig.
/// </summary>
internal sealed class FuzzOutcome
{
    private FuzzOutcome(GenerationRun run, AnalyzerRun analyzers)
    {
        Run = run;
        Analyzers = analyzers;
    }

    /// <summary>Errors only the analyzers check, by design: a dependency cycle (NETCFG002) does not change the policies.</summary>
    public static readonly string[] AnalyzerOnlyErrors = { "NETCFG002" };

    public GenerationRun Run { get; }

    public AnalyzerRun Analyzers { get; }

    public CheckedInputCarrier.Status? Status => Run.Status;

    public static FuzzOutcome Of(GenerationRun run) => new(run, run.RunAnalyzers());

    /// <summary>The problems, empty when the outcome is acceptable.</summary>
    public List<string> Problems()
    {
        var problems = new List<string>();
        if (Run.GeneratorException is { } e) problems.Add("the generator threw: " + e);
        problems.AddRange(Run.GeneratorFailures.Select(d => "driver: " + d));
        problems.AddRange(Analyzers.AnalyzerExceptions.Select(x => "an analyzer threw: " + x));
        problems.AddRange(Analyzers.AnalyzerFailures.Select(d => "analyzer failure: " + d));
        if (Run.Carrier is not { } carrier)
        {
            problems.Add("no carrier: " + (Run.ReadBack?.Problem ?? "the generator added no source"));
            return problems;
        }

        switch (carrier.Status)
        {
            case CheckedInputCarrier.Status.Error:
                if (carrier.Files.Count != 0) problems.Add($"status 'error' with {carrier.Files.Count} file(s)");
                if (!Analyzers.NetCfgErrors.Any() && !Analyzers.CompilerErrors.Any())
                {
                    problems.Add("status 'error' but neither a NETCFG nor a compiler error tells the user why; the carrier says:\n    "
                        + carrier.Errors.Replace("\n", "\n    ", StringComparison.Ordinal));
                }

                break;
            case CheckedInputCarrier.Status.Ok:
                problems.AddRange(OkFileProblems(Manifests.From(carrier)));
                if (!Analyzers.CompilerErrors.Any())
                {
                    // With compiler errors the build fails anyway; without, generator and analyzers must agree.
                    problems.AddRange(Analyzers.NetCfgErrors.Where(d => !AnalyzerOnlyErrors.Contains(d.Id)).Select(d => "status 'ok' (files emitted) although an analyzer reports an error: " + d));
                    problems.AddRange(DroppedComponents(Run.Output, Manifests.From(carrier)));
                }
                break;
            case CheckedInputCarrier.Status.Empty:
            case CheckedInputCarrier.Status.Library:
                if (carrier.Files.Count != 0) problems.Add($"status '{carrier.Status}' with {carrier.Files.Count} file(s)");
                break;
            default:
                problems.Add($"unknown status '{carrier.Status}'");
                break;
        }

        return problems;
    }

    /// <summary>Throws a <see cref="PropertyFailure"/> listing the problems, with the diagnostics for context.</summary>
    public void Assert(IEnumerable<string>? moreProblems = null)
    {
        var problems = Problems().Concat(moreProblems ?? Enumerable.Empty<string>()).ToList();
        if (problems.Count == 0) return;
        throw new PropertyFailure(string.Join("\n", problems.Take(15)) + "\nstatus: " + Status + "\ndiagnostics:\n  "
            + string.Join("\n  ", Analyzers.Diagnostics.Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).Take(15)));
    }

    /// <summary>Every type the compiler sees with [Component("name")] must be in the LocalNetworkConfig: nothing is dropped silently.</summary>
    private static IEnumerable<string> DroppedComponents(Microsoft.CodeAnalysis.Compilation compilation, Manifests manifests)
    {
        if (!manifests.Files.TryGetValue("platform/local-network-config.yaml", out var text)) yield break;
        var written = (YamlNodes.Load(text)[0].RootNode.At("spec", "components") as YamlDotNet.RepresentationModel.YamlMappingNode)?.Children.Keys
            .Select(k => k.Text()).ToHashSet() ?? new HashSet<string?>();
        foreach (var (type, name) in DeclaredComponents(compilation.Assembly.GlobalNamespace))
        {
            if (!written.Contains(name)) yield return $"[Component(\"{name}\")] on {type.TypeKind} {type.ToDisplayString()} ({(type.IsRecord ? "record " : string.Empty)}{string.Join(" ", type.DeclaringSyntaxReferences.Select(r => Microsoft.CodeAnalysis.CSharp.CSharpExtensions.Kind(r.GetSyntax())))}) is missing from the LocalNetworkConfig, and nothing says why";
        }
    }

    private static IEnumerable<(Microsoft.CodeAnalysis.INamedTypeSymbol Type, string Name)> DeclaredComponents(Microsoft.CodeAnalysis.INamespaceOrTypeSymbol container)
    {
        foreach (var member in container.GetMembers().OfType<Microsoft.CodeAnalysis.INamespaceOrTypeSymbol>())
        {
            if (member is Microsoft.CodeAnalysis.INamedTypeSymbol type)
            {
                foreach (var attribute in type.GetAttributes())
                {
                    if (attribute.AttributeClass?.ToDisplayString() == "NetCfg.ComponentAttribute" && attribute.ConstructorArguments is [{ Value: string name }])
                    {
                        yield return (type, name);
                    }
                }
            }

            foreach (var nested in DeclaredComponents(member)) yield return nested;
        }
    }

    private static IEnumerable<string> OkFileProblems(Manifests manifests)
    {
        foreach (var (path, text) in manifests.Files)
        {
            string? problem = null;
            try
            {
                if (YamlNodes.Load(text).Count != 1) problem = $"{path}: not exactly one YAML document";
            }
            catch (Exception e)
            {
                problem = $"{path}: not YAML: {e.Message}";
            }

            if (problem is not null) yield return problem;
            problem = null;
            try
            {
                problem = Checks.ScalarChecks.Problems(path, text).FirstOrDefault();
            }
            catch (Exception e)
            {
                problem = $"{path}: {e.Message}";
            }

            if (problem is not null) yield return problem;
        }

        foreach (var (path, text) in manifests.PolicyFiles)
        {
            IReadOnlyList<string> errors;
            try
            {
                errors = ApiValidator.ValidateStrict(KubernetesYaml.Deserialize<V1NetworkPolicy>(text, strict: true));
            }
            catch (Exception e)
            {
                errors = new[] { "does not deserialize: " + e.Message };
            }

            foreach (var error in errors) yield return $"{path}: {error}";
        }
    }
}
