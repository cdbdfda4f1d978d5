using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using NetCfg;

namespace Shop.Basket;

/// <summary>
/// The basket API: keeps each shopper's basket. It checks every caller's token with the identity API, which it names
/// (the two services do not reference each other); Shop.Network resolves the name among all the shop's components.
/// </summary>
[Component("basket-api")]
[MatchLabel("app.kubernetes.io/name", "basket-api")]
[DependsOn("identity-api", Port = 8443)]
[DependsOnProfile("allow-prometheus-scrape")]
public sealed partial class BasketApi
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, int>> _baskets = new();

    public void Add(string shopper, string sku, int quantity) =>
        _baskets.GetOrAdd(shopper, _ => new ConcurrentDictionary<string, int>()).AddOrUpdate(sku, quantity, (_, old) => old + quantity);

    public IReadOnlyList<BasketLine> Lines(string shopper) =>
        _baskets.TryGetValue(shopper, out var lines)
            ? lines.OrderBy(l => l.Key, System.StringComparer.Ordinal).Select(l => new BasketLine(l.Key, l.Value)).ToList()
            : new List<BasketLine>();
}
