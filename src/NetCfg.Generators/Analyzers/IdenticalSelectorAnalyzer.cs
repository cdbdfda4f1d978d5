using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NetCfg.Core.Validation;
using NetCfg.Generators.Diagnostics;

namespace NetCfg.Generators.Analyzers;

/// <summary>
/// NETCFG008: two components whose pod selectors are identical, so Kubernetes cannot tell their pods apart. A component
/// without [MatchLabel] selects app.kubernetes.io/name: &lt;component name&gt;, as the translator emits it. Reported at the
/// end of the compilation on each such component: at its first [MatchLabel], or at its name when the selector is implicit.
/// Components with unreadable or invalid labels or names (NETCFG006, NETCFG007), and pairs that share a name (NETCFG005), are left out.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class IdenticalSelectorAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The key of the selector a component without [MatchLabel] gets.</summary>
    public const string DefaultSelectorKey = NetCfg.Core.Model.Conventions.DefaultSelectorKey;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.IdenticalSelector);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var components = new ConcurrentBag<Selected>();
            start.RegisterSymbolAction(
                symbol =>
                {
                    if (Read(symbol.Symbol, symbol.CancellationToken) is { } selected) components.Add(selected);
                },
                SymbolKind.NamedType);
            start.RegisterCompilationEndAction(end =>
            {
                foreach (var group in components.GroupBy(c => c.Selector, System.StringComparer.Ordinal).Where(g => g.Count() > 1))
                {
                    var members = group.OrderBy(c => NetCfgSymbols.Key(c.Type), System.StringComparer.Ordinal).ToList();
                    foreach (var member in members)
                    {
                        var others = members.Where(m => m.Name != member.Name).ToList();
                        if (others.Count == 0) continue;
                        end.ReportDiagnostic(Diagnostic.Create(
                            DiagnosticDescriptors.IdenticalSelector,
                            member.Location(end.CancellationToken),
                            others.Select(o => o.Location(end.CancellationToken)).Where(l => l.IsInSource),
                            member.Name,
                            Names.List(others.Select(o => "'" + o.Name + "'")),
                            member.Shown));
                    }
                }
            });
        });
    }

    private static Selected? Read(ISymbol symbol, System.Threading.CancellationToken cancellationToken)
    {
        if (symbol is not INamedTypeSymbol type || NetCfgSymbols.ComponentAttribute(type) is not { } component) return null;
        if (NetCfgSymbols.String(component, 0) is not { } name || !KubernetesNames.IsDns1123Label(name)) return null; // NETCFG007's
        var labels = new List<(string Key, string Value, AttributeData Attribute)>();
        foreach (var attribute in NetCfgSymbols.Attributes(type, NetCfgSymbols.MatchLabel))
        {
            if (NetCfgSymbols.String(attribute, 0) is not { } key || NetCfgSymbols.String(attribute, 1) is not { } value) return null;
            if (!KubernetesNames.IsLabelKey(key) || !KubernetesNames.IsLabelValue(value)) return null; // NETCFG006's
            labels.Add((key, value, attribute));
        }

        if (labels.Select(l => l.Key).Distinct(System.StringComparer.Ordinal).Count() != labels.Count) return null;
        if (labels.Count == 0)
        {
            return new Selected(type, name, Canonical(new[] { (DefaultSelectorKey, name) }), $"{DefaultSelectorKey}: {name}", ct => AttributeLocations.Constructor(component, 0, ct));
        }

        var first = NetCfgSymbols.InSourceOrder(labels, l => AttributeLocations.Attribute(l.Attribute, cancellationToken))[0].Attribute;
        var sorted = labels.OrderBy(l => l.Key, System.StringComparer.Ordinal).Select(l => (l.Key, l.Value)).ToList();
        return new Selected(
            type,
            name,
            Canonical(sorted),
            string.Join(", ", sorted.Select(l => $"{l.Key}: {l.Value}")),
            ct => AttributeLocations.Attribute(first, ct));
    }

    private static string Canonical(IEnumerable<(string Key, string Value)> labels) =>
        string.Join("\n", labels.Select(l => l.Key + "\n" + l.Value));

    private sealed class Selected
    {
        public Selected(INamedTypeSymbol type, string name, string selector, string shown, System.Func<System.Threading.CancellationToken, Location> location)
        {
            Type = type;
            Name = name;
            Selector = selector;
            Shown = shown;
            Location = location;
        }

        public INamedTypeSymbol Type { get; }

        public string Name { get; }

        public string Selector { get; }

        public string Shown { get; }

        public System.Func<System.Threading.CancellationToken, Location> Location { get; }
    }
}
