using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NetCfg.Floor;

/// <summary>
/// The least any ForAttributeWithMetadataName generator over [Component] pays: Roslyn finds the classes, binds their
/// attributes, and the transform keeps only the name. Measured next to NetCfg's generator as its floor.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class FloorGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var names = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                "NetCfg.ComponentAttribute",
                static (node, _) => node is ClassDeclarationSyntax,
                static (ctx, _) => ctx.TargetSymbol.Name)
            .Collect();
        context.RegisterImplementationSourceOutput(names, static (spc, all) =>
            spc.AddSource("Floor.g.cs", "internal static class Floor { public const int Count = " + all.Length + "; }"));
    }
}
