using System.Collections.Generic;
using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Rules;
using Xunit;

namespace NetCfg.Core.Tests;

/// <summary>NETCFG020: the DNS properties, read strictly; an empty (or blank) value is the default, a bad one an error.</summary>
public sealed class OptionRulesTests
{
    private static (TranslationOptions Options, List<string> Errors) Read(params (string Name, string? Value)[] properties)
    {
        var errors = new List<string>();
        var options = OptionRules.Read(name => properties.FirstOrDefault(p => p.Name == name).Value, errors);
        return (options, errors);
    }

    [Fact]
    public void NoPropertiesGiveTheDefaults()
    {
        var (options, errors) = Read();
        Assert.Empty(errors);
        Assert.Equal(new TranslationOptions(DnsMode.KubeDns, "kube-system", new Label("k8s-app", "kube-dns"), 53), options);
        Assert.Equal(options, Read((OptionRules.Dns, ""), (OptionRules.DnsNamespace, "  "), (OptionRules.DnsPodLabel, ""), (OptionRules.DnsPort, " ")).Options);
    }

    [Theory]
    [InlineData("KubeDns", DnsMode.KubeDns)]
    [InlineData("kubedns", DnsMode.KubeDns)]
    [InlineData("NodeLocal", DnsMode.NodeLocal)]
    [InlineData(" NODELOCAL ", DnsMode.NodeLocal)]
    [InlineData("None", DnsMode.None)]
    [InlineData("none", DnsMode.None)]
    public void DnsModesAreReadWhateverTheirCase(string value, DnsMode mode)
    {
        var (options, errors) = Read((OptionRules.Dns, value));
        Assert.Empty(errors);
        Assert.Equal(mode, options.Dns);
    }

    [Theory]
    [InlineData(null, "false", DnsMode.None)]
    [InlineData(null, " False ", DnsMode.None)]
    [InlineData(null, "true", DnsMode.KubeDns)]
    [InlineData("None", "false", DnsMode.None)]
    [InlineData("None", "true", DnsMode.None)]
    [InlineData("NodeLocal", "true", DnsMode.NodeLocal)]
    public void AllowDnsIsASynonymForNone(string? dns, string allow, DnsMode mode)
    {
        var (options, errors) = Read((OptionRules.Dns, dns), (OptionRules.AllowDns, allow));
        Assert.Empty(errors);
        Assert.Equal(mode, options.Dns);
    }

    [Fact]
    public void OverridesAreRead()
    {
        var (options, errors) = Read(
            (OptionRules.DnsNamespace, "openshift-dns"),
            (OptionRules.DnsPodLabel, "dns.operator.openshift.io/daemonset-dns=default"),
            (OptionRules.DnsPort, "5353"));
        Assert.Empty(errors);
        Assert.Equal(("openshift-dns", new Label("dns.operator.openshift.io/daemonset-dns", "default"), 5353), (options.DnsNamespace, options.DnsPodLabel, options.DnsPort));
        Assert.Equal(new Label("app", ""), Read((OptionRules.DnsPodLabel, "app=")).Options.DnsPodLabel); // an empty label value is valid
    }

