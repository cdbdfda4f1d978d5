using System.IO;
using System.Linq;
using Xunit;
using YamlDotNet.RepresentationModel;
using static NetCfg.Core.Tests.Fixtures;

namespace NetCfg.Core.Tests;

/// <summary>Each folder's kustomization lists exactly the folder's other files, by their names, in ordinal order.</summary>
public sealed class KustomizationTests
{
    [Theory]
    [InlineData("networkpolicy")]
    [InlineData("platform")]
    public void ResourcesAreTheFolderFilesSorted(string folder)
    {
        var files = Translate(MyApp()).Files;
        var names = files.Where(f => f.Path.StartsWith(folder + "/", System.StringComparison.Ordinal) && !f.Path.EndsWith("/kustomization.yaml", System.StringComparison.Ordinal))
            .Select(f => f.Path.Substring(folder.Length + 1))
            .OrderBy(n => n, System.StringComparer.Ordinal)
            .ToList();
        Assert.Contains(names, n => n.Length > 0);
        var stream = new YamlStream();
        stream.Load(new StringReader(files.Single(f => f.Path == folder + "/kustomization.yaml").Content));
        var resources = (YamlSequenceNode)((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("resources")];
        Assert.Equal(names, resources.Children.Select(r => ((YamlScalarNode)r).Value));
    }
}
