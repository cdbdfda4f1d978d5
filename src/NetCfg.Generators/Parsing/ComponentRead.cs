using Microsoft.CodeAnalysis;
using NetCfg.Core.Model;

namespace NetCfg.Generators.Parsing;

/// <summary>What the generator reads from one [Component] class: its declaration, and its shape when members can be added to it.</summary>
public sealed record ComponentRead(ComponentDeclaration Declaration, TypeShape? Shape)
{
    public static ComponentRead From(GeneratorAttributeSyntaxContext context)
    {
        var type = (INamedTypeSymbol)context.TargetSymbol;
        return new ComponentRead(ComponentParser.Parse(type, context.SemanticModel.Compilation.AssemblyName ?? string.Empty, written: true)!, TypeShapeReader.Read(context));
    }
}
