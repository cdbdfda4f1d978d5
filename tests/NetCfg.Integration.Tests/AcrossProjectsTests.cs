using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using k8s;
using k8s.Models;
using NetCfg.Oracle;
using NetCfg.TestKit.Builds;
using Xunit;

namespace NetCfg.Integration.Tests;

/// <summary>
/// Issue 10 in real builds: the Shop sample's service projects are component libraries that write nothing, its config
/// project writes the whole network, and problems that span projects fail the config project's build.
/// </summary>
[Collection(BuildCollection.Name)]
public sealed class AcrossProjectsTests : IClassFixture<AcrossProjectsTests.ShopBuild>
{
    private static readonly string[] Libraries = { "Shop.Identity", "Shop.Basket", "Shop.Web" };

    private readonly ShopBuild _shop;
    private int _pods;

    public AcrossProjectsTests(ShopBuild shop) => _shop = shop;

    /// <summary>The sample built once, in dependency order, each project into its own manifests folder.</summary>
    public sealed class ShopBuild : IDisposable
    {
        public ShopBuild()
        {
            // The contracts library first: projects are built without their references (BuildProjectReferences=false).
            foreach (var name in Libraries.Prepend("Shop.Basket.Contracts").Append("Shop.Network"))
            {
                var result = SampleBuild.Run(Project(name), Folder(name));
                Results[name] = result;
                if (result.ExitCode != 0) break; // the next project needs this one
            }
        }

        public string Root { get; } = Path.Combine(Path.GetTempPath(), "netcfg-shop-" + Guid.NewGuid().ToString("N"));

        public Dictionary<string, Processes.Outcome> Results { get; } = new(StringComparer.Ordinal);

        public string Folder(string project) => Path.Combine(Root, project);

        public string Manifests => Folder("Shop.Network");

        public Processes.Outcome Built(string project)
        {
            Assert.True(Results.TryGetValue(project, out var result), $"{project} was not built: an earlier project failed");
            Assert.True(result!.ExitCode == 0, result.ToString());
            return result;
        }

        public static string Project(string name) => Repo.Path("samples", "Shop", name, name + ".csproj");

        public void Dispose()
        {
            if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
        }
    }

    [Theory]
    [InlineData("Shop.Identity", "identity-api")]
    [InlineData("Shop.Basket", "basket-api")]
    [InlineData("Shop.Web", "web")]
    public void ALibraryWritesNothingAndSaysSoInOneLine(string project, string component)
    {
        var lines = _shop.Built(project).Output.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("NetCfg", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            $"NetCfg: {project} is a component library (1 component: {component}); no manifests are written here. A project that references it and has [assembly: LocalNetworkConfig] includes them.",
            Assert.Single(lines));
        Assert.False(Directory.Exists(_shop.Folder(project)), "a library wrote " + string.Join(", ", TempProject.Tree(_shop.Folder(project))));
    }

    [Fact]
    public void TheConfigProjectWritesEveryComponentOfTheNetwork()
    {
        Assert.Contains($"NetCfg -> {_shop.Manifests}/ (9 files: 9 written, 0 unchanged, 0 removed)", _shop.Built("Shop.Network").Output);
        Assert.Equal(
            new[]
            {
                "network-sources.yaml", "network.md", "networkpolicy/component-basket-api.yaml", "networkpolicy/component-identity-api.yaml", "networkpolicy/component-web.yaml",
                "networkpolicy/default-deny.yaml", "networkpolicy/kustomization.yaml", "platform/kustomization.yaml", "platform/local-network-config.yaml",
            },
            SampleBuild.Written(_shop.Manifests));
        var config = File.ReadAllText(Path.Combine(_shop.Manifests, "platform", "local-network-config.yaml"));
        Assert.Contains("- component: basket-api\n          port: 8080", config);
        Assert.Contains("- component: identity-api\n          port: 8443", config);
    }

    [Fact]
    public void TypedAndByNameDependenciesAllowTheDeclaredFlowsAndNoOthers()
    {
        _shop.Built("Shop.Network");
        var policies = SampleBuild.Policies(_shop.Manifests);
        var cluster = new Cluster(new[] { "shop", "kube-system", "ingress-nginx", "monitoring" }, policies, "shop");
        var web = Pod("shop", "app.kubernetes.io/name", "web", ("http", 8080));
        var basket = Pod("shop", "app.kubernetes.io/name", "basket-api", ("http", 8080));
        var identity = Pod("shop", "app.kubernetes.io/name", "identity-api", ("https", 8443));
        var nginx = Pod("ingress-nginx", "app.kubernetes.io/name", "ingress-nginx");
        var prometheus = Pod("monitoring", "app.kubernetes.io/name", "prometheus");

        // By name: Shop.Web's [DependsOn("basket-api", Port = 8080)] (the services share only a contracts library).
        Assert.True(cluster.Allowed(web, basket, "TCP", 8080));
        Assert.False(cluster.Allowed(web, basket, "TCP", 8081));
        Assert.False(cluster.Allowed(basket, web, "TCP", 8080));

        // By name: Shop.Basket's [DependsOn("identity-api", Port = 8443)], resolved in Shop.Network.
        Assert.True(cluster.Allowed(basket, identity, "TCP", 8443));
        Assert.False(cluster.Allowed(web, identity, "TCP", 8443));
        Assert.False(cluster.Allowed(identity, basket, "TCP", 8080));

        // The profiles: ingress-nginx reaches the web's "http" port only; Prometheus scrapes every "metrics" port.
        Assert.True(cluster.Allowed(nginx, web, "TCP", 8080));
        Assert.False(cluster.Allowed(nginx, web, "TCP", 9090));
        Assert.False(cluster.Allowed(nginx, basket, "TCP", 8080));
        Assert.False(cluster.Allowed(Pod("shop", "app.kubernetes.io/name", "ingress-nginx"), web, "TCP", 8080));
        foreach (var scraped in new[] { web, basket, identity }) Assert.True(cluster.Allowed(prometheus, scraped, "TCP", 9090));
        Assert.False(cluster.Allowed(prometheus, basket, "TCP", 8080));
        Assert.True(cluster.Allowed(identity, Pod("kube-system", "k8s-app", "kube-dns"), "UDP", 53));
    }

