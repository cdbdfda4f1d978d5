using System;
using System.Collections.Generic;
using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Validation;
using YamlDotNet.RepresentationModel;

namespace NetCfg.Core.Yaml;

/// <summary>Reads one from/to item: an ipBlock alone, or a namespaceSelector and/or podSelector.</summary>
internal static class PeerReader
{
    /// <summary>The peer, or null when it is not a mapping; any other mistake is reported and leaves its part null.</summary>
    public static Peer? Read(NodeReader reader, YamlNode node)
    {
        if (reader.Mapping(node, "a peer") is not { } peer) return null;
        reader.Keys(peer, "ipBlock", "namespaceSelector", "podSelector");
        var ipBlock = NodeReader.Get(peer, "ipBlock");
        var ns = NodeReader.Get(peer, "namespaceSelector");
        var pod = NodeReader.Get(peer, "podSelector");

        // Strict reading has reported every other key already, so it counts them all; tolerant reading only the peer's own.
        var given = reader.Mode.UnknownKeysAreErrors ? peer.Children.Count : new[] { ipBlock, ns, pod }.Count(n => n is not null);
        if (given == 0) reader.Error(peer, "a peer must set ipBlock, namespaceSelector or podSelector");
        if (ipBlock is not null && given > 1) reader.Error(peer, "ipBlock may not be combined with a selector in one peer");
        return new Peer(
            ipBlock is null ? null : IpBlock(reader, ipBlock),
            ns is null ? null : SelectorReader.Read(reader, ns, "namespaceSelector"),
            pod is null ? null : SelectorReader.Read(reader, pod, "podSelector"));
    }

    private static IpBlock? IpBlock(NodeReader reader, YamlNode node)
    {
        if (reader.Mapping(node, "ipBlock") is not { } block) return null;
        reader.Keys(block, "cidr", "except");
        if (reader.Scalar(reader.Required(block, "cidr"), "cidr") is not { } cidrNode) return null;
        var cidr = cidrNode.Value ?? string.Empty;
        if (Cidrs.TryParse(cidr, out var network) is { } cidrError)
        {
            reader.Error(cidrNode, cidrError);
            return null;
        }

        var excepts = new List<string>();
        foreach (var item in reader.Items(NodeReader.Get(block, "except"), "except"))
        {
            if (reader.Scalar(item, "an except entry") is not { } scalar) continue;
            var text = scalar.Value ?? string.Empty;
            if (Cidrs.TryParse(text, out var inner) is { } error) reader.Error(scalar, error);
            else if (!network.Contains(inner) || inner.Prefix <= network.Prefix) reader.Error(scalar, $"except '{text}' must be strictly inside cidr '{cidr}'");
            else excepts.Add(text);
        }

        return new IpBlock(cidr, excepts.Distinct().OrderBy(e => e, StringComparer.Ordinal).ToEquatableArray());
    }
}
