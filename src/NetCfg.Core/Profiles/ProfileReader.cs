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

        YamlScalarNode? name = null;
        if (Mapping(Required(doc, "metadata", errors), "metadata", errors) is { } metadata)
        {
            Keys(metadata, errors, "name", "namespace", "labels", "annotations");
            name = Scalar(Required(metadata, "name", errors), "metadata.name", errors);
            NotAWord(name, "profile name", errors);
            if (name is not null && !KubernetesNames.IsDns1123Subdomain(name.Value ?? string.Empty))
            {
                Error(errors, name, $"profile name '{name.Value}' is not a DNS-1123 subdomain");
            }
        }

        var egress = new List<Rule>();
        var ingress = new List<Rule>();
        if (Mapping(Required(doc, "spec", errors), "spec", errors) is { } spec)
        {
            Keys(spec, errors, "egress", "ingress");
            if (Get(spec, "egress") is null && Get(spec, "ingress") is null) Error(errors, spec, "a profile needs spec.egress, spec.ingress or both");
            if (Get(spec, "egress") is { } egressNode && Sequence(egressNode, "spec.egress", errors) is { } egressList)
            {
                foreach (var rule in egressList) egress.Add(Rule(rule, "to", errors));
            }

            if (Get(spec, "ingress") is { } ingressNode && Sequence(ingressNode, "spec.ingress", errors) is { } ingressList)
            {
                foreach (var rule in ingressList) ingress.Add(Rule(rule, "from", errors));
            }
        }

        return errors.Count == before && name is not null
            ? new NetworkProfile(name.Value!, egress.ToEquatableArray(), ingress.ToEquatableArray(), (int)name.Start.Line, (int)name.Start.Column)
            : null;
    }

    private static Rule Rule(YamlNode node, string peersKey, List<ProfileError> errors)
    {
        var direction = peersKey == "to" ? "an egress rule" : "an ingress rule";
        var peers = new List<Peer>();
        var ports = new List<PortSpec>();
        if (Mapping(node, direction, errors) is not { } rule) return new Rule(default, default);
        Keys(rule, errors, peersKey, "ports");
        var list = Get(rule, peersKey);
        if (list is null || list is YamlSequenceNode { Children.Count: 0 })
        {
            Error(errors, rule, $"{direction} needs a non-empty '{peersKey}': without it the rule allows every {(peersKey == "to" ? "destination" : "source")}");
        }
        else if (Sequence(list, peersKey, errors) is { } items)
        {
            foreach (var peer in items) peers.Add(Peer(peer, errors));
        }

        if (Get(rule, "ports") is { } portsNode && Sequence(portsNode, "ports", errors) is { } portList)
        {
            foreach (var port in portList)
            {
                var spec = Port(port, errors);
                if (spec.Name is not null && peersKey == "to" && peers.Any(p => p.IpBlock is not null))
                {
                    Error(errors, port, $"named port '{spec.Name}' cannot match an ipBlock destination: a named port is looked up on the destination pod");
                }

                ports.Add(spec);
            }
        }

        return new Rule(peers.ToEquatableArray(), ports.ToEquatableArray());
    }

    private static Peer Peer(YamlNode node, List<ProfileError> errors)
    {
        if (Mapping(node, "a peer", errors) is not { } peer) return new Peer(null, null, null);
        Keys(peer, errors, "ipBlock", "namespaceSelector", "podSelector");
        if (peer.Children.Count == 0) Error(errors, peer, "a peer must set ipBlock, namespaceSelector or podSelector");
        var ipBlock = Get(peer, "ipBlock");
        if (ipBlock is not null && peer.Children.Count > 1) Error(errors, peer, "ipBlock may not be combined with a selector in one peer");
        return new Peer(
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
        Keys(selector, errors, "matchLabels", "matchExpressions");
        var labels = new List<Label>();
        if (Get(selector, "matchLabels") is { } labelsNode && Mapping(labelsNode, "matchLabels", errors) is { } labelMap)
        {
            foreach (var pair in labelMap.Children)
            {
                var key = (pair.Key as YamlScalarNode)?.Value ?? string.Empty;
                var valueNode = Scalar(pair.Value, "a label value", errors);
                var value = valueNode?.Value ?? string.Empty;
                NotAWord(pair.Key as YamlScalarNode, "label key", errors);
                NotAWord(valueNode, "label value", errors);
                if (KubernetesNames.LabelKeyError(key) is { } keyError) Error(errors, pair.Key, $"label key '{key}': {keyError}");
                if (KubernetesNames.LabelValueError(value) is { } valueError) Error(errors, pair.Value, $"label value '{value}': {valueError}");
                labels.Add(new Label(key, value));
            }
        }

        var expressions = new List<Requirement>();
        if (Get(selector, "matchExpressions") is { } expressionsNode && Sequence(expressionsNode, "matchExpressions", errors) is { } expressionList)
        {
            foreach (var item in expressionList)
            {
                if (Requirement(item, errors) is { } requirement) expressions.Add(requirement);
            }
        }

        if (labels.Count == 0 && expressions.Count == 0)
        {
            Error(errors, selector, $"an empty {what} selects everything; name the labels in matchLabels or matchExpressions");
            return null;
        }

        return new Selector(
            labels.OrderBy(l => l.Key, System.StringComparer.Ordinal).ToEquatableArray(),
            expressions.Distinct().OrderBy(r => r.Key, System.StringComparer.Ordinal).ThenBy(r => r.Operator).ThenBy(r => string.Join(",", r.Values), System.StringComparer.Ordinal).ToEquatableArray());
    }

    private static Requirement? Requirement(YamlNode node, List<ProfileError> errors)
    {
        if (Mapping(node, "a match expression", errors) is not { } map) return null;
        Keys(map, errors, "key", "operator", "values");
        var key = Scalar(Required(map, "key", errors), "key", errors);
        var op = Scalar(Required(map, "operator", errors), "operator", errors);
        var values = new List<string>();
        if (Get(map, "values") is { } valuesNode && Sequence(valuesNode, "values", errors) is { } list)
        {
            foreach (var item in list)
            {
                if (Scalar(item, "a value", errors) is not { } scalar) continue;
                NotAWord(scalar, "value", errors);
                if (KubernetesNames.LabelValueError(scalar.Value ?? string.Empty) is { } valueError) Error(errors, scalar, $"value '{scalar.Value}': {valueError}");
                values.Add(scalar.Value ?? string.Empty);
            }
        }

        if (key is null || op is null) return null;
        if (KubernetesNames.LabelKeyError(key.Value ?? string.Empty) is { } keyError) Error(errors, key, $"key '{key.Value}': {keyError}");
        LabelOperator? parsed = op.Value switch
        {
            "In" => LabelOperator.In,
            "NotIn" => LabelOperator.NotIn,
            "Exists" => LabelOperator.Exists,
            "DoesNotExist" => LabelOperator.DoesNotExist,
            _ => Error<LabelOperator?>(errors, op, $"operator '{op.Value}' must be In, NotIn, Exists or DoesNotExist", null),
        };
        if (parsed is LabelOperator.In or LabelOperator.NotIn && values.Count == 0) Error(errors, map, $"operator {parsed} needs at least one value");
        if (parsed is LabelOperator.Exists or LabelOperator.DoesNotExist && values.Count > 0) Error(errors, map, $"operator {parsed} takes no values");
        return parsed is { } value ? new Requirement(key.Value ?? string.Empty, value, values.Distinct().OrderBy(v => v, System.StringComparer.Ordinal).ToEquatableArray()) : null;
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

        if (Get(port, "port") is { } portNode && Scalar(portNode, "port", errors) is { } portScalar && IsName(portScalar))
        {
            if (portScalar.Style is ScalarStyle.Plain && Yaml11Words.Contains(portScalar.Value!)) Error(errors, portScalar, $"port '{portScalar.Value}' is a boolean to YAML 1.1 readers (null to any reader); quote it if it is a port name");
            else if (!KubernetesNames.IsPortName(portScalar.Value!)) Error(errors, portScalar, $"port name '{portScalar.Value}' is not valid ({KubernetesNames.PortNameRule})");
            if (Get(port, "endPort") is not null) Error(errors, port, "endPort cannot be used with a named port");
            return spec with { Name = portScalar.Value };
        }

        spec = spec with { Port = Number(port, "port", errors), EndPort = Number(port, "endPort", errors) };
        if (Ports.Error(spec.Port, spec.EndPort) is { } portError) Error(errors, port, portError);
        return spec;
    }

    // A scalar that starts with a letter, quoted or not, is a port name; anything else must be a plain number.
    private static bool IsName(YamlScalarNode scalar) =>
        scalar.Value is { Length: > 0 } value && value[0] is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    // Plain words that YAML 1.1 readers (Kubernetes' own) take for booleans or null, never for a port name.
    private static readonly HashSet<string> Yaml11Words = new(System.StringComparer.OrdinalIgnoreCase) { "y", "yes", "n", "no", "true", "false", "on", "off", "null", "~" };

    // A text field written as a plain YAML 1.1 boolean or null: Kubernetes' readers would not see the text.
    private static void NotAWord(YamlScalarNode? scalar, string what, List<ProfileError> errors)
    {
        if (scalar is { Style: ScalarStyle.Plain, Value: { } value } && Yaml11Words.Contains(value))
        {
            Error(errors, scalar, $"{what} '{value}' is a boolean or null to YAML 1.1 readers (Kubernetes' own); quote it");
        }
    }

    private static int? Number(YamlMappingNode map, string key, List<ProfileError> errors)
    {
        if (Get(map, key) is not { } node || Scalar(node, key, errors) is not { } scalar) return null;
        if (scalar.Style is ScalarStyle.Plain
            && int.TryParse(scalar.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Error(errors, scalar, $"{key} must be a number from 1 to 65535{(key == "port" ? " or a port name" : string.Empty)}");
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
