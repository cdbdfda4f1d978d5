using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Validation;

namespace NetCfg.Core.Rules;

/// <summary>
/// The declarations against the pods the workload files run: a malformed file (NETCFG030); in the config project, a
/// component that selects no workload (031), a workload no component selects (032), a named (033) or numbered (034) port
/// no target pod declares, and a workload two components select (035). While a file is malformed only 030 is reported.
/// </summary>
internal static class WorkloadRules
{
    public static void Check(DeclarationIndex index, IReadOnlyList<WorkloadFile> files, List<Problem> problems)
    {
        foreach (var file in files)
        {
            foreach (var error in file.Errors)
            {
                problems.Add(RuleIds.MalformedWorkload, ProblemSite.InFile(file.Path, error.Line, error.Column), "Malformed workload file: " + error.Message);
            }
        }

        if (!index.IsConfigProject || files.Count == 0 || files.Any(f => !f.Errors.IsEmpty)) return;
        var pods = new WorkloadPods(index, files);
        foreach (var component in pods.Components)
        {
            if (pods.Of(component).Count == 0) problems.Add(NoWorkload(index, pods, component));
            Dependencies(index, pods, component, problems);
            ProfileIngress(index, pods, component, problems);
        }

        for (var w = 0; w < pods.Workloads.Count; w++)
        {
            var workload = pods.Workloads[w];
            var selectors = pods.SelectorsOf(w);
            if (selectors.Count == 0)
            {
                problems.Add(new Problem(
                    RuleIds.UncoveredWorkload,
                    $"{workload.Describe()} is selected by no component of '{index.Input.Configs[0].Name}': the default-deny policy of {pods.NamespaceText} leaves its pods no traffic at all, not even DNS",
                    index.ConfigSite,
                    new[] { workload.Site }.ToEquatableArray()));
            }
            else if (selectors.Select(c => ComponentSelectors.Of(c)).Distinct().Count() > 1)
            {
                problems.Add(new Problem(
                    RuleIds.WorkloadSelectedTwice,
                    $"{workload.Describe()} is selected by {selectors.Count.ToString(CultureInfo.InvariantCulture)} components: {Text.List(selectors.Select(c => Text.Quote(index.Describe(c))))}; both policies apply to its pods, and their rules add up",
                    index.ConfigSite,
                    new[] { workload.Site }.ToEquatableArray()));
            }
        }
    }

    private static Problem NoWorkload(DeclarationIndex index, WorkloadPods pods, ComponentDeclaration component)
    {
        var selector = ComponentSelectors.Of(component);
        var keys = new HashSet<string>(selector.MatchLabels.Select(l => l.Key).Concat(selector.MatchExpressions.Select(r => r.Key)), System.StringComparer.Ordinal);
        var near = pods.Workloads.Where(w => w.Workload.Labels.Any(l => keys.Contains(l.Key))).Take(3)
            .Select(w => $"{w.Describe()} has {string.Join(", ", w.Workload.Labels.Where(l => keys.Contains(l.Key)).Select(l => l.Key + ": " + l.Value))}")
            .ToList();
        return new Problem(
            RuleIds.SelectsNoWorkload,
            $"Component '{index.Describe(component)}' selects no workload of {pods.NamespaceText}: no pod template in the workload files has {ComponentSelectors.Shown(selector)}, so its policy protects nothing and every flow to it goes nowhere"
            + (near.Count == 0 ? string.Empty : " (" + string.Join("; ", near) + ")"),
            index.SiteOf(component, AttributeKind.Component, 0));
    }

