using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using k8s.Models;

namespace NetCfg.Oracle;

/// <summary>Port entry matching for one rule.</summary>
internal static class Ports
{
    internal static readonly string[] Protocols = ["TCP", "UDP", "SCTP"];

    /// <summary>An omitted or empty list allows every port of every protocol.</summary>
    internal static bool Allows(IList<V1NetworkPolicyPort>? ports, Endpoint destination, string protocol, int port) =>
        ports is null || ports.Count == 0 || ports.Any(p => Allows(p, destination, protocol, port));

    private static bool Allows(V1NetworkPolicyPort entry, Endpoint destination, string protocol, int port)
    {
        var entryProtocol = entry.Protocol ?? "TCP";
        if (!Protocols.Contains(entryProtocol, StringComparer.Ordinal))
        {
            throw new InvalidOperationException($"port protocol '{entryProtocol}' is not TCP, UDP or SCTP");
        }

        if (!string.Equals(entryProtocol, protocol, StringComparison.Ordinal))
        {
            return false;
        }

        var value = entry.Port?.Value;
        if (value is null)
        {
            // Only a protocol: every port of it.
            return entry.EndPort is null ? true : throw new InvalidOperationException("endPort without port");
        }

        if (TryGetNumber(value, out var number))
        {
            if (entry.EndPort is not int end)
            {
                return number == port;
            }

            return end >= number ? number <= port && port <= end : throw new InvalidOperationException("endPort below port");
        }

        if (entry.EndPort is not null)
        {
            throw new InvalidOperationException("endPort with a named port");
        }

        // Named ports resolve on the destination pod only (name, number and protocol must all line up).
        return destination is PodEndpoint { Pod: var pod } && (pod.Ports ?? []).Any(c =>
            string.Equals(c.Name, value, StringComparison.Ordinal) && c.Port == port
            && string.Equals(c.Protocol, protocol, StringComparison.Ordinal));
    }

    /// <summary>KubernetesClient's IntOrString only keeps text; text that parses as an integer goes on the wire as a number.</summary>
    internal static bool TryGetNumber(string value, out long number) =>
        long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out number);
}
