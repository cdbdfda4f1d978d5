using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NetCfg.Core.Validation;
using NetCfg.Generators.Diagnostics;

namespace NetCfg.Generators.Analyzers;

/// <summary>
/// NETCFG004: a [DependsOn] port the API server would reject: Port or EndPort outside 1-65535, EndPort below Port,
/// EndPort without Port, or a Protocol that is not Tcp, Udp or Sctp. Reported per class, at the wrong named argument,
/// with the core's <see cref="Ports"/> rules so analyzer and generator agree.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DependencyPortAnalyzer : DiagnosticAnalyzer
{
    public const string Port = "Port";
    public const string EndPort = "EndPort";
    public const string Protocol = "Protocol";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.InvalidPort);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSymbolAction(Analyze, SymbolKind.NamedType);
    }

    private static void Analyze(SymbolAnalysisContext context)
    {
        foreach (var attribute in NetCfgSymbols.Attributes(context.Symbol, NetCfgSymbols.DependsOn))
        {
            var port = NetCfgSymbols.NamedInt(attribute, Port, out var hasPort);
            var endPort = NetCfgSymbols.NamedInt(attribute, EndPort, out _);
            var protocol = NetCfgSymbols.NamedInt(attribute, Protocol, out _);

            var portValid = true;
            if (port is { } p && Ports.Error(p, null) is { } portError)
            {
                portValid = false;
                Report(context, attribute, Port, portError);
            }

            if (endPort is { } e)
            {
                string? endError;
                if (!hasPort) endError = Ports.Error(null, e);
                else if (port is null) endError = null; // unreadable Port: the compiler reports it
                else endError = portValid ? Ports.Error(port, e) : Ports.Error(Ports.Min, e);
                if (endError is not null) Report(context, attribute, EndPort, endError);
            }

            if (protocol is { } value && value is < 0 or > 2)
            {
                Report(context, attribute, Protocol, $"Protocol value {value.ToString(CultureInfo.InvariantCulture)} is not Tcp, Udp or Sctp");
            }
        }
    }

    private static void Report(SymbolAnalysisContext context, AttributeData attribute, string argument, string message) =>
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.InvalidPort,
            AttributeLocations.Named(attribute, argument, context.CancellationToken),
            message));
}
