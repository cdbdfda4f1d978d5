using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Validation;

namespace NetCfg.Core.Rules;

/// <summary>
/// A component's [DependsOn]: its ports (NETCFG004), its target (NETCFG003 for a type, NETCFG007 and NETCFG015 for a
/// name), a dependency without a port (NETCFG011) and repeats (NETCFG010). Warnings only for this assembly's classes,
/// but for NETCFG011 on a library's by-name dependency that only the config project can resolve.
/// </summary>
internal static class DependencyRules
{
    public static void Check(ComponentDeclaration component, DeclarationIndex index, string where, List<Problem> problems)
    {
        var local = index.IsLocal(component);
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        for (var i = 0; i < component.Dependencies.Count; i++)
        {
            var dependency = component.Dependencies[i];
            if (!dependency.Complete) continue;
            PortRules.Check(component, i, dependency, index, where, problems);
            var target = Target(component, i, dependency.Target, index, where, problems);
            if (target is not null && !dependency.HasPort && (local || LibraryCannotResolve(component, dependency, target)))
            {
                problems.Add(
                    RuleIds.MissingPort,
                    index.SiteOf(component, AttributeKind.DependsOn, i),
                    $"The dependency on '{Shown(dependency.Target)}' has no Port, so it allows every {ProtocolName(dependency.Protocol)} port; set Port (and EndPort for a range){where}");
            }

            if (!local) continue;

            if (Key(dependency) is { } key && !seen.Add(key))
            {
                problems.Add(RuleIds.DuplicateDependency, ProblemSite.On(component.Type, AttributeKind.DependsOn, i), $"The dependency on '{Shown(dependency.Target)}' ({Ports(dependency)}) is already declared on '{component.Display}'");
            }
        }

        if (!local) return;
        var profiles = new HashSet<string>(System.StringComparer.Ordinal);
        for (var i = 0; i < component.Profiles.Count; i++)
        {
            if (component.Profiles[i] is { Complete: true, Name: { } name } && !profiles.Add(name))
            {
                problems.Add(RuleIds.DuplicateDependency, ProblemSite.On(component.Type, AttributeKind.DependsOnProfile, i), $"The dependency on profile '{name}' is already declared on '{component.Display}'");
            }
        }
    }

    /// <summary>
    /// A library's by-name dependency on another assembly's component: the library sees only its own components, so
    /// NETCFG011 is the config project's to report, once, naming the class and its assembly.
    /// </summary>
    private static bool LibraryCannotResolve(ComponentDeclaration component, DependencyDeclaration dependency, ComponentDeclaration target) =>
        dependency.Target.Shape == TargetShape.Name && target.Assembly != component.Assembly;

    /// <summary>The component the target resolves to; reports why when it cannot.</summary>
    private static ComponentDeclaration? Target(ComponentDeclaration component, int position, TargetRef target, DeclarationIndex index, string where, List<Problem> problems)
    {
        if (target.Shape == TargetShape.Name)
        {
            var site = index.SiteOf(component, AttributeKind.DependsOn, position, Arguments.First);
            if (NameRules.TargetNameError(target.Name) is { } nameError)
            {
                problems.Add(RuleIds.InvalidName, site, nameError + where);
                return null;
            }

            var found = index.ByName[target.Name!].ToList();
            if (found.Count == 0 && index.IsConfigProject)
            {
                var suggestions = ClosestNames.Find(target.Name!, index.Network.Where(c => c.Name is not null).Select(c => c.Name!));
                var hint = suggestions.Count == 0 ? string.Empty : "; did you mean " + Text.Alternatives(suggestions.Select(Text.Quote)) + "?";
                problems.Add(new Problem(
                    RuleIds.UnknownComponentName,
                    $"No component of this network is named '{target.Name}'{hint} ([DependsOn(\"{target.Name}\")] on {component.Display} in assembly {component.Assembly})",
                    site,
                    Suggestions: suggestions.ToEquatableArray()));
            }

            return found.Count == 1 ? found[0] : null;
        }

        if (index.Resolve(target) is { } resolved) return resolved;
        var reason = target.Shape switch
        {
            TargetShape.Null => "; pass typeof(TheComponent)",
            TargetShape.NotAClass => "; only classes marked [Component] can be depended on",
            TargetShape.Generic => "; a generic class cannot be a dependency target",
            _ when index.SeparateNetwork(target) is { } other => $"; it is in assembly '{other.Assembly}', which has a LocalNetworkConfig of its own: a separate network",
            _ when target.Assembly != component.Assembly && index.Export(target.Assembly) is { Problem: { } problem } => $"; the NetCfg export of assembly '{target.Assembly}' cannot be read: {problem}",
            _ when target.Assembly != component.Assembly => $"; assembly '{target.Assembly}' exports no such component (declare it with [Component] in a project that uses NetCfg.Generators)",
            _ => "; add [Component(\"name\")] to it",
        };
        problems.Add(
            RuleIds.NotAComponent,
            index.SiteOf(component, AttributeKind.DependsOn, position, Arguments.Target),
            $"The DependsOn target '{Shown(target)}' is not a [Component] class{reason}{where}");
        return null;
    }

    public static string Shown(TargetRef target) => target.Shape switch
    {
        TargetShape.Name => target.Name ?? "null",
        TargetShape.Null => "null",
        _ => target.Display ?? target.Type ?? "?",
    };

    public static string ProtocolName(int protocol) => protocol switch
    {
        0 => "TCP",
        1 => "UDP",
        2 => "SCTP",
        _ => protocol.ToString(CultureInfo.InvariantCulture),
    };

    private static string Ports(DependencyDeclaration d)
    {
        var end = d.EndPort == d.Port ? null : d.EndPort;
        var ports = d.PortName is { } name ? name
            : d.Port is not { } port ? "every port"
            : end is { } e ? $"{port.ToString(CultureInfo.InvariantCulture)}-{e.ToString(CultureInfo.InvariantCulture)}"
            : port.ToString(CultureInfo.InvariantCulture);
        return ProtocolName(d.Protocol) + " " + ports;
    }

    /// <summary>What makes two dependencies the same: target, protocol and ports (EndPort equal to Port is no range).</summary>
    private static string? Key(DependencyDeclaration d) =>
        d.Target.Shape is TargetShape.Name or TargetShape.Class
            ? string.Join("\n", d.Target.Shape == TargetShape.Name ? "name:" + d.Target.Name : "type:" + d.Target.Type, Ports(d))
            : null;
}
