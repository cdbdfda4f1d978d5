using System.Collections.Generic;
using NetCfg.Core.Model;

namespace NetCfg.Core.Translation;

/// <summary>The DNS egress every component gets: the cluster DNS pods only, never "53 to anywhere".</summary>
internal static class DnsRules
{
    public static IReadOnlyList<Rule> For(TranslationOptions options)
    {
        if (options.Dns == DnsMode.None) return new Rule[0];
        var rules = new List<Rule>
        {
            new(
                new[]
                {
                    new Peer(
                        null,
                        new Selector(new[] { new Label(NamespaceNameLabel, options.DnsNamespace) }.ToEquatableArray()),
                        new Selector(new[] { options.DnsPodLabel }.ToEquatableArray())),
                }.ToEquatableArray(),
                Both(options.DnsPort)),
        };
        if (options.Dns == DnsMode.NodeLocal)
        {
            rules.Add(new Rule(new[] { new Peer(new IpBlock(TranslationOptions.NodeLocalDnsCidr, default), null, null) }.ToEquatableArray(), Both(53)));
        }

        return rules;
    }

    /// <summary>The label every namespace carries with its name (immutable, since Kubernetes 1.22).</summary>
    public const string NamespaceNameLabel = "kubernetes.io/metadata.name";

    private static EquatableArray<PortSpec> Both(int port) => new[] { new PortSpec(Protocol.Tcp, port, null), new PortSpec(Protocol.Udp, port, null) }.ToEquatableArray();
}
