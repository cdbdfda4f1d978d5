using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using k8s.Models;

namespace NetCfg.Oracle;

/// <summary>
/// API-server validation of a NetworkPolicy as it looks after defaulting (omitted protocol / policyTypes are fine).
/// Errors read "path: kind: detail"; an empty list means valid.
/// </summary>
public static partial class ApiValidator
{
    private const int MaxAnnotationBytes = 256 * 1024;

    /// <summary>What the API server (default feature gates) would reject.</summary>
    public static IReadOnlyList<string> Validate(V1NetworkPolicy policy) => Run(policy, strict: false);

    /// <summary>Validate plus canonical CIDRs (no host bits, no leading zeros, no IPv4-mapped IPv6) and explicit policyTypes.</summary>
    public static IReadOnlyList<string> ValidateStrict(V1NetworkPolicy policy) => Run(policy, strict: true);

    private static List<string> Run(V1NetworkPolicy policy, bool strict)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var errors = new List<string>();
        ValidateMetadata(policy.Metadata, errors);
        ValidateSpec(policy.Spec ?? new V1NetworkPolicySpec(), strict, errors);
        return errors;
    }

    private static void ValidateMetadata(V1ObjectMeta? meta, List<string> errors)
    {
        if (!string.IsNullOrEmpty(meta?.Name))
        {
            Invalid(errors, "metadata.name", meta.Name, Dns1123SubdomainErrors(meta.Name));
        }
        else if (string.IsNullOrEmpty(meta?.GenerateName))
        {
            errors.Add("metadata.name: Required value: name or generateName is required");
        }

        if (!string.IsNullOrEmpty(meta?.GenerateName))
        {
            // A prefix may end in '-': check it as if that were a letter.
            var g = meta.GenerateName;
            Invalid(errors, "metadata.generateName", g, Dns1123SubdomainErrors(g.EndsWith('-') ? g[..^1] + "a" : g));
        }

        if (!string.IsNullOrEmpty(meta?.NamespaceProperty))
        {
            Invalid(errors, "metadata.namespace", meta.NamespaceProperty, Dns1123LabelErrors(meta.NamespaceProperty));
        }

        ValidateLabels(meta?.Labels, "metadata.labels", errors);

        var annotationBytes = 0L;
        foreach (var (key, value) in meta?.Annotations ?? new Dictionary<string, string>())
        {
            Invalid(errors, "metadata.annotations", key, LabelKeyErrors(key.ToLowerInvariant()));
            annotationBytes += Encoding.UTF8.GetByteCount(key) + Encoding.UTF8.GetByteCount(value ?? string.Empty);
        }

        if (annotationBytes > MaxAnnotationBytes)
        {
            errors.Add($"metadata.annotations: Too long: must have at most {MaxAnnotationBytes} bytes");
        }
    }

    private static void ValidateSpec(V1NetworkPolicySpec spec, bool strict, List<string> errors)
    {
        ValidateSelector(spec.PodSelector, "spec.podSelector", errors);
        foreach (var (rule, i) in (spec.Ingress ?? []).Select((r, i) => (r, i)))
        {
            ValidatePorts(rule?.Ports, $"spec.ingress[{i}].ports", errors);
            ValidatePeers(rule?.FromProperty, $"spec.ingress[{i}].from", strict, errors);
        }

        foreach (var (rule, i) in (spec.Egress ?? []).Select((r, i) => (r, i)))
        {
            ValidatePorts(rule?.Ports, $"spec.egress[{i}].ports", errors);
            ValidatePeers(rule?.To, $"spec.egress[{i}].to", strict, errors);
        }

        var types = spec.PolicyTypes ?? [];
        if (types.Count > 2)
        {
            errors.Add($"spec.policyTypes: Invalid value: [{string.Join(", ", types)}]: may not specify more than two policyTypes");
        }

        for (var i = 0; i < types.Count; i++)
        {
            if (types[i] is not ("Ingress" or "Egress"))
            {
                errors.Add($"spec.policyTypes[{i}]: Unsupported value: \"{types[i]}\": supported values: \"Ingress\", \"Egress\"");
            }
        }

        if (strict && types.Count == 0)
        {
            errors.Add("spec.policyTypes: Required value: must be listed explicitly (strict mode; defaulting is not relied on)");
        }
    }

    private static void ValidateLabels(IDictionary<string, string>? labels, string path, List<string> errors)
    {
        foreach (var (key, value) in labels ?? new Dictionary<string, string>())
        {
            Invalid(errors, path, key, LabelKeyErrors(key));
            Invalid(errors, path, value, LabelValueErrors(value ?? string.Empty));
        }
    }

    private static void ValidateSelector(V1LabelSelector? selector, string path, List<string> errors)
    {
        if (selector is null)
        {
            return;
        }

        ValidateLabels(selector.MatchLabels, path + ".matchLabels", errors);
        foreach (var (req, i) in (selector.MatchExpressions ?? []).Select((r, i) => (r, i)))
        {
            var at = $"{path}.matchExpressions[{i}]";
            var values = req?.Values ?? [];
            switch (req?.OperatorProperty)
            {
                case "In" or "NotIn" when values.Count == 0:
                    errors.Add($"{at}.values: Required value: must be specified when `operator` is 'In' or 'NotIn'");
                    break;
                case "Exists" or "DoesNotExist" when values.Count > 0:
                    errors.Add($"{at}.values: Forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'");
                    break;
                case "In" or "NotIn" or "Exists" or "DoesNotExist":
                    break;
                default:
                    errors.Add($"{at}.operator: Invalid value: \"{req?.OperatorProperty}\": not a valid selector operator");
                    break;
            }

            Invalid(errors, at + ".key", req?.Key ?? string.Empty, LabelKeyErrors(req?.Key ?? string.Empty));
            for (var j = 0; j < values.Count; j++)
            {
                Invalid(errors, $"{at}.values[{j}]", values[j], LabelValueErrors(values[j] ?? string.Empty));
            }
        }
    }

    private static void ValidatePorts(IList<V1NetworkPolicyPort>? ports, string path, List<string> errors)
    {
        foreach (var (port, i) in (ports ?? []).Select((p, i) => (p, i)))
        {
            var at = $"{path}[{i}]";
            if (port?.Protocol is { } protocol && !Ports.Protocols.Contains(protocol, StringComparer.Ordinal))
            {
                errors.Add($"{at}.protocol: Unsupported value: \"{protocol}\": supported values: \"TCP\", \"UDP\", \"SCTP\"");
            }

            var value = port?.Port?.Value;
            var endPort = port?.EndPort;
            if (value is null)
            {
                if (endPort is not null)
                {
                    errors.Add($"{at}.endPort: Invalid value: {endPort}: may not be specified when `port` is not specified");
                }
            }
            else if (Ports.TryGetNumber(value, out var number))
            {
                CheckPortNumber(errors, at + ".port", number);
                if (endPort is int end)
                {
                    if (end < number)
                    {
                        errors.Add($"{at}.endPort: Invalid value: {end}: must be greater than or equal to `port`");
                    }

                    CheckPortNumber(errors, at + ".endPort", end);
                }
            }
            else
            {
                Invalid(errors, at + ".port", value, PortNameErrors(value));
                if (endPort is not null)
                {
                    errors.Add($"{at}.endPort: Invalid value: {endPort}: may not be specified when `port` is non-numeric");
                }
            }
        }
    }

    private static void ValidatePeers(IList<V1NetworkPolicyPeer>? peers, string path, bool strict, List<string> errors)
    {
        foreach (var (peer, i) in (peers ?? []).Select((p, i) => (p, i)))
        {
            var at = $"{path}[{i}]";
            var selectors = peer?.PodSelector is not null || peer?.NamespaceSelector is not null;
            if (!selectors && peer?.IpBlock is null)
            {
                errors.Add($"{at}: Required value: must specify a peer");
            }
            else if (selectors && peer?.IpBlock is not null)
            {
                errors.Add($"{at}: Forbidden: may not specify both ipBlock and another peer");
            }

            ValidateSelector(peer?.PodSelector, at + ".podSelector", errors);
            ValidateSelector(peer?.NamespaceSelector, at + ".namespaceSelector", errors);
            if (peer?.IpBlock is { } block)
            {
                ValidateIpBlock(block, at + ".ipBlock", strict, errors);
            }
        }
    }

    private static void ValidateIpBlock(V1IPBlock block, string path, bool strict, List<string> errors)
    {
        if (string.IsNullOrEmpty(block.Cidr))
        {
            errors.Add($"{path}.cidr: Required value");
            return;
        }

        var cidr = ParseCidr(block.Cidr, path + ".cidr", strict, errors);
        for (var i = 0; i < (block.Except?.Count ?? 0); i++)
        {
            var text = block.Except![i];
            var except = ParseCidr(text, $"{path}.except[{i}]", strict, errors);
            if (cidr is not null && except is not null && !IpBlocks.IsStrictSubset(cidr, except))
            {
                errors.Add($"{path}.except[{i}]: Invalid value: \"{text}\": must be a strict subset of `cidr`");
            }
        }
    }

    private static ParsedCidr? ParseCidr(string? text, string path, bool strict, List<string> errors)
    {
        if (!IpBlocks.TryParseCidr(text, out var cidr))
        {
            errors.Add($"{path}: Invalid value: \"{text}\": must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)");
            return null;
        }

        if (strict)
        {
            var reasons = new List<string>();
            if (cidr!.LeadingZeros)
            {
                reasons.Add("must not have leading 0s in IP or prefix length");
            }

            if (cidr.IsIPv4Mapped)
            {
                reasons.Add("must not have an IPv4-mapped IPv6 address");
            }

            if (cidr.HostBitsSet)
            {
                reasons.Add("must not have bits set beyond the prefix length");
            }

            Invalid(errors, path, text!, reasons);
        }

        return cidr;
    }

    private static void CheckPortNumber(List<string> errors, string path, long number)
    {
        if (number is < 1 or > 65535)
        {
            errors.Add($"{path}: Invalid value: {number}: must be between 1 and 65535, inclusive");
        }
    }

    private static void Invalid(List<string> errors, string path, string value, IEnumerable<string> messages) =>
        errors.AddRange(messages.Select(m => $"{path}: Invalid value: \"{value}\": {m}"));
}
