using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Validation;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NetCfg.Core.Profiles;

/// <summary>Maps one loaded YAML document onto a <see cref="NetworkProfile"/>, strictly: unknown keys are errors.</summary>
internal static class ProfileReader
{
    public static NetworkProfile? Read(YamlNode root, List<ProfileError> errors)
    {
        var before = errors.Count;
        if (root is YamlScalarNode { Value: null or "" }) return null; // an empty document
        var doc = Mapping(root, "a profile document", errors);
        if (doc is null) return null;
        Keys(doc, errors, "apiVersion", "kind", "metadata", "spec");
        Expect(doc, "apiVersion", ProfileParser.ApiVersion, errors);
        Expect(doc, "kind", ProfileParser.Kind, errors);

        string? name = null;
        if (Mapping(Required(doc, "metadata", errors), "metadata", errors) is { } metadata)
        {
            Keys(metadata, errors, "name", "namespace", "labels", "annotations");
            if (Scalar(Required(metadata, "name", errors), "metadata.name", errors) is { } nameNode)
            {
                name = nameNode.Value ?? string.Empty;
                if (!KubernetesNames.IsDns1123Subdomain(name)) Error(errors, nameNode, $"profile name '{name}' is not a DNS-1123 subdomain");
            }
        }

        var rules = new List<ProfileRule>();
        if (Mapping(Required(doc, "spec", errors), "spec", errors) is { } spec)
        {
            Keys(spec, errors, "egress");
            if (Sequence(Required(spec, "egress", errors), "spec.egress", errors) is { } egress)
            {
                foreach (var rule in egress) rules.Add(Rule(rule, errors));
            }
        }

        return errors.Count == before && name is not null
            ? new NetworkProfile(name, rules.ToEquatableArray(), (int)root.Start.Line, (int)root.Start.Column)
            : null;
    }

    private static ProfileRule Rule(YamlNode node, List<ProfileError> errors)
    {
        var peers = new List<ProfilePeer>();
        var ports = new List<PortSpec>();
        if (Mapping(node, "an egress rule", errors) is not { } rule) return new ProfileRule(default, default);
        Keys(rule, errors, "to", "ports");
        var to = Get(rule, "to");
        if (to is null || to is YamlSequenceNode { Children.Count: 0 })
        {
            Error(errors, rule, "an egress rule needs a non-empty 'to': without it the rule allows every destination");
        }
        else if (Sequence(to, "to", errors) is { } list)
        {
            foreach (var peer in list) peers.Add(Peer(peer, errors));
        }

        if (Get(rule, "ports") is { } portsNode && Sequence(portsNode, "ports", errors) is { } portList)
        {
            foreach (var port in portList) ports.Add(Port(port, errors));
        }

        return new ProfileRule(peers.ToEquatableArray(), ports.ToEquatableArray());
    }

    private static ProfilePeer Peer(YamlNode node, List<ProfileError> errors)
    {
        if (Mapping(node, "a peer", errors) is not { } peer) return new ProfilePeer(null, null, null);
        Keys(peer, errors, "ipBlock", "namespaceSelector", "podSelector");
        if (peer.Children.Count == 0) Error(errors, peer, "a peer must set ipBlock, namespaceSelector or podSelector");
        var ipBlock = Get(peer, "ipBlock");
        if (ipBlock is not null && peer.Children.Count > 1) Error(errors, peer, "ipBlock may not be combined with a selector in one peer");
        return new ProfilePeer(
            ipBlock is null ? null : IpBlock(ipBlock, errors),
            Get(peer, "namespaceSelector") is { } ns ? Selector(ns, "namespaceSelector", errors) : null,
            Get(peer, "podSelector") is { } pod ? Selector(pod, "podSelector", errors) : null);
    }

    private static IpBlock? IpBlock(YamlNode node, List<ProfileError> errors)
    {
        if (Mapping(node, "ipBlock", errors) is not { } block) return null;
        Keys(block, errors, "cidr", "except");
        if (Scalar(Required(block, "cidr", errors), "cidr", errors) is not { } cidrNode) return null;
        var cidr = cidrNode.Value ?? string.Empty;
        if (Cidrs.TryParse(cidr, out var network) is { } cidrError)
        {
            Error(errors, cidrNode, cidrError);
            return null;
        }

        var excepts = new List<string>();
        if (Get(block, "except") is { } exceptNode && Sequence(exceptNode, "except", errors) is { } list)
        {
            foreach (var item in list)
            {
                if (Scalar(item, "an except entry", errors) is not { } scalar) continue;
                var text = scalar.Value ?? string.Empty;
                if (Cidrs.TryParse(text, out var inner) is { } error) Error(errors, scalar, error);
                else if (!network.Contains(inner) || inner.Prefix <= network.Prefix) Error(errors, scalar, $"except '{text}' must be strictly inside cidr '{cidr}'");
                else excepts.Add(text);
            }
        }

        return new IpBlock(cidr, excepts.Distinct().OrderBy(e => e, System.StringComparer.Ordinal).ToEquatableArray());
    }

