using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NetCfg.Core;
using NetCfg.Core.Carrier;
using NetCfg.Core.Model;
using NetCfg.Core.Profiles;
using NetCfg.Generators.Emit;
using NetCfg.Generators.Parsing;

namespace NetCfg.Generators;

/// <summary>
/// Reads the declarations, the components that referenced libraries export, and the NetworkProfile files; checks them
/// with the core; and compiles two things into the assembly: the export of its components, for config projects that
/// reference it, and the checked input, which the MSBuild task turns into manifests; and it adds each partial component
/// class's labels (ComponentName, PodLabels, LabelSelector) for the Deployment code. Reports nothing: the analyzers do.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class NetCfgGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var read = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                AttributeNames.Component,
                static (node, _) => node is ClassDeclarationSyntax or RecordDeclarationSyntax,
                static (ctx, _) => ComponentRead.From(ctx))
            .WithTrackingName(TrackingNames.Components);
        var emit = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => GeneratorOptions.Emit(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Emit);
        var declarations = Declarations(context, read);

        LabelMembersOutput(context, read, emit);
        ExportOutput(context, declarations, emit);
        CarrierOutput(context, declarations, emit);
    }

    /// <summary>The assembly's own declarations: its name, configs and components (no imports or profiles yet).</summary>
    private static IncrementalValueProvider<TranslationInput> Declarations(IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<ComponentRead> read)
    {
        var assembly = context.CompilationProvider
            .Select(static (compilation, _) => compilation.AssemblyName ?? string.Empty)
            .WithTrackingName(TrackingNames.Assembly);
        var components = read.Select(static (r, _) => r.Declaration).Collect();
        var configs = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                AttributeNames.LocalNetworkConfig,
                static (node, _) => node is CompilationUnitSyntax,
                static (ctx, _) => ctx.Attributes.Select(ConfigParser.Parse).ToEquatableArray())
            .WithTrackingName(TrackingNames.Configs)
            .Collect();
        return assembly.Combine(components).Combine(configs)
            .Select(static (pair, _) => TranslationInput.Of(
                pair.Left.Left,
                pair.Right.SelectMany(c => c),
                pair.Left.Right,
                Enumerable.Empty<ComponentExport>(),
                Enumerable.Empty<ProfileFile>()))
            .WithTrackingName(TrackingNames.Declarations);
    }

    /// <summary>
    /// Each partial component class gets its ComponentName, PodLabels and LabelSelector: ordinary source (user code calls
    /// them), spread over a few files by a hash of the type, so an edit of one component's labels rewrites one file.
    /// </summary>
    private static void LabelMembersOutput(IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<ComponentRead> read, IncrementalValueProvider<bool> emit)
    {
        var nullable = context.ParseOptionsProvider
            .Select(static (options, _) => options is CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp8 });
        var members = read.Combine(nullable.Combine(emit))
            .Select(static (pair, _) => LabelMembers.From(pair.Left, pair.Right.Left, pair.Right.Right))
            .WithTrackingName(TrackingNames.LabelMembers);
        var files = members.Collect().Select(static (all, _) => LabelFile.Of(all));
        context.RegisterSourceOutput(files.SelectMany(static (all, _) => all).WithTrackingName(TrackingNames.LabelFiles), static (spc, file) =>
            spc.AddSource(file.HintName, LabelMembersWriter.Write(file)));
        var labelSets = files
            .Select(static (all, _) => all.IsEmpty ? null : all[0].Members[0].LabelSets)
            .WithTrackingName(TrackingNames.LabelSets);
        context.RegisterSourceOutput(labelSets, static (spc, name) =>
        {
            if (name is not null) spc.AddSource(LabelSetsWriter.HintName, LabelSetsWriter.Write(name));
        });
    }

    /// <summary>The export is ordinary source: an IDE needs it to see this project's components from the projects that use it.</summary>
    private static void ExportOutput(IncrementalGeneratorInitializationContext context, IncrementalValueProvider<TranslationInput> declarations, IncrementalValueProvider<bool> emit)
    {
        var export = declarations.Combine(emit)
            .Select(static (pair, _) => pair.Right && !pair.Left.Components.IsEmpty
                ? new ComponentExport(pair.Left.Assembly, pair.Left.Configs.FirstOrDefault()?.Name, pair.Left.Components)
                : null)
            .WithTrackingName(TrackingNames.Export);
        context.RegisterSourceOutput(export, static (spc, export) =>
        {
            if (export is not null) spc.AddSource(ExportWriter.HintName, ExportWriter.Write(export));
        });
    }

    /// <summary>
    /// Check and encode only: the MSBuild task translates and renders, and skips that when the input is unchanged. With
    /// NetCfgEmitManifests=false nothing goes into the assembly.
    /// </summary>
    private static void CarrierOutput(IncrementalGeneratorInitializationContext context, IncrementalValueProvider<TranslationInput> declarations, IncrementalValueProvider<bool> emit)
    {
        var imports = context.MetadataReferencesProvider
            .Select(static (reference, _) => ExportReader.Read(reference))
            .WithTrackingName(TrackingNames.Imports)
            .Where(static export => export is not null)
            .Collect();
        var profiles = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => GeneratorOptions.IsProfileFile(pair.Right.GetOptions(pair.Left)))
            .Select(static (pair, ct) => ProfileFiles.Read(pair.Left, pair.Right.GlobalOptions, ct))
            .WithTrackingName(TrackingNames.ProfileFiles)
            .Collect();
        var carrier = declarations.Combine(imports).Combine(profiles).Combine(emit)
            .Select(static (pair, _) => pair.Right
                ? CheckedInput.From(With(pair.Left.Left.Left, pair.Left.Left.Right, pair.Left.Right))
                : null)
            .WithTrackingName(TrackingNames.Carrier);
        context.RegisterImplementationSourceOutput(carrier, static (spc, carried) =>
        {
            if (carried is not null) spc.AddSource(CheckedInputCarrier.HintName, CarrierWriter.Write(carried));
        });
    }

    private static TranslationInput With(TranslationInput declarations, ImmutableArray<ComponentExport?> imports, ImmutableArray<ProfileFile> profiles) =>
        TranslationInput.Of(declarations.Assembly, declarations.Configs, declarations.Components, imports.OfType<ComponentExport>(), profiles);
}
