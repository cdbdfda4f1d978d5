using NetCfg;

[assembly: LocalNetworkConfig("my-app-network-config")]

namespace MyApp;

/// <summary>The web frontend; it calls the backend's API.</summary>
[Component("frontend")]
[MatchLabel("app.kubernetes.io/name", "frontend")]
[DependsOn(typeof(Backend), Port = 8080)]
public partial class Frontend
{
}

/// <summary>The backend API.</summary>
[Component("backend")]
[MatchLabel("app.kubernetes.io/name", "backend")]
public partial class Backend
{
}
