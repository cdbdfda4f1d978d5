namespace NetCfg.Core.Model;

/// <summary>Which DNS egress every component gets.</summary>
public enum DnsMode
{
    /// <summary>The cluster DNS pods (kube-dns in kube-system by default), UDP and TCP.</summary>
    KubeDns,

    /// <summary>The cluster DNS pods, plus NodeLocal DNSCache's link-local address on UDP and TCP 53.</summary>
    NodeLocal,

    /// <summary>No DNS egress.</summary>
    None,
}

/// <summary>Build options that come from MSBuild properties, applied when the task renders.</summary>
public sealed record TranslationOptions(DnsMode Dns, string DnsNamespace, Label DnsPodLabel, int DnsPort)
{
    public const string NodeLocalDnsCidr = "169.254.20.10/32";

    public static readonly TranslationOptions Default = new(DnsMode.KubeDns, "kube-system", new Label("k8s-app", "kube-dns"), 53);
}
