using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using NetCfg.TestKit;

namespace NetCfg.Properties.Tests.Topologies;

/// <summary>Writes profiles as NetworkProfile YAML in the platform guide's format: spec.egress and spec.ingress.</summary>
internal static class ProfileWriter
{
    public static string File(IEnumerable<ProfileSpec> profiles)
    {
        var documents = profiles.Select(Profile).ToList();
        return documents.Count == 0 ? "# no profiles in this file\n" : string.Join("---\n", documents);
    }

    private static string Profile(ProfileSpec profile)
    {
        var text = new StringBuilder();
        text.Append(ProfileYaml.Head(SourceWriter.YamlQuoted(profile.Name)));
        Rules(text, "egress", "to", profile.Rules);
        Rules(text, "ingress", "from", profile.IngressRules);
        return text.ToString();
    }

    private static void Rules(StringBuilder text, string direction, string peers, IReadOnlyList<ProfileRuleSpec> rules)
    {
        if (rules.Count == 0) return;
        text.Append("  ").Append(direction).Append(":\n");
        foreach (var rule in rules)
        {
            text.Append("    - ").Append(peers).Append(":\n");
            foreach (var peer in rule.Peers) Peer(text, peer);
            if (rule.Ports.Count == 0) continue;
            text.Append("      ports:\n");
            foreach (var port in rule.Ports)
            {
                var lines = new List<string>();
                if (port.Protocol is { } protocol) lines.Add("protocol: " + protocol.ToString().ToUpperInvariant());
                if (port.Name is { } name) lines.Add("port: " + name);
                if (port.Port is { } p) lines.Add("port: " + p.ToString(CultureInfo.InvariantCulture));
                if (port.EndPort is { } e) lines.Add("endPort: " + e.ToString(CultureInfo.InvariantCulture));
                text.Append("        - ").Append(lines.Count == 0 ? "{}" : string.Join("\n          ", lines)).Append('\n');
            }
        }
    }

    private static void Peer(StringBuilder text, PeerSpec peer)
    {
        switch (peer)
        {
            case IpBlockPeer block:
                text.Append("        - ipBlock:\n            cidr: ").Append(block.Cidr).Append('\n');
                if (block.Except.Count > 0)
                {
                    text.Append("            except:\n");
                    foreach (var except in block.Except) text.Append("              - ").Append(except).Append('\n');
                }

                break;
            case SelectorPeer selector:
                var first = true;
                foreach (var (key, labels, expressions) in new[] { ("namespaceSelector", selector.NamespaceLabels, selector.NamespaceExpressions), ("podSelector", selector.PodLabels, selector.PodExpressions) })
                {
                    if (labels is null && expressions is null) continue;
                    text.Append(first ? "        - " : "          ").Append(key).Append(":\n");
                    if (labels is not null)
                    {
                        text.Append("            matchLabels:\n");
                        foreach (var label in labels) text.Append("              ").Append(label.Key).Append(": \"").Append(label.Value).Append("\"\n");
                    }

                    if (expressions is not null)
                    {
                        text.Append("            matchExpressions:\n");
                        foreach (var e in expressions)
                        {
                            text.Append("              - key: ").Append(e.Key).Append("\n                operator: ").Append(e.Operator).Append('\n');
                            if (e.Values.Count > 0) text.Append("                values: [").Append(string.Join(", ", e.Values.Select(v => "\"" + v + "\""))).Append("]\n");
                        }
                    }

                    first = false;
                }

                break;
        }
    }
}
