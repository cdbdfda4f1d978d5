using System.Linq;
using NetCfg.Core;
using NetCfg.Core.Model;
using NetCfg.Core.Rules;
using NetCfg.Core.Translation;
using NetCfg.Generators.Parsing;

namespace NetCfg.Generators.Emit;

/// <summary>
/// The members added to one partial component class, whose type key (namespace, nesting, arity) is <see cref="TypeKey"/>,
/// all from the core's selector (<see cref="ComponentSelectors"/>):
/// its name, the selector's matchLabels, the whole selector in kubectl's -l syntax, and its expressions alone ("" when
/// it has none). <see cref="Nullable"/>: the consumer's C# knows <c>#nullable</c> (C# 8 or later). <see cref="LabelSets"/>:
/// the class name of the assembly's helper that <c>PodLabels</c> calls.
/// </summary>
public sealed record LabelMembers(
    string TypeKey,
    TypeShape Shape,
    string ComponentName,
    EquatableArray<Label> PodLabels,
    string LabelSelector,
    string Expressions,
    bool Nullable,
    string LabelSets)
{
    /// <summary>
    /// The members of a component, or null when there are none to add: the class cannot take them, manifests are off,
    /// or its name or selector is half-typed or invalid (the analyzers report NETCFG006 and NETCFG007 there).
    /// </summary>
    public static LabelMembers? From(ComponentRead read, bool nullable, bool emit)
    {
        var component = read.Declaration;
        if (!emit || read.Shape is not { } shape || shape.Taken.Count == LabelMemberNames.All.Length || !HasValidSelector(component)) return null;
        var selector = ComponentSelectors.Of(component);
        return new LabelMembers(
            component.Type,
            shape,
            component.Name!,
            selector.MatchLabels,
            ComponentSelectors.LabelSelector(selector),
            ComponentSelectors.LabelSelector(new Selector(EquatableArray<Label>.Empty, selector.MatchExpressions)),
            nullable,
            LabelSetsWriter.ClassName(component.Assembly));
    }

    /// <summary>The rule book's verdict on the name and the selector alone: the class's other attributes do not matter here.</summary>
    private static bool HasValidSelector(ComponentDeclaration component)
    {
        if (!component.IsComponent || component.Name is null || !component.NameComplete || component.Labels.Any(l => !l.Complete) || component.Expressions.Any(e => !e.Complete)) return false;
        var alone = component with { Dependencies = EquatableArray<DependencyDeclaration>.Empty, Profiles = EquatableArray<ProfileReference>.Empty };
        var input = new TranslationInput(component.Assembly, EquatableArray<ConfigDeclaration>.Empty, new[] { alone }.ToEquatableArray(), EquatableArray<ComponentExport>.Empty, EquatableArray<ProfileFile>.Empty);
        return !DeclarationCheck.Run(input).Problems.Any(p => p.Id is RuleIds.InvalidName or RuleIds.InvalidSelector);
    }
}
