using System.Linq;
using System.Text;
using NetCfg.Core.Review.Workloads;
using static NetCfg.Core.Review.Reports.NetworkMarkdown;

namespace NetCfg.Core.Review.Reports;

/// <summary>network.md's workload sections: the workloads each component governs, and those no component selects.</summary>
internal static class WorkloadSections
{
    public static void Render(StringBuilder text, WorkloadCoverage coverage)
    {
        Line(text, string.Empty);
        Line(text, "## Workloads by component");
        Line(text, string.Empty);
        Line(text, $"The workloads of {coverage.NamespaceText} in the NetCfgWorkload files that each component's policy selects, with the file they are written in.");
        Unread(text, coverage);
        Line(text, string.Empty);
        Line(text, "| Component | Workloads |");
        Line(text, "|---|---|");
        foreach (var component in coverage.Components)
        {
            var workloads = component.Workloads.IsEmpty
                ? "none: the policy protects no pod (NETCFG031)"
                : string.Join(", ", component.Workloads.Select(w => MarkdownText.Cell($"{w.Display} ({w.Path})")));
            Line(text, $"| {MarkdownText.Cell(component.Component)} | {workloads} |");
        }

        Line(text, string.Empty);
        Line(text, "## Workloads no component selects");
        Line(text, string.Empty);
        if (coverage.Uncovered.IsEmpty)
        {
            Line(text, $"None: a component selects every workload of {coverage.NamespaceText}.");
            return;
        }

        Line(text, "The namespace's default-deny policy leaves their pods no traffic at all, not even DNS (NETCFG032).");
        Line(text, string.Empty);
        Line(text, "| Workload | File |");
        Line(text, "|---|---|");
        foreach (var workload in coverage.Uncovered) Line(text, $"| {MarkdownText.Cell(workload.Display)} | {MarkdownText.Cell(workload.Path)} |");
    }

    private static void Unread(StringBuilder text, WorkloadCoverage coverage)
    {
        if (coverage.Unread.IsEmpty) return;
        Line(text, string.Empty);
        Line(text, $"Left out: {Count(coverage.Unread.Count, "file")} that did not read as workload YAML (NETCFG030), so neither section lists their workloads: "
            + string.Join(", ", coverage.Unread.Select(MarkdownText.Cell)) + ".");
    }
}
