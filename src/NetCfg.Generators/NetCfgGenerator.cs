using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NetCfg.Core;
using NetCfg.Core.Model;
using NetCfg.Core.Profiles;
using NetCfg.Generators.Emit;
using NetCfg.Generators.Parsing;

namespace NetCfg.Generators;

/// <summary>
/// Reads [Component] declarations and NetworkProfile files, checks them, and carries them as a constant to the MSBuild
/// task, which writes the manifests. Reports nothing: the analyzers do. Invalid input yields status "error" and no input.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class NetCfgGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var components = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                AttributeNames.Component,
                static (node, _) => node is ClassDeclarationSyntax or RecordDeclarationSyntax,
                static (ctx, _) => ComponentParser.Parse((INamedTypeSymbol)ctx.TargetSymbol, ctx.Attributes[0]))
            .WithTrackingName(TrackingNames.Components)
            .Collect();

        var configs = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                AttributeNames.LocalNetworkConfig,
                static (node, _) => node is CompilationUnitSyntax,
                static (ctx, _) => ctx.Attributes.Select(ConfigParser.Parse).ToEquatableArray())
            .WithTrackingName(TrackingNames.Configs)
            .Collect();

        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => GeneratorOptions.Read(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);

        var profiles = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => GeneratorOptions.IsProfileFile(pair.Right.GetOptions(pair.Left)))
            .Select(static (pair, ct) => pair.Left.GetText(ct) is { } text
                ? ProfileFiles.Parse(pair.Left.Path, text) // cached per text: the analyzers reuse this parse
                : ProfileParser.Parse(pair.Left.Path, string.Empty))
            .WithTrackingName(TrackingNames.ProfileFiles)
            .Collect();

        var input = components.Combine(configs).Combine(profiles).Combine(options)
            .Select(static (pair, _) => Input(pair.Left.Left.Left, pair.Left.Left.Right, pair.Left.Right, pair.Right))
            .WithTrackingName(TrackingNames.Input);

        var emit = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => GeneratorOptions.Emit(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Emit);

        // Check and encode only: the MSBuild task translates and renders, and skips that when the input is unchanged.
        // With NetCfgEmitManifests=false there is no carrier, and nothing goes into the assembly.
        var carrier = input.Combine(emit)
            .Select(static (pair, _) => pair.Right ? CarrierModel.From(pair.Left) : null)
            .WithTrackingName(TrackingNames.Carrier);

        context.RegisterImplementationSourceOutput(carrier, static (spc, carrier) =>
        {
            if (carrier is not null) spc.AddSource(CarrierWriter.HintName, CarrierWriter.Write(carrier));
        });
    }

    private static TranslationInput Input(
        ImmutableArray<ComponentDeclaration> components,
        ImmutableArray<EquatableArray<ConfigDeclaration>> configs,
        ImmutableArray<ProfileFile> profiles,
        TranslationOptions options) => new(
            configs.SelectMany(c => c).ToEquatableArray(),
            components.GroupBy(c => c.TypeName).Select(g => g.First()).OrderBy(c => c.TypeName, System.StringComparer.Ordinal).ToEquatableArray(),
            profiles.OrderBy(p => p.Path, System.StringComparer.Ordinal).ToEquatableArray(),
            options);
}
