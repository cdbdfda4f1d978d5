using System.Collections.Generic;
using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Validation;

namespace NetCfg.Core.Translation;

/// <summary>Finds every problem that would make the manifests wrong or invalid. Any problem blocks all output.</summary>
internal static class DeclarationChecker
{
    public static List<string> Check(TranslationInput input, IReadOnlyDictionary<string, NetworkProfile> profiles)
    {
        var errors = new List<string>();
        foreach (var file in input.ProfileFiles)
        {
            errors.AddRange(file.Errors.Select(e => $"{file.Path}({e.Line},{e.Column}): {e.Message}"));
        }

        errors.AddRange(input.ProfileFiles
            .SelectMany(f => f.Profiles.Select(p => (f.Path, Profile: p)))
            .GroupBy(p => p.Profile.Name, System.StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => $"profile '{g.Key}' is declared more than once: {string.Join(", ", g.Select(p => $"{p.Path}({p.Profile.Line},{p.Profile.Column})"))}"));

        CheckConfig(input, errors);
        var byType = input.Components.GroupBy(c => c.TypeName).ToDictionary(g => g.Key, g => g.First());
        foreach (var group in input.Components.GroupBy(c => c.Name, System.StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add($"component name '{group.Key}' is used by more than one class: {string.Join(", ", group.Select(c => c.TypeName).OrderBy(n => n, System.StringComparer.Ordinal))}");
        }

        foreach (var component in input.Components)
        {
            CheckComponent(component, byType, profiles, errors);
        }

        return errors;
    }

    private static void CheckConfig(TranslationInput input, List<string> errors)
    {
        if (input.Configs.Count > 1)
        {
            errors.Add("more than one [assembly: LocalNetworkConfig] in the assembly; keep exactly one");
        }
        else if (input.Configs.Count == 0 && input.Components.Count > 0)
        {
            errors.Add("components are declared but the assembly has no config; add [assembly: LocalNetworkConfig(\"my-app-network-config\")]");
        }

        foreach (var config in input.Configs)
        {
            if (!KubernetesNames.IsDns1123Subdomain(config.Name))
            {
                errors.Add($"config name '{config.Name}' is not a DNS-1123 subdomain (lowercase letters, digits, '-' and '.', at most 253)");
            }

            if (config.Namespace is { } ns && !KubernetesNames.IsDns1123Label(ns))
            {
                errors.Add($"namespace '{ns}' is not a DNS-1123 label (lowercase letters, digits and '-', at most 63)");
            }
        }
    }

    private static void CheckComponent(
        ComponentDeclaration component,
        IReadOnlyDictionary<string, ComponentDeclaration> byType,
        IReadOnlyDictionary<string, NetworkProfile> profiles,
        List<string> errors)
    {
        var where = $"component '{component.Name}' ({component.TypeName})";
        errors.AddRange(component.Problems.Select(p => $"{where}: {p}"));
        if (!KubernetesNames.IsDns1123Label(component.Name))
        {
            errors.Add($"{where}: the name is not a DNS-1123 label (lowercase letters, digits and '-', at most 63)");
        }
        else if (component.Name == Conventions.ReservedComponentName)
        {
            errors.Add($"{where}: the name '{Conventions.ReservedComponentName}' is reserved for the default-deny policy");
        }

        foreach (var label in component.Labels)
        {
            if (KubernetesNames.LabelKeyError(label.Key) is { } keyError) errors.Add($"{where}: label key '{label.Key}': {keyError}");
            if (KubernetesNames.LabelValueError(label.Value) is { } valueError) errors.Add($"{where}: label value '{label.Value}': {valueError}");
        }

        foreach (var duplicate in component.Labels.GroupBy(l => l.Key, System.StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add($"{where}: label key '{duplicate.Key}' is matched more than once");
        }

        foreach (var dependency in component.Dependencies)
        {
            if (!byType.ContainsKey(dependency.TargetType))
            {
                errors.Add($"{where}: DependsOn target '{dependency.TargetType}' is not a [Component] class");
            }

            if (Ports.Error(dependency.Port, dependency.EndPort) is { } portError)
            {
                errors.Add($"{where}: {portError}");
            }
        }

        foreach (var profile in component.Profiles.Where(p => !profiles.ContainsKey(p)))
        {
            errors.Add($"{where}: no NetworkProfile file declares profile '{profile}'");
        }
    }
}
