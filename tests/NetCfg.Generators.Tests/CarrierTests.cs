using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;
using YamlDotNet.RepresentationModel;
using static NetCfg.Generators.Tests.Runs;
using NetCfg.Core.Carrier;

namespace NetCfg.Generators.Tests;

/// <summary>What the generator compiles into the user's assembly, read back as the MSBuild task reads it.</summary>
public sealed class CarrierTests
{
    [Fact]
    public void MyAppCarriesTheGuideConfig()
    {
        var carrier = Execute(Compile(Sources.MyApp)).Carrier!;
        Assert.Equal(CheckedInputCarrier.Status.Ok, carrier.Status);
        var config = Load(carrier.File("platform/local-network-config.yaml"));
        var frontend = (YamlMappingNode)config["spec"]["components"]["frontend"];
        Assert.Equal("backend", frontend["dependsOn"][0]["component"].ToString());
        Assert.Equal("8080", frontend["dependsOn"][0]["port"].ToString());
        Assert.Equal("frontend", frontend["podSelector"]["matchLabels"]["app.kubernetes.io/name"].ToString());
    }

    [Fact]
    public void GenericAndTypeofFormsGiveTheSameBytes()
    {
        var generic = Sources.MyApp.Replace("[DependsOn(typeof(Backend), Port = 8080)]", "[DependsOn<Backend>(Port = 8080)]");
        Assert.NotEqual(Sources.MyApp, generic);
        Assert.Equal(Execute(Compile(Sources.MyApp)).Carrier!.Files, Execute(Compile(generic)).Carrier!.Files);
    }

    [Fact]
    public void EachDependsOnIsCarriedAsWrittenWithoutCommentsOrLines()
    {
        string Written(string source) => Execute(Compile(source)).Carrier!.Decoded.Components.Single(c => c.Name == "frontend").Dependencies.Single().Written!;
        Assert.Equal("[DependsOn(typeof(Backend), Port = 8080)]", Written(Sources.MyApp));
        Assert.Equal("[DependsOn(typeof(Backend), Port = 8080)]", Written(Sources.MyApp.Replace("[DependsOn(typeof(Backend), Port = 8080)]", "[DependsOn(\n    typeof(Backend), /* the API */\n    Port=8080)]")));
        Assert.Equal("[DependsOn(typeof(MyApp.Backend), Port = 8080)]", Written(Sources.MyApp.Replace("typeof(Backend)", "typeof(MyApp.Backend)")));
        Assert.Equal("[DependsOn<Backend>(Port = 8080)]", Written(Sources.MyApp.Replace("[DependsOn(typeof(Backend), Port = 8080)]", "[DependsOn<Backend>(Port = 8080)]")));
        Assert.Equal(Execute(Compile(Sources.MyApp)).Carrier!.Input, Execute(Compile("\n\n\n" + Sources.MyApp)).Carrier!.Input);
    }

    [Fact]
    public void ProtocolAndRangeReachThePolicy()
    {
        var source = Sources.MyApp.Replace("Port = 8080)]", "Port = 9000, EndPort = 9100, Protocol = NetworkProtocol.Udp)]");
        var policy = Execute(Compile(source)).Carrier!.File("networkpolicy/component-backend.yaml");
        Assert.Contains("protocol: UDP", policy);
        Assert.Contains("port: 9000", policy);
        Assert.Contains("endPort: 9100", policy);
    }

    [Fact]
    public void ProfilesComeFromNetworkProfileAdditionalFilesOnly()
    {
        var withProfile = Execute(Compile(Sources.MyWorker), profiles: new[] { Profile("/p/cloudflare.yaml", Sources.CloudflareProfile) }).Carrier!;
        Assert.Equal(CheckedInputCarrier.Status.Ok, withProfile.Status);
        Assert.Contains("1.1.1.1/32", withProfile.File("networkpolicy/component-my-worker-app.yaml"));

        // The same text as an ordinary AdditionalFile (no NetworkProfile metadata) is not a profile.
        var notAProfile = Execute(Compile(Sources.MyWorker), profiles: new[] { Profile("/p/cloudflare.txt", Sources.CloudflareProfile) }).Carrier!;
        Assert.Equal(CheckedInputCarrier.Status.Error, notAProfile.Status);
        Assert.Contains("NETCFG001: No NetworkProfile file declares profile 'allow-egress-to-cloudflare-dns'", notAProfile.Errors);
        Assert.Empty(notAProfile.Files);
    }

