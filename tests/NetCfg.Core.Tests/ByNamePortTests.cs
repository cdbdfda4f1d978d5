using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Rules;
using Xunit;
using static NetCfg.Core.Tests.Fixtures;

namespace NetCfg.Core.Tests;

/// <summary>NETCFG011 for by-name dependencies: once per dependency, where the target can be resolved.</summary>
public sealed class ByNamePortTests
{
    private static readonly ConfigDeclaration Shop = new("shop", null);

    private static ComponentExport Library(string assembly, params ComponentDeclaration[] components) => new(assembly, null, components.ToEquatableArray());

    private static Problem[] MissingPorts(TranslationInput input) => DeclarationCheck.Run(input).Problems.Where(p => p.Id == RuleIds.MissingPort).ToArray();

    [Fact]
    public void ALibrarysByNameDependencyOnAnotherLibraryIsReportedOnceInTheConfigProjectNamingClassAndAssembly()
    {
        var basket = Component("Shop.BasketApi", "basket-api", deps: new[] { DepOn("identity-api") }, assembly: "Shop.Basket");
        var identity = Component("Shop.IdentityApi", "identity-api", assembly: "Shop.Identity");

        // The library cannot see identity-api: nothing there.
        Assert.Empty(MissingPorts(Input(null, new[] { basket with { Assembly = Assembly } })));

        var problem = Assert.Single(MissingPorts(Input(Shop, System.Array.Empty<ComponentDeclaration>(), imports: new[] { Library("Shop.Basket", basket), Library("Shop.Identity", identity) })));
        Assert.Equal(ProblemSite.OnConfig(0), problem.Site);
        Assert.Equal("The dependency on 'identity-api' has no Port, so it allows every TCP port; set Port (and EndPort for a range) (declared on Shop.BasketApi in assembly Shop.Basket)", problem.Message);
    }

    [Fact]
    public void AByNameDependencyTheProjectCanResolveIsReportedAtTheAttributeOnly()
    {
        var api = Component("Shop.Api", "api");
        var web = Component("Shop.Web", "web", deps: new[] { DepOn("api") });
        var library = Assert.Single(MissingPorts(Input(null, new[] { api, web })));
        Assert.Equal(ProblemSite.On("Shop.Web", AttributeKind.DependsOn, 0), library.Site);

        // The config project that pulls this library in does not report it again.
        var imported = new[] { api with { Assembly = "Shop.Lib" }, web with { Assembly = "Shop.Lib" } };
        Assert.Empty(MissingPorts(Input(Shop, System.Array.Empty<ComponentDeclaration>(), imports: new[] { Library("Shop.Lib", imported) })));
    }

    [Fact]
    public void AConfigProjectsOwnByNameDependencyOnALibraryIsReportedAtTheAttribute()
    {
        var identity = Component("Shop.IdentityApi", "identity-api", assembly: "Shop.Identity");
        var web = Component("Shop.Web", "web", deps: new[] { DepOn("identity-api"), DepOn("identity-api", port: 8443) });
        var problem = Assert.Single(MissingPorts(Input(Shop, new[] { web }, imports: new[] { Library("Shop.Identity", identity) })));
        Assert.Equal(ProblemSite.On("Shop.Web", AttributeKind.DependsOn, 0), problem.Site);
    }
}
