using System;
using System.Globalization;
using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Review.Evaluation;
using NetCfg.Core.Validation;

namespace NetCfg.Core.Review.Explanation;

/// <summary>
/// One end of a probe: a component by name, an address (ip:203.0.113.7), or a pod elsewhere
/// (pod:NAMESPACE/k=v,k2=v2, or pod:NAMESPACE[team=ops]/k=v when its namespace carries more labels than its name).
/// </summary>
public sealed record ProbeEnd(string? Component, string? Address, string? Namespace, EquatableArray<Label> Labels)
{
    public const string Syntax = "a component name, ip:ADDRESS, or pod:NAMESPACE[NSKEY=VALUE,...]/KEY=VALUE[,KEY=VALUE...] (the [namespace labels] are optional)";

    /// <summary>The labels of a pod end's namespace besides its name label (kubernetes.io/metadata.name), by key.</summary>
    public EquatableArray<Label> NamespaceLabels { get; init; }

    public override string ToString() =>
        Component ?? (Address is { } ip ? "ip:" + ip : "pod:" + Namespace + (NamespaceLabels.IsEmpty ? string.Empty : "[" + Text(NamespaceLabels) + "]") + "/" + Text(Labels));

    private static string Text(EquatableArray<Label> labels) => string.Join(",", labels.Select(l => l.Key + "=" + l.Value));

    /// <summary>The end written in <paramref name="text"/>, or null with <paramref name="error"/>.</summary>
    public static ProbeEnd? Parse(string text, out string? error)
    {
        error = null;
        if (text.StartsWith("ip:", StringComparison.Ordinal))
        {
            var ip = text.Substring(3);
            var single = ip + (ip.Contains(':') ? "/128" : "/32");
            if (Cidrs.TryParse(single, out _) is null) return new ProbeEnd(null, ip, null, EquatableArray<Label>.Empty);
            error = $"'{ip}' is not an IPv4 or IPv6 address";
            return null;
        }

        if (text.StartsWith("pod:", StringComparison.Ordinal)) return Pod(text, out error);
        if (KubernetesNames.IsDns1123Label(text)) return new ProbeEnd(text, null, null, EquatableArray<Label>.Empty);
        error = $"'{text}' is not {Syntax}";
        return null;
    }

    // pod:NAMESPACE[NSLABELS]/LABELS: a namespace name has no '[' or '/', and no label key or value holds ']' or ',', so the
    // first '[' (before any '/') opens the namespace's labels, the next ']' closes them, and a '/' must follow.
    private static ProbeEnd? Pod(string text, out string? error)
    {
        error = null;
        var body = text.Substring(4);
        var slash = body.IndexOf('/');
        var open = body.IndexOf('[');
        var nsLabels = Array.Empty<string>();
        string ns;
        string rest;
        if (open >= 0 && (slash < 0 || open < slash))
        {
            var close = body.IndexOf(']', open);
            if (close < 0 || (close + 1 < body.Length && body[close + 1] != '/'))
            {
                error = $"'{text}': the namespace labels need a closing ']' followed by '/' (write {Syntax})";
                return null;
            }

            ns = body.Substring(0, open);
            nsLabels = close == open + 1 ? Array.Empty<string>() : body.Substring(open + 1, close - open - 1).Split(',');
            rest = close + 1 < body.Length ? body.Substring(close + 2) : string.Empty;
        }
        else
        {
            ns = slash < 0 ? body : body.Substring(0, slash);
            rest = slash < 0 ? string.Empty : body.Substring(slash + 1);
        }

        if (!KubernetesNames.IsDns1123Label(ns))
        {
            error = $"'{text}': the namespace '{ns}' is not a DNS-1123 label (write {Syntax})";
            return null;
        }

        if (LabelList(text, rest.Length == 0 ? Array.Empty<string>() : rest.Split(','), out error) is not { } labels
            || LabelList(text, nsLabels, out error) is not { } namespaceLabels) return null;
        if (namespaceLabels.FirstOrDefault(l => l.Key == PeerKeys.NamespaceNameLabel) is { } name && name.Value != ns)
        {
            error = $"'{text}': the namespace is named '{ns}', so its {PeerKeys.NamespaceNameLabel} label is '{ns}', not '{name.Value}'";
            return null;
        }

        return new ProbeEnd(null, null, ns, labels) { NamespaceLabels = namespaceLabels.Where(l => l.Key != PeerKeys.NamespaceNameLabel).ToEquatableArray() };
    }

    private static EquatableArray<Label>? LabelList(string text, string[] pairs, out string? error)
    {
        error = null;
        var parsed = pairs.Select(l => l.Split(new[] { '=' }, 2)).ToList();
        if (parsed.FirstOrDefault(p => p.Length != 2 || KubernetesNames.LabelKeyError(p[0]) is not null || KubernetesNames.LabelValueError(p[1]) is not null) is { } bad)
        {
            error = $"'{text}': '{string.Join("=", bad)}' is not a valid label KEY=VALUE";
            return null;
        }

        if (parsed.GroupBy(p => p[0], StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            error = $"'{text}': the label '{twice.Key}' is given twice";
            return null;
        }

        return parsed.Select(p => new Label(p[0], p[1])).OrderBy(l => l.Key, StringComparer.Ordinal).ToEquatableArray();
    }
}

/// <summary>A probe's port: a protocol and a number or a port name.</summary>
public sealed record ProbePort(Protocol Protocol, int? Number, string? Name)
{
    public const string Syntax = "8080, 8080/tcp, 53/udp, 5000/sctp, or a port name such as http (http/udp)";

    public override string ToString() => Protocol.ToKubernetes() + " " + (Number?.ToString(CultureInfo.InvariantCulture) ?? Name);

    public static ProbePort? Parse(string text, out string? error)
    {
        error = null;
        var parts = text.Split('/');
        var protocol = Protocol.Tcp;
        if (parts.Length > 2 || (parts.Length == 2 && !TryProtocol(parts[1], out protocol)))
        {
            error = $"'{text}' is not a port: write {Syntax}";
            return null;
        }

        if (int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            if (number is >= Ports.Min and <= Ports.Max) return new ProbePort(protocol, number, null);
            error = $"port {number} is outside {Ports.Min}-{Ports.Max}";
            return null;
        }

        if (KubernetesNames.IsPortName(parts[0])) return new ProbePort(protocol, null, parts[0]);
        error = $"'{text}' is not a port: write {Syntax}";
        return null;
    }

    private static bool TryProtocol(string text, out Protocol protocol)
    {
        protocol = text.ToUpperInvariant() switch { "TCP" => Protocol.Tcp, "UDP" => Protocol.Udp, "SCTP" => Protocol.Sctp, _ => (Protocol)(-1) };
        return Enum.IsDefined(typeof(Protocol), protocol);
    }
}
