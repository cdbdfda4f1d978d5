using NetCfg;

[assembly: LocalNetworkConfig("my-worker-network-config")]

namespace MyWorker;

/// <summary>A worker that resolves names through Cloudflare's public DNS.</summary>
[Component("my-worker-app")]
[MatchLabel("app.kubernetes.io/name", "my-worker")]
[DependsOnProfile("allow-egress-to-cloudflare-dns")]
public partial class MyWorkerApp
{
}
