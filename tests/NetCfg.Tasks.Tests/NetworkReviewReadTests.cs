using System.Collections.Generic;
using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Review.Reading;
using NetCfg.TestKit;
using Xunit;
using NetCfg.Core.Carrier;

namespace NetCfg.Tasks.Tests;

/// <summary>Reading another copy against the review (only changed files parsed) says exactly what the core's reader says of it.</summary>
public sealed class NetworkReviewReadTests
{
    private static List<ManifestFile> Files(string source)
    {
        var carrier = Generation.Run(Generation.Compile("using NetCfg;\n" + source)).Carrier;
        Assert.NotNull(carrier);
        Assert.Equal(CheckedInputCarrier.Status.Ok, carrier!.Status);
        return carrier.Files.Select(f => new ManifestFile(f.Key, f.Value)).ToList();
    }

    private static NetworkReview Review(List<ManifestFile> files) => NetworkReview.Of(files, [], TranslationOptions.Default);

    public static TheoryData<string, string> Edits() => new()
    {
        { Shop.Source(8080), Shop.Source(8081) },
        { Shop.Source(8080), Shop.Source(8080) },
        { Shop.Source(8080, clients: 3), Shop.Source(8080) },
        { Shop.Source(8080), Shop.Source(8080, clients: 3) },
        { Shop.Source(8080), Shop.Source(8080, extra: "[MatchLabel(\"tier\", \"web\")]") },
        { Shop.Source(8080).Replace("\"shop\"", "\"shop\", Namespace = \"prod\""), Shop.Source(8080) },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void TheViewIsTheReadersView(string before, string after)
    {
        var old = Files(before);
        var read = Review(Files(after)).Read(old);
        Assert.True(read.Succeeded, string.Join("\n", read.Errors));
        Assert.Equal(ManifestReader.Read(old), read);
    }

    [Fact]
    public void OnlyTheConfigChangedStillGivesEveryPolicy()
    {
        var current = Files(Shop.Source());
        var old = current.Select(f => f.Path == ManifestReader.ConfigPath ? f with { Content = f.Content.Replace("name: shop", "name: old-shop", System.StringComparison.Ordinal) } : f).ToList();
        var read = Review(current).Read(old);
        Assert.Equal(ManifestReader.Read(old), read);
        Assert.Equal(Review(current).View.Policies, read.View!.Policies);
    }

    [Theory]
    [InlineData("networkpolicy/component-webapp.yaml", "kind: [")]
    [InlineData("networkpolicy/component-webapp.yaml", "apiVersion: v1\nkind: ConfigMap\n")]
    [InlineData("platform/local-network-config.yaml", "kind: NetworkPolicy\n")]
    public void ABrokenFileGivesTheReadersErrors(string path, string content)
    {
        var current = Files(Shop.Source());
        var old = current.Select(f => f.Path == path ? f with { Content = content } : f).ToList();
        var read = Review(current).Read(old);
        Assert.False(read.Succeeded);
        Assert.Equal(ManifestReader.Read(old).Errors, read.Errors);
    }

    [Fact]
    public void AFolderWithoutConfigOrPoliciesIsRefusedAsTheReaderRefusesIt()
    {
        var current = Files(Shop.Source());
        var review = Review(current);
        foreach (var old in new[] { current.Where(f => f.Path != ManifestReader.ConfigPath).ToList(), current.Where(f => !f.Path.StartsWith("networkpolicy/", System.StringComparison.Ordinal)).ToList(), new List<ManifestFile>() })
        {
            Assert.Equal(ManifestReader.Read(old), review.Read(old));
        }
    }
}
