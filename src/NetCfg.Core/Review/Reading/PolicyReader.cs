using System.Collections.Generic;
using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace NetCfg.Core.Review.Reading;

/// <summary>Reads one NetworkPolicy document written by NetCfg into a <see cref="PolicyView"/>; unknown spec keys are errors.</summary>
internal static class PolicyReader
{
    public const string ApiVersion = "networking.k8s.io/v1";
    public const string Kind = "NetworkPolicy";

    public static PolicyView? Read(string path, YamlNode root, NodeReader reader)
    {
        var before = reader.ErrorCount;
        if (reader.Mapping(root, "a NetworkPolicy") is not { } doc) return null;
        var kind = reader.Text(NodeReader.Get(doc, "kind"), "kind");
        var apiVersion = reader.Text(NodeReader.Get(doc, "apiVersion"), "apiVersion");
        if (kind != Kind || apiVersion != ApiVersion)
        {
            reader.Error(doc, $"not a {ApiVersion} {Kind} (found {apiVersion ?? "no apiVersion"} {kind ?? "and no kind"})");
            return null;
        }

        var metadata = reader.Mapping(NodeReader.Get(doc, "metadata"), "metadata");
        var name = metadata is null ? null : reader.Text(reader.Required(metadata, "name"), "metadata.name");
        var ns = metadata is null ? null : reader.Text(NodeReader.Get(metadata, "namespace"), "metadata.namespace");
        if (metadata is null) reader.Error(doc, "'metadata' is required");
        if (!IsManagedByNetCfg(metadata)) reader.Error(metadata ?? (YamlNode)doc, $"not written by NetCfg: label {Conventions.ManagedBy.Key}: {Conventions.ManagedBy.Value} is missing");

        if (reader.Mapping(reader.Required(doc, "spec"), "spec") is not { } spec) return null;
        reader.Keys(spec, "podSelector", "policyTypes", "ingress", "egress");
        var podSelectorNode = reader.Required(spec, "podSelector");
        var podSelector = podSelectorNode is null ? null : SelectorReader.Read(reader, podSelectorNode, "podSelector");
        var types = reader.Items(NodeReader.Get(spec, "policyTypes"), "spec.policyTypes").Select(t => PolicyType(reader, t)).ToList();
        var ingress = reader.Items(NodeReader.Get(spec, "ingress"), "spec.ingress").Select(r => Rule(reader, r, "from")).ToList();
        var egress = reader.Items(NodeReader.Get(spec, "egress"), "spec.egress").Select(r => Rule(reader, r, "to")).ToList();
        if (reader.ErrorCount > before || podSelector is null) return null;

        // The API server's defaulting: no policyTypes means Ingress, plus Egress when there are egress rules.
        var explicitTypes = types.Count > 0;
        return new PolicyView(
            path,
            name!,
            ns,
            podSelector,
            explicitTypes ? types.Contains("Ingress") : true,
            explicitTypes ? types.Contains("Egress") : egress.Count > 0,
            ingress.ToEquatableArray(),
            egress.ToEquatableArray());
    }

    private static bool IsManagedByNetCfg(YamlMappingNode? metadata) =>
        metadata is not null
        && NodeReader.Get(metadata, "labels") is YamlMappingNode labels
        && NodeReader.Get(labels, Conventions.ManagedBy.Key) is YamlScalarNode { Value: var value }
        && value == Conventions.ManagedBy.Value;

    private static string? PolicyType(NodeReader reader, YamlNode node)
    {
        var text = reader.Text(node, "a policy type");
        if (text is not (null or "Ingress" or "Egress")) reader.Error(node, $"policy type '{text}' is not Ingress or Egress");
        return text;
    }

    // A null rule is an empty one: every peer, every port.
    private static Rule Rule(NodeReader reader, YamlNode node, string peersKey)
    {
        var rule = reader.Present(node) is null ? null : reader.Mapping(node, "a rule");
        if (rule is not null) reader.Keys(rule, peersKey, "ports");
        var peers = rule is null ? new List<Peer>() : reader.Items(NodeReader.Get(rule, peersKey), peersKey).Select(p => PeerReader.Read(reader, p)).OfType<Peer>().ToList();
        var ports = rule is null ? new List<PortSpec>() : reader.Items(NodeReader.Get(rule, "ports"), "ports").Select(p => PortReader.Read(reader, p)).ToList();
        return new Rule(peers.Distinct().ToEquatableArray(), ports.Distinct().ToEquatableArray());
    }
}
