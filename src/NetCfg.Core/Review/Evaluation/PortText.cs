using System.Globalization;
using System.Linq;
using System.Text;
using NetCfg.Core.Model;
using NetCfg.Core.Validation;

namespace NetCfg.Core.Review.Evaluation;

/// <summary>Writes a port set as one normalised text: protocols with the same ports share a group ("UDP/TCP 53").</summary>
internal static class PortText
{
    public const string AllPorts = "all ports";

    public static string Format(PortSet set)
    {
        if (set.IsAll) return AllPorts;
        var groups = PortSet.DisplayOrder
            .Where(p => !set.For(p).IsEmpty)
            .GroupBy(p => set.For(p))
            .Select(g => string.Join("/", g.Select(p => p.ToKubernetes())) + " " + Ports(g.Key));
        return string.Join("; ", groups);
    }

    private static string Ports(ProtocolPorts ports)
    {
        if (ports.IsAll) return AllPorts;
        var text = new StringBuilder();
        foreach (var range in ports.Ranges)
        {
            if (text.Length > 0) text.Append(", ");
            text.Append(range.First.ToString(CultureInfo.InvariantCulture));
            if (range.Last != range.First) text.Append('-').Append(range.Last.ToString(CultureInfo.InvariantCulture));
        }

        foreach (var name in ports.Names)
        {
            if (text.Length > 0) text.Append(", ");
            text.Append(name);
        }

        return text.ToString();
    }
}
