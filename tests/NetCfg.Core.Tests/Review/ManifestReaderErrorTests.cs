using System;
using System.Collections.Generic;
using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Review.Reading;
using Xunit;
using static NetCfg.Core.Tests.Review.ReviewFixtures;

namespace NetCfg.Core.Tests.Review;

/// <summary>Anything that is not NetCfg manifests gives errors and no view, never an exception.</summary>
public sealed class ManifestReaderErrorTests
{
    private const string Config = "platform/local-network-config.yaml";
    private const string Deny = "networkpolicy/default-deny.yaml";

    [Fact]
    public void NoFilesAtAll() =>
        Assert.Equal(2, Errors(new List<ManifestFile>()).Length);

    [Fact]
    public void NullListAndNullEntries() =>
        Assert.NotEmpty(ManifestReader.Read(new ManifestFile[] { null!, new(null!, null!) }).Errors);

    [Fact]
    public void AForeignFolder()
    {
        var errors = Errors(new List<ManifestFile> { new("README.md", "# hello"), new("deploy/app.yaml", "kind: Deployment\n") });
        Assert.Contains(errors, e => e.StartsWith(Config + " is missing", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("networkpolicy/ holds no NetworkPolicy", StringComparison.Ordinal));
    }

    [Fact]
    public void MissingConfig() =>
        Assert.Contains(Errors(Without(Config)), e => e.Contains("is missing"));

    [Fact]
    public void MissingPolicies() =>
        Assert.Contains(Errors(Files(Fixtures.MyApp()).Where(f => !f.Path.StartsWith("networkpolicy/")).ToList()), e => e.Contains("holds no NetworkPolicy"));

    [Theory]
    [InlineData("\0\u0001\u0002binary")]
    [InlineData("{ unclosed: [")]
    [InlineData("a: b\n c: d\n")]
    [InlineData("key: value\nkey: again\n")]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("--- a\n--- b\n")]
    [InlineData("- a list\n")]
    [InlineData("plain text")]
    [InlineData("apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: x}\n")]
    [InlineData("apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: x}\nspec: {podSelector: {}}\n")]
    public void AHostileOrForeignPolicyFile(string content) =>
        Assert.Contains(Errors(Replace(Deny, content)), e => e.StartsWith(Deny, StringComparison.Ordinal));

    [Theory]
    [InlineData("podSelector: {}\nbogus: 1\n", "unknown key 'bogus'")]
    [InlineData("policyTypes: [Ingress]\n", "'podSelector' is required")]
    [InlineData("podSelector: []\n", "must be a mapping")]
    [InlineData("podSelector: {}\npolicyTypes: [Sideways]\n", "is not Ingress or Egress")]
    [InlineData("podSelector: {matchExpressions: [{key: a, operator: Like, values: [b]}]}\n", "must be In, NotIn, Exists or DoesNotExist")]
    [InlineData("podSelector: {matchExpressions: [{key: a, operator: In}]}\n", "needs at least one value")]
    [InlineData("podSelector: {matchExpressions: [{key: a, operator: Exists, values: [b]}]}\n", "takes no values")]
    [InlineData("podSelector: {matchLabels: {\"bad key!\": b}}\n", "label key")]
    [InlineData("podSelector: {}\negress: [{to: [{}]}]\n", "must set ipBlock")]
    [InlineData("podSelector: {}\negress: [{from: []}]\n", "unknown key 'from'")]
    [InlineData("podSelector: {}\negress: [{to: [{ipBlock: {cidr: 10.0.0.0/8}, podSelector: {}}]}]\n", "may not be combined")]
    [InlineData("podSelector: {}\negress: [{to: [{ipBlock: {cidr: 10.0.0.1/8}}]}]\n", "bits set beyond the prefix")]
    [InlineData("podSelector: {}\negress: [{to: [{ipBlock: {cidr: 10.0.0.0/8, except: [11.0.0.0/16]}}]}]\n", "strictly inside")]
    [InlineData("podSelector: {}\negress: [{ports: [{port: http, endPort: 90}]}]\n", "endPort cannot be used with a named port")]
    [InlineData("podSelector: {}\negress: [{ports: [{port: 90, endPort: 80}]}]\n", "below Port")]
    [InlineData("podSelector: {}\negress: [{ports: [{port: 70000}]}]\n", "outside 1-65535")]
    [InlineData("podSelector: {}\negress: [{ports: [{port: \"8080\"}]}]\n", "port must be a number from 1 to 65535 or a port name")]
    [InlineData("podSelector: {}\negress: [{ports: [{protocol: ICMP}]}]\n", "must be TCP, UDP or SCTP")]
    [InlineData("podSelector: {}\negress: {to: []}\n", "must be a list")]
    public void APolicyThatIsNotReadable(string spec, string message) =>
        Assert.Contains(Errors(Folder("a:\n  podSelector: {}", spec)), e => e.StartsWith("networkpolicy/p0.yaml(", StringComparison.Ordinal) && e.Contains(message));

