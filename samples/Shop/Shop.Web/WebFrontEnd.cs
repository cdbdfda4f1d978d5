using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading;
using System.Threading.Tasks;
using NetCfg;
using Shop.Basket;

namespace Shop.Web;

/// <summary>
/// The web front end: the pages shoppers see, behind the cluster's ingress-nginx. It references the basket API's
/// contract for <see cref="BasketLine"/> (Shop.Basket.Contracts), not its project, so it names the basket API.
/// </summary>
[Component("web")]
[MatchLabel("app.kubernetes.io/name", "web")]
[DependsOn("basket-api", Port = 8080)]
[DependsOnProfile("allow-ingress-from-ingress-nginx")]
[DependsOnProfile("allow-prometheus-scrape")]
public sealed partial class WebFrontEnd
{
    private readonly HttpClient _basketApi; // BaseAddress http://basket-api:8080/

    public WebFrontEnd(HttpClient basketApi) => _basketApi = basketApi;

    /// <summary>The shopper's basket, for the basket page.</summary>
    public async Task<IReadOnlyList<BasketLine>> BasketPage(string shopper, CancellationToken cancellationToken) =>
        await _basketApi.GetFromJsonAsync<List<BasketLine>>($"baskets/{System.Uri.EscapeDataString(shopper)}", cancellationToken).ConfigureAwait(false)
        ?? new List<BasketLine>();
}