    private static void Dependencies(DeclarationIndex index, WorkloadPods pods, ComponentDeclaration component, List<Problem> problems)
    {
        for (var i = 0; i < component.Dependencies.Count; i++)
        {
            var dependency = component.Dependencies[i];
            if (!dependency.Complete || !MirroredEnums.IsProtocol(dependency.Protocol) || index.Resolve(dependency.Target) is not { } target) continue;
            var targets = pods.Of(target);
            if (targets.Count == 0) continue; // NETCFG031 says it
            var protocol = (Protocol)dependency.Protocol;
            if (dependency.PortName is { } name)
            {
                if (Port.Error(dependency) is not null || targets.Any(w => w.Workload.Ports.Any(p => p.Name == name && p.Protocol == protocol))) continue;
                problems.Add(new Problem(
                    RuleIds.UndeclaredPortName,
                    $"No container of the pods of '{index.Describe(target)}' declares a {protocol.ToKubernetes()} port named '{name}' ({Declared(targets)}): the named port resolves to nothing, so the flow from '{index.Describe(component)}' is dropped",
                    index.SiteOf(component, AttributeKind.DependsOn, i, Arguments.PortName),
                    targets.Select(w => w.Site).ToEquatableArray()));
            }
            else if (dependency.Port is { } port && Port.Error(dependency) is null)
            {
                var end = dependency.EndPort ?? port;
                if (targets.Any(w => w.Workload.Ports.Any(p => p.Protocol == protocol && p.Number >= port && p.Number <= end))) continue;
                var shown = port.ToString(CultureInfo.InvariantCulture) + (end == port ? string.Empty : "-" + end.ToString(CultureInfo.InvariantCulture));
                problems.Add(new Problem(
                    RuleIds.UndeclaredPort,
                    $"No container of the pods of '{index.Describe(target)}' declares {protocol.ToKubernetes()} port {shown} ({Declared(targets)}): unless a container listens there without declaring it, the flow from '{index.Describe(component)}' goes nowhere",
                    index.SiteOf(component, AttributeKind.DependsOn, i, Arguments.Port),
                    targets.Select(w => w.Site).ToEquatableArray()));
            }
        }
    }

    // A profile's ingress rule on a named port admits traffic to a port of this component's own pods.
    private static void ProfileIngress(DeclarationIndex index, WorkloadPods pods, ComponentDeclaration component, List<Problem> problems)
    {
        var own = pods.Of(component);
        if (own.Count == 0) return;
        for (var i = 0; i < component.Profiles.Count; i++)
        {
            if (component.Profiles[i].Name is not { } profileName || !index.Profiles.Contains(profileName)) continue;
            var named = index.Profiles[profileName].First().Profile.Ingress
                .SelectMany(r => r.Ports)
                .Where(p => p.Name is not null)
                .Select(p => (Name: p.Name!, p.Protocol))
                .Distinct()
                .Where(p => !own.Any(w => w.Workload.Ports.Any(c => c.Name == p.Name && c.Protocol == p.Protocol)));
            foreach (var (name, protocol) in named)
            {
                problems.Add(new Problem(
                    RuleIds.UndeclaredPortName,
                    $"No container of the pods of '{index.Describe(component)}' declares a {protocol.ToKubernetes()} port named '{name}' ({Declared(own)}): profile '{profileName}' admits ingress on it, and the named port resolves to nothing, so that ingress is dropped",
                    index.SiteOf(component, AttributeKind.DependsOnProfile, i, Arguments.First),
                    own.Select(w => w.Site).ToEquatableArray()));
            }
        }
    }

    private static string Declared(IReadOnlyList<PlacedWorkload> workloads) => string.Join("; ", workloads.Take(3).Select(w =>
        w.Describe() + (w.Workload.Ports.IsEmpty ? " declares no port" : " declares " + string.Join(", ", w.Workload.Ports.Select(p => p.ToString()))))
        .Concat(workloads.Count > 3 ? new[] { $"and {(workloads.Count - 3).ToString(CultureInfo.InvariantCulture)} more" } : new string[0]));

    private static class Port
    {
        public static string? Error(DependencyDeclaration dependency) =>
            dependency.PortName is { } name ? (KubernetesNames.IsPortName(name) && dependency.Port is null && dependency.EndPort is null ? null : "invalid")
            : Ports.Error(dependency.Port, dependency.EndPort);
    }
}
