using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using NetCfg.Core.Validation;
using NetCfg.Generators.Diagnostics;

namespace NetCfg.Generators.Analyzers;

/// <summary>
/// NETCFG007: names the API server would reject, at the name argument: a [Component] name that is not a DNS-1123 label or
/// is the reserved 'default-deny'; a [LocalNetworkConfig] name that is not a DNS-1123 subdomain; a Namespace that is not a
/// DNS-1123 label. Component names are checked per class; config names per assembly attribute, both as they are typed.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class KubernetesNameAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The translator's reserved component name (its default-deny policy).</summary>
    public const string ReservedComponentName = NetCfg.Core.Model.Conventions.ReservedComponentName;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.InvalidName);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSymbolAction(AnalyzeComponent, SymbolKind.NamedType);
        context.RegisterSyntaxNodeAction(AnalyzeConfig, SyntaxKind.Attribute);
    }

    private static void AnalyzeComponent(SymbolAnalysisContext context)
    {
        if (NetCfgSymbols.ComponentAttribute(context.Symbol) is not { } attribute) return;
        var name = NetCfgSymbols.String(attribute, 0);
        string message;
        if (name is null)
        {
            if (!NetCfgSymbols.IsNullConstant(attribute, 0)) return;
            message = "The component name may not be null";
        }
        else if (!KubernetesNames.IsDns1123Label(name))
        {
            message = $"The component name '{name}' is not a DNS-1123 label (lowercase letters, digits and '-', starting and ending with a letter or digit, at most 63)";
        }
        else if (name == ReservedComponentName)
        {
            message = $"The component name '{ReservedComponentName}' is reserved for the config's default-deny policy";
        }
        else
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidName, AttributeLocations.Constructor(attribute, 0, context.CancellationToken), message));
    }

    private static void AnalyzeConfig(SyntaxNodeAnalysisContext context)
    {
        if (context.Node is not AttributeSyntax { Parent: AttributeListSyntax { Target.Identifier.RawKind: (int)SyntaxKind.AssemblyKeyword } }) return;
        if (ConfigAttributes.Find(context.Compilation, (AttributeSyntax)context.Node, context.CancellationToken) is not { } attribute) return;

        var name = NetCfgSymbols.String(attribute, 0);
        if (name is not null ? !KubernetesNames.IsDns1123Subdomain(name) : NetCfgSymbols.IsNullConstant(attribute, 0))
        {
            var message = name is null
                ? "The config name may not be null"
                : $"The config name '{name}' is not a DNS-1123 subdomain (lowercase letters, digits, '-' and '.', each part starting and ending with a letter or digit, at most 253)";
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidName, AttributeLocations.Constructor(attribute, 0, context.CancellationToken), message));
        }

        var ns = NetCfgSymbols.NamedString(attribute, "Namespace", out _);
        if (ns is not null && !KubernetesNames.IsDns1123Label(ns))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.InvalidName,
                AttributeLocations.Named(attribute, "Namespace", context.CancellationToken),
                $"The namespace '{ns}' is not a DNS-1123 label (lowercase letters, digits and '-', starting and ending with a letter or digit, at most 63)"));
        }
    }
}
