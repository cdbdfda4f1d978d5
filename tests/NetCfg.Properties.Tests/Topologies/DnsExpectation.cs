using System;
using System.Globalization;

namespace NetCfg.Properties.Tests.Topologies;

/// <summary>
/// The DNS egress a topology's build properties promise, read from the property strings by this test (never by src/):
/// the README's table. A blank property is the default; the generators only write valid, consistent values.
/// </summary>
internal sealed record DnsExpectation(DnsExpectation.Modes Mode, string Namespace, LabelSpec PodLabel, int Port)
{
    public enum Modes
    {
        KubeDns,
        NodeLocal,
        None,
    }

    /// <summary>NodeLocal DNSCache's link-local address; it listens on port 53.</summary>
    public const string NodeLocalIp = "169.254.20.10";

    public const int NodeLocalPort = 53;

    public static DnsExpectation Of(Layout layout)
    {
        static string? Set(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        var dns = layout.Dns;
        var mode = Set(dns?.Mode)?.ToLowerInvariant() switch
        {
            "nodelocal" => Modes.NodeLocal,
            "none" => Modes.None,
            _ => Modes.KubeDns,
        };
        if (string.Equals(Set(layout.AllowDnsOption), "false", StringComparison.OrdinalIgnoreCase)) mode = Modes.None;
        var label = Set(dns?.PodLabel) is { } text ? new LabelSpec(text[..text.IndexOf('=', StringComparison.Ordinal)], text[(text.IndexOf('=', StringComparison.Ordinal) + 1)..]) : new LabelSpec("k8s-app", "kube-dns");
        var port = Set(dns?.Port) is { } number ? int.Parse(number, NumberStyles.None, CultureInfo.InvariantCulture) : 53;
        return new DnsExpectation(mode, Set(dns?.Namespace) ?? "kube-system", label, port);
    }
}
