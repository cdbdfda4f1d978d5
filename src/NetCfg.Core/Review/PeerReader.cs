using System;
using System.Collections.Generic;
using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Validation;
using YamlDotNet.RepresentationModel;

namespace NetCfg.Core.Review;

/// <summary>Reads one from/to item: an ipBlock alone, or a namespaceSelector and/or podSelector.</summary>
internal static class PeerReader
{
    public static Peer? Read(NodeReader reader, YamlNode node)
    {
        if (reader.Mapping(node, "a peer") is not { } peer) return null;
        reader.Keys(peer, "a peer", "ipBlock", "namespaceSelector", "podSelector");
        var block = NodeReader.Get(peer, "ipBlock");
        var ns = NodeReader.Get(peer, "namespaceSelector");
        var pod = NodeReader.Get(peer, "podSelector");
        if (block is null && ns is null && pod is null)
        {
            reader.Error(peer, "a peer must set ipBlock, namespaceSelector or podSelector");
            return null;
        }

        if (block is not null)
        {
            if (ns is not null || pod is not null) reader.Error(peer, "ipBlock may not be combined with a selector in one peer");
            return IpBlock(reader, block) is { } ipBlock && ns is null && pod is null ? new Peer(ipBlock, null, null) : null;
        }

        var nsSelector = ns is null ? null : SelectorReader.Read(reader, ns, "namespaceSelector");
        var podSelector = pod is null ? null : SelectorReader.Read(reader, pod, "podSelector");
        return (ns is not null && nsSelector is null) || (pod is not null && podSelector is null) ? null : new Peer(null, nsSelector, podSelector);
    }

    private static IpBlock? IpBlock(NodeReader reader, YamlNode node)
    {
        if (reader.Mapping(node, "ipBlock") is not { } block) return null;
        reader.Keys(block, "ipBlock", "cidr", "except");
        var before = reader.ErrorCount;
        var cidrNode = NodeReader.Get(block, "cidr");
        var cidr = reader.Text(cidrNode, "cidr");
        if (cidr is null)
        {
            reader.Error(block, "ipBlock.cidr is required");
            return null;
        }

        if (Cidrs.TryParse(cidr, out var network) is { } cidrError)
        {
            reader.Error(cidrNode!, cidrError);
            return null;
        }

        var excepts = new List<string>();
        foreach (var item in reader.Sequence(NodeReader.Get(block, "except"), "except"))
        {
            if (reader.Text(item, "an except entry") is not { } text) continue;
            if (Cidrs.TryParse(text, out var inner) is { } error) reader.Error(item, error);
            else if (!network.Contains(inner) || inner.Prefix <= network.Prefix) reader.Error(item, $"except '{text}' must be strictly inside cidr '{cidr}'");
            else excepts.Add(text);
        }

        return reader.ErrorCount > before ? null : new IpBlock(cidr, excepts.Distinct().OrderBy(e => e, StringComparer.Ordinal).ToEquatableArray());
    }
}
