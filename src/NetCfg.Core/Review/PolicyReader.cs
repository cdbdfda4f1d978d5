using System.Collections.Generic;
using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Translation;
using YamlDotNet.RepresentationModel;

namespace NetCfg.Core.Review;

/// <summary>Reads one NetworkPolicy document written by NetCfg into a <see cref="PolicyView"/>; unknown spec keys are errors.</summary>
internal static class PolicyReader
{
    public const string ApiVersion = "networking.k8s.io/v1";
    public const string Kind = "NetworkPolicy";

    public static PolicyView? Read(string path, YamlNode root, List<string> errors)
    {
        var reader = new NodeReader(path, errors);
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
        var name = metadata is null ? null : reader.Text(NodeReader.Get(metadata, "name"), "metadata.name");
        var ns = metadata is null ? null : reader.Text(NodeReader.Get(metadata, "namespace"), "metadata.namespace");
        if (name is null) reader.Error(metadata ?? (YamlNode)doc, "metadata.name is required");
        if (!IsManagedByNetCfg(metadata)) reader.Error(metadata ?? (YamlNode)doc, $"not written by NetCfg: label {ManifestRenderer.ManagedBy.Key}: {ManifestRenderer.ManagedBy.Value} is missing");

        if (reader.Mapping(NodeReader.Get(doc, "spec"), "spec") is not { } spec)
        {
            reader.Error(doc, "spec is required");
            return null;
        }

        reader.Keys(spec, "spec", "podSelector", "policyTypes", "ingress", "egress");
        var podSelectorNode = NodeReader.Get(spec, "podSelector");
        if (podSelectorNode is null) reader.Error(spec, "spec.podSelector is required");
        var podSelector = podSelectorNode is null ? null : SelectorReader.Read(reader, podSelectorNode, "spec.podSelector");
        var types = reader.Sequence(NodeReader.Get(spec, "policyTypes"), "spec.policyTypes").Select(t => PolicyType(reader, t)).ToList();
        var ingress = reader.Sequence(NodeReader.Get(spec, "ingress"), "spec.ingress").Select(r => Rule(reader, r, "from")).ToList();
        var egress = reader.Sequence(NodeReader.Get(spec, "egress"), "spec.egress").Select(r => Rule(reader, r, "to")).ToList();
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
            ingress.Select(r => r!).ToEquatableArray(),
            egress.Select(r => r!).ToEquatableArray());
    }

    private static bool IsManagedByNetCfg(YamlMappingNode? metadata) =>
        metadata is not null
        && NodeReader.Get(metadata, "labels") is YamlMappingNode labels
        && NodeReader.Get(labels, ManifestRenderer.ManagedBy.Key) is YamlScalarNode { Value: var value }
        && value == ManifestRenderer.ManagedBy.Value;

    private static string? PolicyType(NodeReader reader, YamlNode node)
    {
        var text = reader.Text(node, "a policy type");
        if (text is not (null or "Ingress" or "Egress")) reader.Error(node, $"policy type '{text}' is not Ingress or Egress");
        return text;
    }

    private static Rule? Rule(NodeReader reader, YamlNode node, string peersKey)
    {
        if (NodeReader.IsNull(node)) return new Rule(EquatableArray<Peer>.Empty, EquatableArray<PortSpec>.Empty);
        if (reader.Mapping(node, "a rule") is not { } rule) return null;
        reader.Keys(rule, "a rule", peersKey, "ports");
        var peers = reader.Sequence(NodeReader.Get(rule, peersKey), peersKey).Select(p => PeerReader.Read(reader, p)).ToList();
        var ports = reader.Sequence(NodeReader.Get(rule, "ports"), "ports").Select(p => PortReader.Read(reader, p)).ToList();
        return peers.Any(p => p is null) || ports.Any(p => p is null)
            ? null
            : new Rule(peers.Select(p => p!).Distinct().ToEquatableArray(), ports.Select(p => p!).Distinct().ToEquatableArray());
    }
}
