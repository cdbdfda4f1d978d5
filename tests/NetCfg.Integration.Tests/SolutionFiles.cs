using System.IO;

namespace NetCfg.Integration.Tests;

/// <summary>Writes the files of a temp solution: each path relative to its root.</summary>
internal static class SolutionFiles
{
    public static void Write(string root, params (string Path, string Text)[] files)
    {
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
    }
}

/// <summary>
/// The strict solution: a GlobalPackageReference, latest-all analysis and warnings as errors; a component library that
/// shows its internals to a web service; two web services with appsettings.json; a config project that references both.
/// </summary>
internal static class StrictSolution
{
    private const string Program = "var app = Microsoft.AspNetCore.Builder.WebApplication.CreateBuilder(args).Build();\nawait app.RunAsync().ConfigureAwait(false);\n";
    private const string Settings = "{ \"Logging\": { \"LogLevel\": { \"Default\": \"Information\" } } }\n";

    public static void Write(string root, string restore, string version) => SolutionFiles.Write(
        root,
        ("Directory.Build.props", $"""
            <Project>
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <AnalysisLevel>latest-all</AnalysisLevel>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally>
                {restore}
              </PropertyGroup>
            </Project>
            """),
        ("Directory.Build.targets", "<Project />"),
        ("Directory.Packages.props", $"""
            <Project>
              <ItemGroup>
                <GlobalPackageReference Include="NetCfg.Generators" Version="{version}" />
              </ItemGroup>
            </Project>
            """),
        ("Strict.slnx", """
            <Solution>
              <Project Path="Inventory/Inventory.csproj" />
              <Project Path="Orders.Web/Orders.Web.csproj" />
              <Project Path="Payments.Web/Payments.Web.csproj" />
              <Project Path="Shop.Network/Shop.Network.csproj" />
            </Solution>
            """),
        ("Inventory/Inventory.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup>
                <InternalsVisibleTo Include="Orders.Web" />
              </ItemGroup>
            </Project>
            """),
        ("Inventory/Components.cs", """
            using NetCfg;

            namespace Inventory;

            /// <summary>The worker.</summary>
            [Component("inventory-worker")]
            [DependsOn<InventoryStore>(Port = 5432)]
            public partial class InventoryWorker { }

            /// <summary>The store.</summary>
            [Component("inventory-store")]
            public partial class InventoryStore { }
            """),
        ("Orders.Web/Orders.Web.csproj", """
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <ItemGroup>
                <ProjectReference Include="../Inventory/Inventory.csproj" />
              </ItemGroup>
            </Project>
            """),
        ("Orders.Web/Program.cs", Program),
        ("Orders.Web/appsettings.json", Settings),
        ("Orders.Web/OrdersApi.cs", """
            using NetCfg;

            namespace Orders;

            /// <summary>The orders API.</summary>
            [Component("orders-api")]
            [DependsOn<Inventory.InventoryWorker>(Port = 8080)]
            [DependsOn("payments-api")]
            public partial class OrdersApi { }
            """),
        ("Payments.Web/Payments.Web.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\" />"),
        ("Payments.Web/Program.cs", Program),
        ("Payments.Web/appsettings.json", Settings),
        ("Payments.Web/PaymentsApi.cs", """
            using NetCfg;

            namespace Payments;

            /// <summary>The payments API.</summary>
            [Component("payments-api")]
            internal sealed partial class PaymentsApi { }
            """),
        ("Shop.Network/Shop.Network.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <WarningsNotAsErrors>$(WarningsNotAsErrors);NETCFG011</WarningsNotAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <!-- The services' assemblies are for the compiler only: none of their files belong in this output. -->
                <ProjectReference Include="../Orders.Web/Orders.Web.csproj" Private="false" />
                <ProjectReference Include="../Payments.Web/Payments.Web.csproj" Private="false" />
              </ItemGroup>
            </Project>
            """),
        ("Shop.Network/Network.cs", "[assembly: NetCfg.LocalNetworkConfig(\"shop\", Namespace = \"shop\")]\n"));
}

/// <summary>
/// The plain solution: a library that gets the package from `dotnet add package` (and is packed), one with a
/// hand-written PrivateAssets="all", and a test project that references both and nothing of NetCfg.
/// </summary>
internal static class PlainSolution
{
    public static void Write(string root, string restore, string version) => SolutionFiles.Write(
        root,
        ("Directory.Build.props", $"""
            <Project>
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                {restore}
              </PropertyGroup>
            </Project>
            """),
        ("Directory.Build.targets", "<Project />"),
        ("Lib/Lib.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <IsPackable>true</IsPackable>
              </PropertyGroup>
            </Project>
            """),
        ("Lib/Worker.cs", "using NetCfg;\nnamespace Lib;\n[Component(\"worker\")] public partial class Worker { }\n"),
        ("Private/Private.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup>
                <PackageReference Include="NetCfg.Generators" Version="{version}" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """),
        ("Private/Api.cs", "using NetCfg;\nnamespace Private;\n[Component(\"api\")] public partial class Api { }\n"),
        ("Lib.Tests/Lib.Tests.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup>
                <ProjectReference Include="../Lib/Lib.csproj" />
                <ProjectReference Include="../Private/Private.csproj" />
              </ItemGroup>
            </Project>
            """),
        ("Lib.Tests/WorkerTests.cs", "namespace Lib.Tests;\npublic static class WorkerTests\n{\n    public static string Name => Lib.Worker.ComponentName + Private.Api.ComponentName;\n}\n"));
}
