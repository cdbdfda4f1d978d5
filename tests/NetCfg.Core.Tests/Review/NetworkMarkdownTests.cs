using System.IO;
using System.Linq;
using NetCfg.Core.Review;
using Xunit;
using static NetCfg.Core.Tests.Review.ReviewFixtures;

namespace NetCfg.Core.Tests.Review;

/// <summary>network.md of the guide's two samples, against checked-in files, plus what those files must say.</summary>
public sealed class NetworkMarkdownTests
{
    [Fact]
    public void MyAppSnapshot()
    {
        var actual = NetworkMarkdown.Render(Flows(Fixtures.MyApp(), PeerLabels.For(System.Array.Empty<Model.NetworkProfile>(), null)));
        Match("myapp-network.md", actual);
    }

    [Fact]
    public void MyWorkerSnapshot()
    {
        var input = Fixtures.MyWorker();
        var labels = PeerLabels.For(input.ProfileFiles.SelectMany(f => f.Profiles), null);
        Match("myworker-network.md", NetworkMarkdown.Render(Flows(input, labels)));
    }

    private static void Match(string name, string actual)
    {
        File.WriteAllText(Path.Combine(Path.GetTempPath(), name), actual);
        Assert.Equal(Expected(name), actual);
    }
}