    [Fact]
    public void APolicyNotWrittenByNetCfg() =>
        Assert.Contains(Errors(Replace(Deny, "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: x\n  labels: {team: a}\nspec: {podSelector: {}}\n")), e => e.Contains("not written by NetCfg"));

    [Theory]
    [InlineData("apiVersion: v1\nkind: ConfigMap\n", "not a networking.tcs.trifork.com/v1alpha1 LocalNetworkConfig")]
    [InlineData("apiVersion: networking.tcs.trifork.com/v1alpha1\nkind: LocalNetworkConfig\nspec: {}\n", "'components' is required")]
    [InlineData("apiVersion: networking.tcs.trifork.com/v1alpha1\nkind: LocalNetworkConfig\nspec: {components: {a: {}}}\n", "'podSelector' is required")]
    [InlineData("apiVersion: networking.tcs.trifork.com/v1alpha1\nkind: LocalNetworkConfig\nspec: {components: [a]}\n", "must be a mapping")]
    public void AConfigThatIsNotReadable(string content, string message) =>
        Assert.Contains(Errors(Replace(Config, content)), e => e.StartsWith(Config, StringComparison.Ordinal) && e.Contains(message));

    [Fact]
    public void DeepNestingAnchorsAliasesAndHugeFilesAreRefused()
    {
        Assert.Contains(Deny + "(1,4): YAML anchors are not supported in NetCfg manifests", Errors(Replace(Deny, "x: &a [1]\ny: b\n")));
        Assert.Contains(Deny + "(2,4): YAML aliases are not supported in NetCfg manifests", Errors(Replace(Deny, "x: [1]\ny: *a\n")));
        Assert.Contains(Errors(Replace(Deny, new string('[', 10_000) + new string(']', 10_000))), e => e.Contains("nesting deeper"));
        Assert.Contains(Errors(Replace(Deny, new string('a', (1 << 25) + 1))), e => e.Contains("larger than"));
    }

    [Fact]
    public void EveryTruncationOfEveryFileIsReadOrRefusedWithoutThrowing()
    {
        foreach (var file in Files(Fixtures.MyWorker()).Where(f => f.Path.EndsWith(".yaml", StringComparison.Ordinal)))
        {
            for (var length = 0; length < file.Content.Length; length++)
            {
                var result = ManifestReader.Read(Replace(file.Path, file.Content.Substring(0, length), Fixtures.MyWorker()));
                Assert.True(result.Succeeded != result.Errors.Count > 0, $"{file.Path} cut at {length}");
            }
        }
    }

    [Fact]
    public void RandomEditsOfEveryFileAreReadOrRefusedWithoutThrowing()
    {
        const string alphabet = " \n\t:-[]{}&*!|>'\"#%@`,?0123456789abcxyzTCPUDSNetworkPolicyingressegresportcidrexcept\u0000\u2028é";
        var random = new Random(12);
        var files = Files(Fixtures.MyWorker());
        for (var run = 0; run < 2000; run++)
        {
            var edited = files.ToList();
            var index = random.Next(edited.Count);
            var text = edited[index].Content;
            var at = random.Next(text.Length + 1);
            var piece = alphabet.Substring(random.Next(alphabet.Length - 3), random.Next(1, 4));
            text = random.Next(3) switch
            {
                0 => text.Insert(at, piece),
                1 => text.Remove(Math.Min(at, text.Length - 1), Math.Min(piece.Length, text.Length - Math.Min(at, text.Length - 1))),
                _ => text.Remove(Math.Min(at, text.Length - 1), 1).Insert(Math.Min(at, text.Length - 1), piece),
            };
            edited[index] = edited[index] with { Content = text };
            var result = ManifestReader.Read(edited);
            Assert.True(result.Succeeded != result.Errors.Count > 0, text);
        }
    }

    private static string[] Errors(List<ManifestFile> files)
    {
        var result = ManifestReader.Read(files);
        Assert.Null(result.View);
        Assert.NotEmpty(result.Errors);
        return result.Errors.ToArray();
    }

    private static List<ManifestFile> Without(string path) => Files(Fixtures.MyApp()).Where(f => f.Path != path).ToList();

    private static List<ManifestFile> Replace(string path, string content, TranslationInput? input = null) =>
        Files(input ?? Fixtures.MyApp()).Select(f => f.Path == path ? f with { Content = content } : f).ToList();
}
