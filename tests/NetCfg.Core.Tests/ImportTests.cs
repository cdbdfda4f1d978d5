using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Rules;
using Xunit;
using static NetCfg.Core.Tests.Fixtures;

namespace NetCfg.Core.Tests;

/// <summary>The components that referenced component libraries export, as the rule book and the translator see them.</summary>
public sealed class ImportTests
{
    private static ComponentExport Library(string assembly, params ComponentDeclaration[] components) => new(assembly, null, components.ToEquatableArray());

    [Fact]
    public void ALibraryMayDependOnAnotherLibrarysComponent()
    {
        var api = Component("Shop.Api", "api", assembly: "Lib1");
        var client = Component("Shop.Client", "client", deps: new[] { Dep("Shop.Api", 80, assembly: "Lib1") });
        var check = DeclarationCheck.Run(Input(null, new[] { client }, imports: new[] { Library("Lib1", api) }));
        Assert.Empty(check.Problems);
        Assert.False(check.Blocked);
    }

    [Fact]
    public void TwoLibrariesWithClassesOfTheSameNameAreTwoComponents()
    {
        var a = Component("Shop.Api", "basket-api", assembly: "Basket");
        var b = Component("Shop.Api", "catalog-api", assembly: "Catalog");
        var web = Component("Web", "web", deps: new[] { Dep("Shop.Api", 80, assembly: "Catalog"), Dep("Shop.Api", 81, assembly: "Basket") });
        var result = Translate(Input(new ConfigDeclaration("shop", null), new[] { web }, imports: new[] { Library("Basket", a), Library("Catalog", b) }));
        Assert.True(result.Succeeded, result.Errors());
        var config = result.File("platform/local-network-config.yaml");
        Assert.Contains("basket-api:", config);
        Assert.Contains("catalog-api:", config);
        Assert.Contains("component: basket-api\n          port: 81", config);
        Assert.Contains("component: catalog-api\n          port: 80", config);
    }

    [Fact]
    public void AnExportWhoseComponentClaimsAnotherAssemblyIsRefused()
    {
        var payload = Carrier.ExportCodec.Encode(Library("Lib", Component("X", "x", assembly: "App")));
        var export = Carrier.ExportCodec.Decode("Lib", payload);
        Assert.Empty(export.Components);
        Assert.Contains("it declares component 'X' of assembly 'App'", export.Problem);
    }
}