    [Fact]
    public void ALibraryAssemblyReferencesNothingOfNetCfgAndCarriesItsExport()
    {
        foreach (var project in Libraries)
        {
            _shop.Built(project);
            using var stream = File.OpenRead(Repo.Path("samples", "Shop", project, "bin", Repo.Configuration, "net10.0", project + ".dll"));
            using var pe = new PEReader(stream);
            var reader = pe.GetMetadataReader();
            var references = reader.AssemblyReferences.Select(h => reader.GetString(reader.GetAssemblyReference(h).Name)).ToList();
            Assert.DoesNotContain(references, r => r.StartsWith("NetCfg", StringComparison.OrdinalIgnoreCase));
            Assert.Contains("NetCfg.Components", MetadataKeys(reader));
        }
    }

    [Fact]
    public void ACycleADuplicateNameAndAnUnknownNameAcrossProjectsFailTheConfigBuild()
    {
        const string References = """
            <ItemGroup>
              <ProjectReference Include="Shop.Orders/Shop.Orders.csproj" />
              <ProjectReference Include="Shop.Payments/Shop.Payments.csproj" />
              <Compile Remove="Shop.Orders/**;Shop.Payments/**" />
            </ItemGroup>
            """;
        using var network = new TempProject("Shop.Network", extraProject: References);
        var library = File.ReadAllText(network.ProjectFile).Replace(References, string.Empty, StringComparison.Ordinal);
        network.File("Shop.Payments/Shop.Payments.csproj", library).File("Shop.Payments/Payments.cs", """
            using NetCfg;
            namespace Shop.Payments;
            [Component("payments-api")] [DependsOn("orders-api", Port = 8080)] public class PaymentsApi { }
            [Component("cart")] public class PaymentsCart { }
            """);
        network.File("Shop.Orders/Shop.Orders.csproj", library.Replace("</Project>", "<ItemGroup><ProjectReference Include=\"../Shop.Payments/Shop.Payments.csproj\" /></ItemGroup></Project>", StringComparison.Ordinal))
            .File("Shop.Orders/Orders.cs", """
            using NetCfg;
            namespace Shop.Orders;
            [Component("orders-api")] [DependsOn(typeof(Shop.Payments.PaymentsApi), Port = 8080)] [DependsOn("payment-api", Port = 8080)] public class OrdersApi { }
            [Component("cart")] public class OrdersCart { }
            """);
        const string Config = "using NetCfg;\n\n[assembly: LocalNetworkConfig(\"shop-network\")]\n";
        network.Source("Network.cs", Config);

        // Each library on its own is fine: it cannot see the other's names, and leaves the names it uses to the config project.
        foreach (var name in new[] { "Shop.Payments", "Shop.Orders" })
        {
            var built = Processes.DotnetBuild(Path.Combine(network.Directory, name, name + ".csproj"), network.Directory);
            Assert.True(built.ExitCode == 0, built.ToString());
        }

        var result = network.Build();
        Assert.NotEqual(0, result.ExitCode);
        var at = $"Network.cs(3,{Config.Split('\n')[2].IndexOf("LocalNetworkConfig", StringComparison.Ordinal) + 1}): error";
        Assert.Contains($"{at} NETCFG002: Dependency cycle: orders-api (Shop.Orders.OrdersApi in Shop.Orders) → payments-api (Shop.Payments.PaymentsApi in Shop.Payments) → orders-api (Shop.Orders.OrdersApi in Shop.Orders)", result.Output);
        Assert.Contains($"{at} NETCFG005: The component name 'cart' is used by 'Shop.Orders.OrdersCart' in assembly Shop.Orders and 'Shop.Payments.PaymentsCart' in assembly Shop.Payments", result.Output);
        Assert.Contains($"{at} NETCFG015: No component of this network is named 'payment-api'; did you mean 'payments-api'? ([DependsOn(\"payment-api\")] on Shop.Orders.OrdersApi in assembly Shop.Orders)", result.Output);
        Assert.False(Directory.Exists(network.Manifests()), "manifests were written despite the errors");
    }

    /// <summary>A pod with one label, the given named ports and a "metrics" port 9090.</summary>
    private PodEndpoint Pod(string ns, string key, string value, params (string Name, int Port)[] ports) =>
        new(new Pod(ns, new Dictionary<string, string> { [key] = value }, "10.0.0." + (++_pods), ports.Select(p => new ContainerPort(p.Name, p.Port)).Append(new ContainerPort("metrics", 9090)).ToList()));

    /// <summary>The keys of the assembly's [AssemblyMetadata] attributes.</summary>
    private static IEnumerable<string?> MetadataKeys(MetadataReader reader)
    {
        foreach (var handle in reader.GetAssemblyDefinition().GetCustomAttributes())
        {
            var attribute = reader.GetCustomAttribute(handle);
            if (attribute.Constructor.Kind != HandleKind.MemberReference) continue;
            var parent = reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent;
            if (parent.Kind != HandleKind.TypeReference || reader.GetString(reader.GetTypeReference((TypeReferenceHandle)parent).Name) != "AssemblyMetadataAttribute") continue;
            var blob = reader.GetBlobReader(attribute.Value);
            blob.ReadUInt16(); // prolog
            yield return blob.ReadSerializedString();
        }
    }
}
