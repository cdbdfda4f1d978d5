using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NetCfg.Generators.Diagnostics;

namespace NetCfg.Generators.Analyzers;

/// <summary>
/// NETCFG002: components that depend on each other in a loop. Symbol actions collect the [DependsOn] edges between the
/// assembly's components (from every file and partial declaration); the compilation-end action finds the strongly
/// connected components iteratively (<see cref="CycleFinder"/>) and reports each cycle once, at the [DependsOn] target
/// argument of its first edge, with the whole path (a → b → c → a). A self-dependency is allowed and ignored.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DependencyCycleAnalyzer : DiagnosticAnalyzer
{
    /// <summary>At most this many cycles are reported per tangle of mutually dependent components.</summary>
    public const int MaxCyclesPerComponentGroup = 10;

    /// <summary>Longer cycles are shown as their first and last components around "… N more …".</summary>
    public const int MaxPathLength = 100;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.DependencyCycle);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var nodes = new ConcurrentBag<Node>();
            var assembly = start.Compilation.Assembly;
            start.RegisterSymbolAction(
                symbol =>
                {
                    if (symbol.Symbol is not INamedTypeSymbol type || NetCfgSymbols.ComponentAttribute(type) is not { } component) return;
                    var edges = new List<(INamedTypeSymbol Target, AttributeData Attribute)>();
                    foreach (var attribute in NetCfgSymbols.Attributes(type, NetCfgSymbols.DependsOn))
                    {
                        if (NetCfgSymbols.Target(attribute) is INamedTypeSymbol target
                            && !SymbolEqualityComparer.Default.Equals(target, type)
                            && NetCfgSymbols.IsComponentOf(target, assembly))
                        {
                            edges.Add((target, attribute));
                        }
                    }

                    nodes.Add(new Node(type, NetCfgSymbols.String(component, 0), edges));
                },
                SymbolKind.NamedType);
            start.RegisterCompilationEndAction(end => Report(end, nodes.ToArray()));
        });
    }

    private static void Report(CompilationAnalysisContext context, Node[] collected)
    {
        if (collected.Length < 2) return;
        var nodes = collected
            .Select(n => (Node: n, Key: NetCfgSymbols.Key(n.Type)))
            .OrderBy(n => n.Key, System.StringComparer.Ordinal)
            .Select(n => n.Node)
            .ToArray();
        var indexOf = new Dictionary<ISymbol, int>(SymbolEqualityComparer.Default);
        for (var i = 0; i < nodes.Length; i++) indexOf[nodes[i].Type] = i;

        // Successors in ascending index order, each once; the first [DependsOn] (in source order) stands for the edge.
        var successors = new int[nodes.Length][];
        var edgeAttributes = new Dictionary<(int, int), AttributeData>();
        for (var i = 0; i < nodes.Length; i++)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var targets = new SortedSet<int>();
            foreach (var (target, attribute) in nodes[i].Edges)
            {
                if (!indexOf.TryGetValue(target, out var j)) continue;
                if (targets.Add(j) || Earlier(attribute, edgeAttributes[(i, j)], context.CancellationToken)) edgeAttributes[(i, j)] = attribute;
            }

            successors[i] = targets.ToArray();
        }

        foreach (var cycle in CycleFinder.Cycles(successors, MaxCyclesPerComponentGroup))
        {
            var path = Path(cycle.Select(i => Name(nodes[i])).ToList());
            var attribute = edgeAttributes[(cycle[0], cycle[1])];
            var additional = new List<Location>();
            for (var k = 1; k < cycle.Length && k < MaxPathLength; k++)
            {
                var location = AttributeLocations.Target(edgeAttributes[(cycle[k], cycle[(k + 1) % cycle.Length])], context.CancellationToken);
                if (location.IsInSource) additional.Add(location);
            }

            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.DependencyCycle,
                AttributeLocations.Target(attribute, context.CancellationToken),
                additional,
                path));
        }
    }

    /// <summary>a → b → c → a; a very long cycle keeps its ends and says how many it leaves out.</summary>
    public static string Path(IReadOnlyList<string> names)
    {
        var shown = new List<string>();
        if (names.Count <= MaxPathLength)
        {
            shown.AddRange(names);
        }
        else
        {
            var head = MaxPathLength / 2;
            var tail = MaxPathLength - head - 1;
            shown.AddRange(names.Take(head));
            shown.Add("… " + (names.Count - head - tail).ToString(System.Globalization.CultureInfo.InvariantCulture) + " more …");
            shown.AddRange(names.Skip(names.Count - tail));
        }

        shown.Add(names[0]);
        return string.Join(" → ", shown);
    }

    private static bool Earlier(AttributeData candidate, AttributeData current, System.Threading.CancellationToken cancellationToken) =>
        NetCfgSymbols.CompareLocations(AttributeLocations.Attribute(candidate, cancellationToken), AttributeLocations.Attribute(current, cancellationToken)) < 0;

    private static string Name(Node node) => string.IsNullOrEmpty(node.Name) ? node.Type.Name : node.Name!;

    private sealed class Node
    {
        public Node(INamedTypeSymbol type, string? name, List<(INamedTypeSymbol Target, AttributeData Attribute)> edges)
        {
            Type = type;
            Name = name;
            Edges = edges;
        }

        public INamedTypeSymbol Type { get; }

        public string? Name { get; }

        public List<(INamedTypeSymbol Target, AttributeData Attribute)> Edges { get; }
    }
}
