using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NetCfg.Core.Validation;
using NetCfg.Generators.Diagnostics;

namespace NetCfg.Generators.Analyzers;

/// <summary>
/// NETCFG013: an assembly needs exactly one [assembly: LocalNetworkConfig] once it declares components. Checked at the end
/// of the compilation: a second (third, ...) config is reported at that attribute; components without any config are
/// reported once, at the first [Component] in source order, with the attribute to add (also in Diagnostic.Properties
/// for the code fix).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConfigCountAnalyzer : DiagnosticAnalyzer
{
    public const string FallbackConfigName = "network-config";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.ConfigCount);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var components = new ConcurrentBag<AttributeData>();
            start.RegisterSymbolAction(
                symbol =>
                {
                    if (NetCfgSymbols.ComponentAttribute(symbol.Symbol) is { } attribute) components.Add(attribute);
                },
                SymbolKind.NamedType);
            start.RegisterCompilationEndAction(end =>
            {
                var configs = NetCfgSymbols.InSourceOrder(ConfigAttributes.All(end.Compilation), a => AttributeLocations.Attribute(a, end.CancellationToken));
                if (configs.Count > 1)
                {
                    var first = AttributeLocations.Attribute(configs[0], end.CancellationToken);
                    var where = first.IsInSource ? " (the first is at " + Describe(first) + ")" : string.Empty;
                    var properties = ImmutableDictionary<string, string?>.Empty.Add(DiagnosticDescriptors.ConfigProblemProperty, DiagnosticDescriptors.ConfigDuplicate);
                    foreach (var extra in configs.Skip(1))
                    {
                        end.ReportDiagnostic(Diagnostic.Create(
                            DiagnosticDescriptors.ConfigCount,
                            AttributeLocations.Attribute(extra, end.CancellationToken),
                            new[] { first }.Where(l => l.IsInSource),
                            properties,
                            "More than one [assembly: LocalNetworkConfig] in the assembly; keep exactly one" + where));
                    }
                }
                else if (configs.Count == 0 && !components.IsEmpty)
                {
                    var firstComponent = NetCfgSymbols.InSourceOrder(components, a => AttributeLocations.Attribute(a, end.CancellationToken))[0];
                    var name = SuggestName(end.Compilation.AssemblyName);
                    var properties = ImmutableDictionary<string, string?>.Empty
                        .Add(DiagnosticDescriptors.ConfigProblemProperty, DiagnosticDescriptors.ConfigMissing)
                        .Add(DiagnosticDescriptors.ConfigNameProperty, name);
                    end.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.ConfigCount,
                        AttributeLocations.Attribute(firstComponent, end.CancellationToken),
                        properties,
                        $"Components are declared but the assembly has no config; add [assembly: LocalNetworkConfig(\"{name}\")] to one file"));
                }
            });
        });
    }

    /// <summary>A config name from the assembly name: MyApp → my-app-network-config. Always a DNS-1123 subdomain.</summary>
    public static string SuggestName(string? assemblyName)
    {
        var text = new StringBuilder();
        var previous = '-';
        foreach (var c in assemblyName ?? string.Empty)
        {
            char next;
            if (c >= 'A' && c <= 'Z')
            {
                if ((previous >= 'a' && previous <= 'z') || (previous >= '0' && previous <= '9')) text.Append('-');
                next = (char)(c + ('a' - 'A'));
            }
            else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            {
                next = c;
            }
            else
            {
                next = '-';
            }

            if (next == '-' && (text.Length == 0 || text[text.Length - 1] == '-')) continue;
            text.Append(next);
            previous = c;
        }

        var stem = text.ToString().Trim('-');
        var name = stem.Length == 0 ? FallbackConfigName : stem + "-" + FallbackConfigName;
        return KubernetesNames.IsDns1123Subdomain(name) ? name : FallbackConfigName;
    }

    private static string Describe(Location location)
    {
        var span = location.GetLineSpan();
        return $"{System.IO.Path.GetFileName(span.Path)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})";
    }
}