    [Fact]
    public void MalformedProfileBlocksAllOutput()
    {
        var carrier = Execute(Compile(Sources.MyApp), profiles: new[] { Profile("/p/bad.yaml", "kind: [") }).Carrier!;
        Assert.Equal(CheckedInputCarrier.Status.Error, carrier.Status);
        Assert.Contains("NETCFG009: Malformed NetworkProfile file: ", carrier.Errors);
        Assert.Contains("[/p/bad.yaml(", carrier.Errors);
        Assert.Empty(carrier.Files);
    }

    [Fact]
    public void DnsOptionsStayOutOfTheAssembly()
    {
        // The task applies them when it renders; flipping one must not change what is compiled.
        var options = new Dictionary<string, string> { ["build_property.NetCfgAllowDns"] = "false", ["build_property.NetCfgDns"] = "None" };
        var sources = Execute(Compile(Sources.MyApp), options: options).GeneratedTrees.Select(t => t.ToString());
        Assert.Equal(Execute(Compile(Sources.MyApp)).GeneratedTrees.Select(t => t.ToString()), sources);
    }

    [Fact]
    public void EmitManifestsFalseCompilesNothingIntoTheAssembly()
    {
        var options = new Dictionary<string, string> { ["build_property.NetCfgEmitManifests"] = "false" };
        var run = Execute(Compile(Sources.MyApp), options: options);
        Assert.Null(run.Carrier);
        Assert.Empty(run.Driver.GetRunResult().GeneratedTrees);
        Assert.NotNull(Execute(Compile(Sources.MyApp), options: new Dictionary<string, string> { ["build_property.NetCfgEmitManifests"] = "true" }).Carrier);
    }

    [Fact]
    public void DeclarationsSpreadOverFilesAndNamespacesAreCombined()
    {
        var carrier = Execute(Compile(
            "using NetCfg; [assembly: LocalNetworkConfig(\"cfg\", Namespace = \"shop\")]",
            "namespace A { [NetCfg.Component(\"a\")] [NetCfg.DependsOn(typeof(B.Same), Port = 1)] public class Same { } }",
            "namespace B { [NetCfg.Component(\"b\")] public class Same { } }")).Carrier!;
        Assert.Equal(CheckedInputCarrier.Status.Ok, carrier.Status);
        Assert.Contains("app.kubernetes.io/name: b", carrier.File("networkpolicy/component-a.yaml"));
    }

    [Fact]
    public void ALibraryCarriesProfileNamesCheckedButNotTheirRules()
    {
        var library = Sources.MyWorker.Replace("[assembly: LocalNetworkConfig(\"my-worker-network-config\")]", string.Empty);
        var moved = Sources.CloudflareProfile.Replace("1.1.1.1/32", "1.0.0.1/32");
        Assert.NotEqual(Sources.CloudflareProfile, moved);
        var before = Execute(Compile(library), profiles: new[] { Profile("/p/cloudflare.yaml", Sources.CloudflareProfile) }).Carrier!;
        var after = Execute(Compile(library), profiles: new[] { Profile("/p/cloudflare.yaml", moved) }).Carrier!;
        Assert.Equal(CheckedInputCarrier.Status.Library, before.Status);
        Assert.Empty(before.Decoded.ProfileFiles);
        Assert.Equal(before.Input, after.Input);

        // The names are still checked in the library.
        var renamed = Sources.CloudflareProfile.Replace("name: allow-egress-to-cloudflare-dns", "name: other");
        Assert.NotEqual(Sources.CloudflareProfile, renamed);
        var unknown = Execute(Compile(library), profiles: new[] { Profile("/p/cloudflare.yaml", renamed) }).Carrier!;
        Assert.Equal(CheckedInputCarrier.Status.Error, unknown.Status);
        Assert.Contains("NETCFG001", unknown.Errors);
    }

    [Fact]
    public void NoDeclarationsGiveAnEmptyCarrier()
    {
        var carrier = Execute(Compile("public class Plain { }")).Carrier!;
        Assert.Equal(CheckedInputCarrier.Status.Empty, carrier.Status);
        Assert.Empty(carrier.Files);
    }

    private static YamlMappingNode Load(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }
}
