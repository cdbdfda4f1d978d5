// The web front end service's host. Its network identity is WebFrontEnd ([Component]); Shop.Network writes the shop's policies.
var app = Microsoft.AspNetCore.Builder.WebApplication.CreateBuilder(args).Build();
await app.RunAsync().ConfigureAwait(false);
