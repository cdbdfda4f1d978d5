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
/// project for <see cref="BasketLine"/>, so it depends on the basket API by type.
/// </summary>
[Component("web")]
[MatchLabel("app.kubernetes.io/name", "web")]
[DependsOn(typeof(BasketApi), Port = 8080)]
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
