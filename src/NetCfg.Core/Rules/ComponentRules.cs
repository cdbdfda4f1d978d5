using System.Collections.Generic;
using System.Linq;
using NetCfg.Core.Model;

namespace NetCfg.Core.Rules;

/// <summary>Everything about one class on its own: NETCFG014 for a class that is not a component, else its name, selector, dependencies and profiles.</summary>
internal static class ComponentRules
{
    /// <summary>Checks the component; false when its name or selector is invalid, which keeps it out of NETCFG008.</summary>
    public static bool Check(ComponentDeclaration component, DeclarationIndex index, List<Problem> problems)
    {
        if (!component.IsComponent)
        {
            Ignored(component, problems);
            return false;
        }

        var where = index.IsLocal(component) ? string.Empty : $" (declared on {component.Display} in assembly {component.Assembly})";
        var before = problems.Count;
        NameRules.Component(component, index, where, problems);
        SelectorRules.Check(component, index, where, problems);
        var valid = problems.Count == before;
        DependencyRules.Check(component, index, where, problems);
        ProfileRules.References(component, index, where, problems);
        return valid;
    }

    /// <summary>NETCFG014: [DependsOn], [MatchLabel], [MatchExpression] or [DependsOnProfile] on a class without [Component].</summary>
    private static void Ignored(ComponentDeclaration component, List<Problem> problems)
    {
        void Each(AttributeKind kind, int count)
        {
            for (var i = 0; i < count; i++)
            {
                problems.Add(
                    RuleIds.IgnoredAttribute,
                    ProblemSite.On(component.Type, kind, i),
                    $"[{kind}] on '{component.Display}' has no effect: '{component.Display}' has no [Component]; add [Component(\"name\")] or remove the attribute");
            }
        }

        Each(AttributeKind.MatchLabel, component.Labels.Count);
        Each(AttributeKind.MatchExpression, component.Expressions.Count);
        Each(AttributeKind.DependsOn, component.Dependencies.Count);
        Each(AttributeKind.DependsOnProfile, component.Profiles.Count);
    }
}
