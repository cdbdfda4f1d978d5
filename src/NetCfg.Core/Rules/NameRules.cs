using System.Collections.Generic;
using NetCfg.Core.Model;
using NetCfg.Core.Validation;

namespace NetCfg.Core.Rules;

/// <summary>NETCFG007: names the API server would reject, and the reserved component name.</summary>
internal static class NameRules
{
    public const string LabelRule = "lowercase letters, digits and '-', starting and ending with a letter or digit, at most 63";
    public const string SubdomainRule = "lowercase letters, digits, '-' and '.', each part starting and ending with a letter or digit, at most 253";

    public static void Component(ComponentDeclaration component, DeclarationIndex index, string where, List<Problem> problems)
    {
        if (!component.NameComplete) return;
        var site = index.SiteOf(component, AttributeKind.Component, 0, Arguments.First);
        if (ComponentNameError(component.Name) is { } error) problems.Add(RuleIds.InvalidName, site, error + where);
    }

    /// <summary>Why a component name is invalid, or null.</summary>
    public static string? ComponentNameError(string? name) =>
        name is null ? "The component name may not be null"
        : !KubernetesNames.IsDns1123Label(name) ? $"The component name '{name}' is not a DNS-1123 label ({LabelRule})"
        : name == Conventions.ReservedComponentName ? $"The component name '{name}' is reserved for the config's default-deny policy"
        : null;

    /// <summary>A component name given to [DependsOn]: it must be a name a component could have.</summary>
    public static string? TargetNameError(string? name) =>
        name is null ? "The component name in [DependsOn] may not be null"
        : !KubernetesNames.IsDns1123Label(name) ? $"The component name '{name}' in [DependsOn] is not a DNS-1123 label ({LabelRule})"
        : null;

    public static void Config(ConfigDeclaration config, int position, List<Problem> problems)
    {
        if (!config.Complete) return;
        if (config.Name is null)
        {
            problems.Add(RuleIds.InvalidName, ProblemSite.OnConfig(position, Arguments.First), "The config name may not be null");
        }
        else if (!KubernetesNames.IsDns1123Subdomain(config.Name))
        {
            problems.Add(RuleIds.InvalidName, ProblemSite.OnConfig(position, Arguments.First), $"The config name '{config.Name}' is not a DNS-1123 subdomain ({SubdomainRule})");
        }

        if (config.Namespace is { } ns && !KubernetesNames.IsDns1123Label(ns))
        {
            problems.Add(RuleIds.InvalidName, ProblemSite.OnConfig(position, Arguments.Namespace), $"The namespace '{ns}' is not a DNS-1123 label ({LabelRule})");
        }
    }
}
