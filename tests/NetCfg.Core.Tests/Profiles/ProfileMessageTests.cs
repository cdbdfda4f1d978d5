using System.Linq;
using NetCfg.Core.Profiles;
using Xunit;

namespace NetCfg.Core.Tests;

/// <summary>
/// Each mistake in a profile file gets its own message, word for word, at its line and column: these are NETCFG009's
/// texts, which users see and issue 17 keeps as they are.
/// </summary>
public sealed class ProfileMessageTests
{
    private const string Head = "apiVersion: networking.tcs.trifork.com/v1alpha1\nkind: NetworkProfile\n";
    private const string Named = Head + "metadata: {name: p}\n";
    private const string ToIpBlock = "to: [{ipBlock: {cidr: 10.0.0.0/8}}]";

    [Theory]
    [InlineData("- a\n", 1, 1, "a profile document must be a mapping")]
    [InlineData("---\n''\n", 2, 1, "a profile document must be a mapping")]
    [InlineData(Named + "spec: {egress: [{" + ToIpBlock + "}]}\nstatus: {}\n", 5, 1, "unknown key 'status' (expected apiVersion, kind, metadata, spec)")]
    [InlineData(Head + "metadata: p\nspec: {egress: [{" + ToIpBlock + "}]}\n", 3, 11, "metadata must be a mapping")]
    [InlineData(Head + "metadata: {name: p, uid: x}\nspec: {egress: [{" + ToIpBlock + "}]}\n", 3, 21, "unknown key 'uid' (expected name, namespace, labels, annotations)")]
    [InlineData(Head + "metadata: {name: [p]}\nspec: {egress: [{" + ToIpBlock + "}]}\n", 3, 18, "metadata.name must be a single value")]
    [InlineData(Head + "metadata: {name: Bad_Name}\nspec: {egress: [{" + ToIpBlock + "}]}\n", 3, 18, "profile name 'Bad_Name' is not a DNS-1123 subdomain")]
    [InlineData(Named + "spec: x\n", 4, 7, "spec must be a mapping")]
    [InlineData(Named + "spec: {egress: x}\n", 4, 16, "spec.egress must be a list")]
    [InlineData(Named + "spec: {ingress: x}\n", 4, 17, "spec.ingress must be a list")]
    [InlineData(Named + "spec: {egress: [x]}\n", 4, 17, "an egress rule must be a mapping")]
    [InlineData(Named + "spec: {ingress: [x]}\n", 4, 18, "an ingress rule must be a mapping")]
    [InlineData(Named + "spec: {egress: [{ports: [{port: 443}]}]}\n", 4, 17, "an egress rule needs a non-empty 'to': without it the rule allows every destination")]
    [InlineData(Named + "spec: {ingress: [{from: [], ports: [{port: 443}]}]}\n", 4, 18, "an ingress rule needs a non-empty 'from': without it the rule allows every source")]
    [InlineData(Named + "spec: {egress: [{" + ToIpBlock + ", ports: x}]}\n", 4, 62, "ports must be a list")]
    [InlineData(Named + "spec: {egress: [{" + ToIpBlock + ", ports: [{port: 443}]}]}\nx: &a 1\n", 5, 4, "YAML anchors are not supported in profiles")]
    public void EachMistakeHasItsOwnMessage(string text, int line, int column, string message)
    {
        var file = ProfileParser.Parse("p.yaml", text);
        Assert.Empty(file.Profiles);
        var error = Assert.Single(file.Errors);
        Assert.Equal((line, column, message), (error.Line, error.Column, error.Message));
    }

    [Fact]
    public void MetadataMayCarryNamespaceLabelsAndAnnotations()
    {
        var file = ProfileParser.Parse("p.yaml", Head + "metadata:\n  name: p\n  namespace: platform\n  labels: {team: net}\n  annotations: {owner: net}\nspec: {egress: [{" + ToIpBlock + "}]}\n");
        Assert.Empty(file.Errors);
        Assert.Equal("p", Assert.Single(file.Profiles).Name);
    }

    [Theory]
    [InlineData("---\n---\n")]
    [InlineData("---\n~\n---\n")]
    [InlineData("---\nnull\n---\n")]
    public void EmptyDocumentsBetweenProfilesAreSkipped(string empty)
    {
        var file = ProfileParser.Parse("p.yaml", empty + Named + "spec: {egress: [{" + ToIpBlock + "}]}\n");
        Assert.Empty(file.Errors);
        Assert.Equal(new[] { "p" }, file.Profiles.Select(p => p.Name));
    }
}
