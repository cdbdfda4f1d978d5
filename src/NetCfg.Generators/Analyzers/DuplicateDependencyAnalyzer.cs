using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NetCfg.Generators.Diagnostics;

namespace NetCfg.Generators.Analyzers;

/// <summary>
/// NETCFG010: the same dependency declared twice on one class: [DependsOn] with the same target, ports and protocol
/// (typeof and generic forms alike; an omitted Protocol is Tcp, EndPort equal to Port is no range), or [DependsOnProfile]
/// with the same profile. Reported per class, at each repeat after the first (in source order).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DuplicateDependencyAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.DuplicateDependency);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSymbolAction(Analyze, SymbolKind.NamedType);
    }

    private static void Analyze(SymbolAnalysisContext context)
    {
        if (!MayRepeat(context.Symbol.GetAttributes())) return;
        var keyed = new List<(string Key, string Shown, AttributeData Attribute, Location Location)>();
        foreach (var attribute in context.Symbol.GetAttributes())
        {
            var key = Key(attribute, out var shown);
            if (key is null) continue;
            keyed.Add((key, shown, attribute, AttributeLocations.Attribute(attribute, context.CancellationToken)));
        }

        if (keyed.Count < 2) return;
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var item in NetCfgSymbols.InSourceOrder(keyed, k => k.Location))
        {
            if (seen.Add(item.Key)) continue;
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.DuplicateDependency, item.Location, item.Shown, context.Symbol.Name));
        }
    }

    /// <summary>
    /// A cheap first look: false when no two dependencies share a target name (or profile) and ports, which rules out
    /// duplicates without display strings or locations. Coarser than <see cref="Key"/>, so it never hides one.
    /// </summary>
    private static bool MayRepeat(ImmutableArray<AttributeData> attributes)
    {
        var seen = new HashSet<(string?, int?, int?, int?)>();
        foreach (var attribute in attributes)
        {
            if (NetCfgSymbols.Is(attribute, NetCfgSymbols.DependsOnProfile))
            {
                if (!seen.Add(("profile\n" + NetCfgSymbols.String(attribute, 0), null, null, null))) return true;
            }
            else if (NetCfgSymbols.Is(attribute, NetCfgSymbols.DependsOn) && NetCfgSymbols.Target(attribute) is { } target)
            {
                var port = NetCfgSymbols.NamedInt(attribute, DependencyPortAnalyzer.Port, out _);
                var endPort = NetCfgSymbols.NamedInt(attribute, DependencyPortAnalyzer.EndPort, out _);
                if (!seen.Add(("component\n" + target.Name, port, endPort == port ? null : endPort, NetCfgSymbols.NamedInt(attribute, DependencyPortAnalyzer.Protocol, out _) ?? 0))) return true;
            }
        }

        return false;
    }

    /// <summary>What makes two dependencies the same, or null when the attribute is not a readable dependency.</summary>
    private static string? Key(AttributeData attribute, out string shown)
    {
        shown = string.Empty;
        if (NetCfgSymbols.Is(attribute, NetCfgSymbols.DependsOnProfile))
        {
            if (NetCfgSymbols.String(attribute, 0) is not { } profile) return null;
            shown = $"profile '{profile}'";
            return "profile\n" + profile;
        }

        if (!NetCfgSymbols.Is(attribute, NetCfgSymbols.DependsOn) || NetCfgSymbols.Target(attribute) is not { } target) return null;
        var port = NetCfgSymbols.NamedInt(attribute, DependencyPortAnalyzer.Port, out var hasPort);
        var endPort = NetCfgSymbols.NamedInt(attribute, DependencyPortAnalyzer.EndPort, out var hasEndPort);
        var protocol = NetCfgSymbols.NamedInt(attribute, DependencyPortAnalyzer.Protocol, out var hasProtocol);
        if ((hasPort && port is null) || (hasEndPort && endPort is null) || (hasProtocol && protocol is null)) return null;
        if (endPort == port) endPort = null;
        var protocolName = (protocol ?? 0) switch
        {
            0 => "TCP",
            1 => "UDP",
            2 => "SCTP",
            var other => other.ToString(CultureInfo.InvariantCulture),
        };

        var ports = port is null ? "every port" : endPort is null ? Number(port) : Number(port) + "-" + Number(endPort);
        shown = $"'{NetCfgSymbols.Display(target)}' ({protocolName} {ports})";
        return string.Join("\n", "component", NetCfgSymbols.Key(target), Number(port), Number(endPort), protocolName);
    }

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