    [Theory]
    [InlineData(OptionRules.Dns, "CoreDns", "NetCfgDns must be KubeDns, NodeLocal or None, not 'CoreDns'.")]
    [InlineData(OptionRules.Dns, "Node Local", "NetCfgDns must be KubeDns, NodeLocal or None, not 'Node Local'.")]
    [InlineData(OptionRules.AllowDns, "no", "NetCfgAllowDns must be 'true' or 'false', not 'no'.")]
    [InlineData(OptionRules.AllowDns, "0", "NetCfgAllowDns must be 'true' or 'false', not '0'.")]
    [InlineData(OptionRules.DnsNamespace, "Kube-System", "NetCfgDnsNamespace must be a namespace name (a DNS-1123 label), not 'Kube-System'.")]
    [InlineData(OptionRules.DnsNamespace, "openshift.dns", "NetCfgDnsNamespace must be a namespace name (a DNS-1123 label), not 'openshift.dns'.")]
    [InlineData(OptionRules.DnsPodLabel, "kube-dns", "NetCfgDnsPodLabel must be one label as key=value, not 'kube-dns': it has no '='.")]
    [InlineData(OptionRules.DnsPodLabel, "=kube-dns", "NetCfgDnsPodLabel must be one label as key=value, not '=kube-dns': the name part must be non-empty.")]
    [InlineData(OptionRules.DnsPodLabel, "Example.com/app=x", "NetCfgDnsPodLabel must be one label as key=value, not 'Example.com/app=x': the prefix before '/' must be a lowercase DNS-1123 subdomain.")]
    [InlineData(OptionRules.DnsPodLabel, "app=-x", "NetCfgDnsPodLabel must be one label as key=value, not 'app=-x': a label value must be empty or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character.")]
    [InlineData(OptionRules.DnsPort, "0", "NetCfgDnsPort must be a port number from 1 to 65535, not '0'.")]
    [InlineData(OptionRules.DnsPort, "65536", "NetCfgDnsPort must be a port number from 1 to 65535, not '65536'.")]
    [InlineData(OptionRules.DnsPort, "+53", "NetCfgDnsPort must be a port number from 1 to 65535, not '+53'.")]
    [InlineData(OptionRules.DnsPort, "0x35", "NetCfgDnsPort must be a port number from 1 to 65535, not '0x35'.")]
    [InlineData(OptionRules.DnsPort, "dns", "NetCfgDnsPort must be a port number from 1 to 65535, not 'dns'.")]
    public void ABadValueIsOneErrorAndTheDefaultStandsIn(string property, string value, string message)
    {
        var (options, errors) = Read((property, value));
        Assert.Equal(message, Assert.Single(errors));
        Assert.Equal(TranslationOptions.Default, options);
    }

    [Theory]
    [InlineData("KubeDns")]
    [InlineData("NodeLocal")]
    public void AllowDnsFalseContradictsADnsModeThatKeepsDns(string dns)
    {
        var (_, errors) = Read((OptionRules.Dns, dns), (OptionRules.AllowDns, "false"));
        Assert.Equal($"NetCfgAllowDns=false contradicts NetCfgDns={dns}; set NetCfgDns=None instead.", Assert.Single(errors));
    }

    [Fact]
    public void EveryBadPropertyIsReported()
    {
        var (_, errors) = Read((OptionRules.Dns, "x"), (OptionRules.AllowDns, "x"), (OptionRules.DnsNamespace, "X"), (OptionRules.DnsPodLabel, "x"), (OptionRules.DnsPort, "x"));
        Assert.Equal(5, errors.Count);
        Assert.All(errors, e => Assert.StartsWith("NetCfg", e));
    }

    [Theory]
    [MemberData(nameof(EmitManifestsValues.All), MemberType = typeof(EmitManifestsValues))]
    public void EmitManifestsIsTrueOrFalseExactlyAndEmptyIsTrue(string value, bool? expected) =>
        Assert.Equal(expected, OptionRules.EmitManifestsValue(value));

    [Theory]
    [InlineData("base*line", '*')]
    [InlineData(" a?b ", '?')]
    [InlineData("a;b", ';')]
    public void ABaselineDirWithAGlobCharacterIsRefused(string value, char refused) =>
        Assert.Equal($"NetCfgBaselineDir must be a folder path, not '{value}': it has '{refused}'.", OptionRules.BaselineDirError(value));

    [Theory]
    [InlineData("../baseline")]
    [InlineData("/abs/folder with space")]
    public void AnOrdinaryBaselineDirIsAccepted(string value) => Assert.Null(OptionRules.BaselineDirError(value));

    [Fact]
    public void TheOsCharactersAreCheckedAfterTheGlobOnes() =>
        Assert.Equal("NetCfgBaselineDir must be a folder path, not 'a|b*': it has '*'.", OptionRules.BaselineDirError("a|b*", new[] { '|' }));
}
