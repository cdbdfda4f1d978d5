using NetCfg;

// The shop's network: this project declares no component of its own. It includes the components of every referenced
// component library (Shop.Web, Shop.Basket, Shop.Identity), resolves their dependencies, and its build writes the manifests.
[assembly: LocalNetworkConfig("shop-network", Namespace = "shop")]