    private static Selector? Selector(YamlNode node, string what, List<ProfileError> errors)
    {
        if (Mapping(node, what, errors) is not { } selector) return null;
        Keys(selector, errors, "matchLabels");
        if (Get(selector, "matchLabels") is not { } labelsNode || Mapping(labelsNode, "matchLabels", errors) is not { Children.Count: > 0 } labels)
        {
            Error(errors, selector, $"an empty {what} selects everything; name the labels in matchLabels");
            return null;
        }

        var result = new List<Label>();
        foreach (var pair in labels.Children)
        {
            var key = (pair.Key as YamlScalarNode)?.Value ?? string.Empty;
            var value = Scalar(pair.Value, "a label value", errors)?.Value ?? string.Empty;
            if (KubernetesNames.LabelKeyError(key) is { } keyError) Error(errors, pair.Key, $"label key '{key}': {keyError}");
            if (KubernetesNames.LabelValueError(value) is { } valueError) Error(errors, pair.Value, $"label value '{value}': {valueError}");
            result.Add(new Label(key, value));
        }

        return new Selector(result.OrderBy(l => l.Key, System.StringComparer.Ordinal).ToEquatableArray());
    }

    private static PortSpec Port(YamlNode node, List<ProfileError> errors)
    {
        var spec = new PortSpec(Protocol.Tcp, null, null);
        if (Mapping(node, "a port entry", errors) is not { } port) return spec;
        Keys(port, errors, "protocol", "port", "endPort");
        if (Get(port, "protocol") is { } protocolNode && Scalar(protocolNode, "protocol", errors) is { } protocol)
        {
            spec = protocol.Value switch
            {
                "TCP" => spec,
                "UDP" => spec with { Protocol = Protocol.Udp },
                "SCTP" => spec with { Protocol = Protocol.Sctp },
                _ => Error(errors, protocol, $"protocol '{protocol.Value}' must be TCP, UDP or SCTP", spec),
            };
        }

        spec = spec with { Port = Number(port, "port", errors), EndPort = Number(port, "endPort", errors) };
        if (Ports.Error(spec.Port, spec.EndPort) is { } portError) Error(errors, port, portError);
        return spec;
    }

    private static int? Number(YamlMappingNode map, string key, List<ProfileError> errors)
    {
        if (Get(map, key) is not { } node || Scalar(node, key, errors) is not { } scalar) return null;
        if (scalar.Style is ScalarStyle.Plain
            && int.TryParse(scalar.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Error(errors, scalar, $"{key} must be a number from 1 to 65535 (named ports are not supported in profiles)");
        return null;
    }

    private static YamlNode? Get(YamlMappingNode map, string key) =>
        map.Children.FirstOrDefault(p => p.Key is YamlScalarNode s && s.Value == key).Value;

    private static YamlNode? Required(YamlMappingNode map, string key, List<ProfileError> errors)
    {
        var node = Get(map, key);
        if (node is null) Error(errors, map, $"'{key}' is required");
        return node;
    }

    private static void Expect(YamlMappingNode map, string key, string expected, List<ProfileError> errors)
    {
        if (Scalar(Required(map, key, errors), key, errors) is { } scalar && scalar.Value != expected)
        {
            Error(errors, scalar, $"{key} must be '{expected}', not '{scalar.Value}'");
        }
    }

    private static void Keys(YamlMappingNode map, List<ProfileError> errors, params string[] allowed)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value;
            if (name is null || !allowed.Contains(name))
            {
                Error(errors, key, $"unknown key '{name}' (expected {string.Join(", ", allowed)})");
            }
        }
    }

    private static YamlMappingNode? Mapping(YamlNode? node, string what, List<ProfileError> errors) =>
        node is null ? null : node as YamlMappingNode ?? Error<YamlMappingNode?>(errors, node, $"{what} must be a mapping", null);

    private static YamlSequenceNode? Sequence(YamlNode? node, string what, List<ProfileError> errors) =>
        node is null ? null : node as YamlSequenceNode ?? Error<YamlSequenceNode?>(errors, node, $"{what} must be a list", null);

    private static YamlScalarNode? Scalar(YamlNode? node, string what, List<ProfileError> errors) =>
        node is null ? null : node as YamlScalarNode ?? Error<YamlScalarNode?>(errors, node, $"{what} must be a single value", null);

    private static void Error(List<ProfileError> errors, YamlNode node, string message) =>
        errors.Add(new ProfileError(message, (int)node.Start.Line, (int)node.Start.Column));

    private static T Error<T>(List<ProfileError> errors, YamlNode node, string message, T result)
    {
        Error(errors, node, message);
        return result;
    }
}
