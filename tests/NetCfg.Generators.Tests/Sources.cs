namespace NetCfg.Generators.Tests;

/// <summary>User code for the generator tests.</summary>
internal static class Sources
{
    public const string MyApp = """
        using NetCfg;

        [assembly: LocalNetworkConfig("my-app-network-config")]

        namespace MyApp;

        [Component("frontend")]
        [MatchLabel("app.kubernetes.io/name", "frontend")]
        [DependsOn(typeof(Backend), Port = 8080)]
        public partial class Frontend
        {
            public int Handle() => 1;
        }

        [Component("backend")]
        [MatchLabel("app.kubernetes.io/name", "backend")]
        public partial class Backend { }
        """;

    public const string CloudflareProfile = NetCfg.TestKit.SampleProfiles.CloudflareDns;


    public const string MyWorker = """
        using NetCfg;
        [assembly: LocalNetworkConfig("my-worker-network-config")]
        [Component("my-worker-app")]
        [MatchLabel("app.kubernetes.io/name", "my-worker")]
        [DependsOnProfile("allow-egress-to-cloudflare-dns")]
        public partial class MyWorkerApp { }
        """;
}
