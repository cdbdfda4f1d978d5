using System.Collections.Generic;
using NetCfg.Core.Model;
using NetCfg.Core.Validation;

namespace NetCfg.Core.Review.Evaluation;

/// <summary>An endpoint as the evaluator sees it: a representative pod (namespace and labels) or an address block.</summary>
internal sealed class RepresentativeEndpoint
{
    public RepresentativeEndpoint(FlowEndpoint endpoint, string? ns, IReadOnlyDictionary<string, string>? labels, IReadOnlyDictionary<string, string>? namespaceLabels, Cidrs.Network? block)
    {
        Endpoint = endpoint;
        Namespace = ns;
        Labels = labels;
        NamespaceLabels = namespaceLabels;
        Block = block;
    }

    public FlowEndpoint Endpoint { get; }

    public string? Namespace { get; }

    public IReadOnlyDictionary<string, string>? Labels { get; }

    public IReadOnlyDictionary<string, string>? NamespaceLabels { get; }

    /// <summary>The block of an ipBlock endpoint; null for pods and for "anywhere".</summary>
    public Cidrs.Network? Block { get; }

    public bool IsPod => Labels is not null;

    public bool IsComponent => Endpoint.Kind == EndpointKind.Component;
}
