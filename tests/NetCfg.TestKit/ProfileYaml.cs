using System.Text;

namespace NetCfg.TestKit;

/// <summary>The tests' one NetworkProfile YAML builder. Every document starts with <see cref="Head"/>, so spec's keys start on line 6.</summary>
public static class ProfileYaml
{
    /// <summary>apiVersion, kind and metadata.name, then "spec:"; the caller writes spec's keys, indented by two.</summary>
    public static string Head(string name) =>
        $"apiVersion: networking.tcs.trifork.com/v1alpha1\nkind: NetworkProfile\nmetadata:\n  name: {name}\nspec:\n";

    /// <summary>One egress rule to an ipBlock (cidr on line 9), with an optional except list and one optional port.</summary>
    public static string ToIpBlock(string name, string cidr, int? port = null, string? protocol = null, string? except = null)
    {
        var text = new StringBuilder(Head(name))
            .Append("  egress:\n    - to:\n        - ipBlock:\n            cidr: ").Append(cidr).Append('\n');
        if (except is not null) text.Append("            except: [").Append(except).Append("]\n");
        if (port is null && protocol is null) return text.ToString();
        text.Append("      ports:\n");
        if (protocol is not null) text.Append("        - protocol: ").Append(protocol).Append("\n          port: ").Append(port).Append('\n');
        else text.Append("        - port: ").Append(port).Append('\n');
        return text.ToString();
    }

    /// <summary>A valid profile: UDP port 53 at 1.1.1.1/32.</summary>
    public static string Dns(string name) => ToIpBlock(name, "1.1.1.1/32", 53, "UDP");

    /// <summary>One egress rule (line 7) written in flow style: <c>to: [peer]</c> and, when given, <c>ports: [port]</c>.</summary>
    public static string Egress(string name, string peer, string? port = null) =>
        Head(name) + "  egress:\n    - to: [" + peer + "]\n" + (port is null ? string.Empty : "      ports: [" + port + "]\n");
}
