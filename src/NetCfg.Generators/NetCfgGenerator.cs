using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NetCfg.Core;
using NetCfg.Core.Model;
using NetCfg.Core.Profiles;
using NetCfg.Core.Translation;
using NetCfg.Generators.Emit;
using NetCfg.Generators.Parsing;

namespace NetCfg.Generators;

/// <summary>
/// Turns [Component] declarations and NetworkProfile files into manifests, carried as constants to the MSBuild task.
/// Reports nothing: the analyzers do. Invalid input yields an index with status "error" and no files.
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

        // Plan once (cheap models), then render each file on its own: an edit re-renders only the files it changes.
        // With NetCfgEmitManifests=false there is no plan, and nothing goes into the assembly.
        var plan = input.Combine(emit)
            .Select(static (pair, _) => pair.Right ? NetworkConfigTranslator.Plan(pair.Left) : null)
            .WithTrackingName(TrackingNames.Plan);

        var files = plan
            .SelectMany(static (plan, _) => plan?.Files ?? EquatableArray<ManifestModel>.Empty)
            .Select(static (model, _) => ManifestRenderer.Render(model))
            .WithTrackingName(TrackingNames.Render);

        context.RegisterImplementationSourceOutput(plan, static (spc, plan) =>
        {
            if (plan is not null) spc.AddSource(CarrierWriter.HintName(CarrierWriter.IndexClass), CarrierWriter.WriteIndex(plan));
        });
        context.RegisterImplementationSourceOutput(files, static (spc, file) =>
            spc.AddSource(CarrierWriter.HintName(CarrierWriter.ClassName(file.Path)), CarrierWriter.WriteFile(file)));
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
