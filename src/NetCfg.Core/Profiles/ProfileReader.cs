using System.Collections.Generic;
using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Validation;
using NetCfg.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace NetCfg.Core.Profiles;

/// <summary>Maps one loaded YAML document onto a <see cref="NetworkProfile"/>, strictly: unknown keys are errors.</summary>
internal static class ProfileReader
{
    public static NetworkProfile? Read(NodeReader reader, YamlNode root)
    {
        var before = reader.ErrorCount;
        if (NodeReader.IsNull(root)) return null; // an empty document, or one that is only a null
        var doc = reader.Mapping(root, "a profile document");
        if (doc is null) return null;
        // Another kind (the CRD, a ConfigMap, a workload) shares the file: skip it. A misspelled kind is simply not found.
        if (NodeReader.Get(doc, "kind") is YamlScalarNode { Value: { } kind } && kind != ProfileParser.Kind) return null;
        reader.Keys(doc, "apiVersion", "kind", "metadata", "spec");
        Expect(reader, doc, "apiVersion", Conventions.ApiVersion);
        Expect(reader, doc, "kind", ProfileParser.Kind);

        YamlScalarNode? name = null;
        if (reader.Mapping(reader.Required(doc, "metadata"), "metadata") is { } metadata)
        {
            reader.Keys(metadata, "name", "namespace", "labels", "annotations");
            name = reader.Scalar(reader.Required(metadata, "name"), "metadata.name");
            reader.NotAWord(name, "profile name");
            if (name is { Value: { } value } && !KubernetesNames.IsDns1123Subdomain(value))
            {
                reader.Error(name, $"profile name '{value}' is not a DNS-1123 subdomain");
            }
        }

        var egress = new List<Rule>();
        var ingress = new List<Rule>();
        if (reader.Mapping(reader.Required(doc, "spec"), "spec") is { } spec)
        {
            reader.Keys(spec, "egress", "ingress");
            if (NodeReader.Get(spec, "egress") is null && NodeReader.Get(spec, "ingress") is null) reader.Error(spec, "a profile needs spec.egress, spec.ingress or both");
            egress.AddRange(reader.Items(NodeReader.Get(spec, "egress"), "spec.egress").Select(rule => Rule(reader, rule, "to")));
            ingress.AddRange(reader.Items(NodeReader.Get(spec, "ingress"), "spec.ingress").Select(rule => Rule(reader, rule, "from")));
        }

        // Stryker disable once Logical : ProfileParser drops every profile of a file with an error, so one read with errors never leaves it
        return reader.ErrorCount == before && name is not null
            ? new NetworkProfile(name.Value!, egress.ToEquatableArray(), ingress.ToEquatableArray(), (int)name.Start.Line, (int)name.Start.Column)
            : null;
    }

    private static Rule Rule(NodeReader reader, YamlNode node, string peersKey)
    {
        var direction = peersKey == "to" ? "an egress rule" : "an ingress rule";
        var peers = new List<Peer>();
        var ports = new List<PortSpec>();
        if (reader.Mapping(node, direction) is not { } rule) return new Rule(default, default);
        reader.Keys(rule, peersKey, "ports");
        var list = NodeReader.Get(rule, peersKey);
        if (list is null || list is YamlSequenceNode { Children.Count: 0 })
        {
            reader.Error(rule, $"{direction} needs a non-empty '{peersKey}': without it the rule allows every {(peersKey == "to" ? "destination" : "source")}");
        }
        else
        {
            peers.AddRange(reader.Items(list, peersKey).Select(peer => PeerReader.Read(reader, peer) ?? new Peer(null, null, null)));
        }

        foreach (var port in reader.Items(NodeReader.Get(rule, "ports"), "ports"))
        {
            var spec = PortReader.Read(reader, port);
            if (spec.Name is not null && peersKey == "to" && peers.Any(p => p.IpBlock is not null))
            {
                reader.Error(port, $"named port '{spec.Name}' cannot match an ipBlock destination: a named port is looked up on the destination pod");
            }

            ports.Add(spec);
        }

        return new Rule(peers.ToEquatableArray(), ports.ToEquatableArray());
    }

    private static void Expect(NodeReader reader, YamlMappingNode map, string key, string expected)
    {
        if (reader.Scalar(reader.Required(map, key), key) is { } scalar && scalar.Value != expected)
        {
            reader.Error(scalar, $"{key} must be '{expected}', not '{scalar.Value}'");
        }
    }
}
