namespace Shop.Basket;

/// <summary>One line of a basket: what the web front end shows.</summary>
public sealed record BasketLine(string Sku, int Quantity);
