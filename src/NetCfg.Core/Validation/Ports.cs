using NetCfg.Core.Model;

namespace NetCfg.Core.Validation;

/// <summary>Port and range rules of NetworkPolicy ports.</summary>
public static class Ports
{
    public const int Min = 1;
    public const int Max = 65535;

    /// <summary>Why a port/endPort pair is invalid, or null.</summary>
    public static string? Error(int? port, int? endPort)
    {
        if (port is { } p && (p < Min || p > Max)) return $"port {p} is outside {Min}-{Max}";
        if (endPort is not { } e) return null;
        if (port is null) return "EndPort needs a Port (the start of the range)";
        if (e < Min || e > Max) return $"EndPort {e} is outside {Min}-{Max}";
        return e < port ? $"EndPort {e} is below Port {port}" : null;
    }

    public static string ToKubernetes(this Protocol protocol) => protocol switch
    {
        Protocol.Udp => "UDP",
        Protocol.Sctp => "SCTP",
        _ => "TCP",
    };
}
