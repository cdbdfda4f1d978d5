using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NetCfg.Core;
using NetCfg.Core.Model;
using NetCfg.Generators.Emit;
using NetCfg.Generators.Parsing;
using NetCfg.TestKit;
using Xunit;

namespace NetCfg.Generators.Tests;

/// <summary>
/// Valid names and labels never need escaping, and invalid ones get no members; the writer escapes anyway. Hostile
/// strings written into the members come back exactly, and their doc comments stay well-formed.
/// </summary>
public sealed class LabelEscapingTests
{
    public static TheoryData<string> Hostile() => new()
    {
        "\"", "\\", "\\\"", "\n", "\r\n", "\u2028", "\u0085", "\0", "{0}", "*/ /*", "// ", "</c></summary>", "&amp;", "<see cref=\"x\"/>",
        "#endregion", "\"\"\"", "@\"", "$\"{x}\"", "\t", "\uD800", "\uDC00x", "😀", "\\u0022", "a\"; } class X { const string Y = \"",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void HostileStringsComeBackExactly(string hostile)
    {
        var members = new LabelMembers(
            "Escaping.Hostile",
            new TypeShape("Escaping", new[] { "partial class Hostile" }.ToEquatableArray(), EquatableArray<string>.Empty),
            hostile,
            new[] { new Label(hostile, hostile), new Label("k" + hostile, "") }.ToEquatableArray(),
            hostile + "=" + hostile,
            hostile,
            Nullable: true,
            "NetCfgLabelSets_0");
        var source = LabelMembersWriter.Write(new LabelFile("NetCfgLabels.0.g.cs", new[] { members }.ToEquatableArray()));
        var compilation = CSharpCompilation.Create(
            "Escaping",
            new[] { CSharpSyntaxTree.ParseText(source, LabelRuns.Latest), CSharpSyntaxTree.ParseText("namespace Escaping { public partial class Hostile { } }", LabelRuns.Latest), CSharpSyntaxTree.ParseText(LabelSetsWriter.Write("NetCfgLabelSets_0"), LabelRuns.Latest) },
            RoslynReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emit = compilation.Emit(image);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics) + "\n" + source);
        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.Id != "CS1591");

        image.Position = 0;
        var type = new AssemblyLoadContext("escaping", isCollectible: true).LoadFromStream(image).GetType("Escaping.Hostile", throwOnError: true)!;
        Assert.Equal(hostile, type.GetField("ComponentName")!.GetRawConstantValue());
        Assert.Equal(hostile + "=" + hostile, type.GetField("LabelSelector")!.GetRawConstantValue());
        var labels = (IReadOnlyDictionary<string, string>)type.GetProperty("PodLabels")!.GetValue(null)!;
        Assert.Equal(new[] { (hostile, hostile), ("k" + hostile, "") }, labels.Select(l => (l.Key, l.Value)));
    }
}
