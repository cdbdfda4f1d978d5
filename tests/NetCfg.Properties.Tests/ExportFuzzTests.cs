using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NetCfg.Core;
using NetCfg.Core.Carrier;
using NetCfg.Core.Model;
using NetCfg.Properties.Tests.Fuzz;
using NetCfg.Properties.Tests.Topologies;
using NetCfg.TestKit;
using Xunit;

namespace NetCfg.Properties.Tests;

/// <summary>
/// Issue 10: whatever a referenced assembly carries under <c>[assembly: AssemblyMetadata("NetCfg.Components", …)]</c>,
/// as a built assembly or as the compilation an IDE references, the config project gets NETCFG016 at its config (or a
/// clean result when the attribute is not ours), never CS8785 or AD0001, and never a partial network.
/// </summary>
public sealed class ExportFuzzTests
{
    private const string Lib = "Lib";

    private const string App = "using NetCfg;\n[assembly: LocalNetworkConfig(\"cfg\")]\n[Component(\"app\")]\npublic partial class App { }\n";

    private static readonly Lazy<CSharpCompilation> Config = new(() => Generation.Compile(new[] { ("App.cs", App) }, SourceWriter.References.Value, "UserApp"));

    /// <summary>The files of the config project alone: what a payload that is not ours must leave unchanged.</summary>
    private static readonly Lazy<IReadOnlyList<KeyValuePair<string, string>>> Alone = new(() => Generation.Run(Config.Value).Carrier!.Files);

    /// <summary>A valid export of two components, one depending on the config project's by name.</summary>
    public static readonly string Valid = ExportCodec.Encode(new ComponentExport(Lib, null, new[]
    {
        Component("Lib.Api", "lib-api", new LabelDeclaration("tier", "api"), new DependencyDeclaration(TargetRef.ByName("app"), 80, null, 0, null)),
        Component("Lib.Worker", "lib-worker", new LabelDeclaration("tier", "worker")),
    }.ToEquatableArray()));

    public static TheoryData<string, string?> Broken() => new()
    {
        { "truncated", Valid.Substring(0, Valid.Length / 2) },
        { "another NetCfg format", "22:netcfg-checked-input/1" + Valid.Substring(22) },
        { "a newer version", Valid.Replace(ExportCodec.Format, "netcfg-components/2", StringComparison.Ordinal) },
        { "a huge count", Valid.Replace("3:Lib!1:2", "3:Lib!10:2147483647", StringComparison.Ordinal) },
        { "control characters", "\0\u0001\u001b[2J\r\n\u2028\uFEFF" },
        { "a megabyte of digits", new string('7', 1 << 20) },
        { "a megabyte assembly name", "19:" + ExportCodec.Format + "1048576:" + new string('x', 1 << 20) + "!1:0!" },
        { "another assembly's export", Valid.Replace("3:Lib", "5:Other", StringComparison.Ordinal) },
        { "trailing text", Valid + "0:" },
        { "null", null },
        { "a component that claims the config project's assembly", Valid.Replace("3:Lib1:1", "7:UserApp1:1", StringComparison.Ordinal).Replace("7:lib-api", "7:LIB_API", StringComparison.Ordinal) },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void ABrokenExportIsNetcfg016AtTheConfigAndNothingIsWritten(string shape, string? payload)
    {
        foreach (var compiled in new[] { true, false })
        {
            var outcome = Run(Library(ExportCodec.MetadataKey, payload, compiled));
            outcome.Assert(Netcfg016Problems(outcome).Select(p => $"{shape} ({(compiled ? "built" : "IDE")}): {p}"));
        }
    }

    [Theory]
    [InlineData("NetCfg.Components.v2")]
    [InlineData("netcfg.components")]
    [InlineData("")]
    public void AnotherKeyIsNotOurs(string key)
    {
        foreach (var compiled in new[] { true, false })
        {
            var outcome = Run(Library(key, Valid, compiled));
            outcome.Assert();
            Assert.Equal(CheckedInputCarrier.Status.Ok, outcome.Status);
            Assert.Empty(outcome.Analyzers.NetCfg);
            Assert.Equal(Alone.Value, outcome.Run.Carrier!.Files);
        }
    }

    [Fact]
    public void TheValidExportIsPulledInWhole()
    {
        var outcome = Run(Library(ExportCodec.MetadataKey, Valid, compiled: true));
        outcome.Assert();
        Assert.Equal(CheckedInputCarrier.Status.Ok, outcome.Status);
        Assert.Empty(MissingComponents(outcome, Valid));
    }

    [Fact]
    public void MutatedExportsAreReadWholeOrReportedNeverThrown() =>
        Mutation.Sample(
            payload =>
            {
                var outcome = Run(Library(ExportCodec.MetadataKey, payload, compiled: true));
                var broken = ExportCodec.Decode(Lib, payload).Problem is not null;
                outcome.Assert(broken ? Netcfg016Problems(outcome) : MissingComponents(outcome, payload));
            },
            iter: PropertyRuns.Scaled(0.1),
            print: p => SymbolDisplay.FormatLiteral(p.Length > 2000 ? p.Substring(0, 2000) + "…" : p, quote: true));

    /// <summary>One edit of a payload: cut it, replace a character, insert text, delete three characters, or repeat a stretch.</summary>
    private static readonly Gen<(int Kind, int At, string Text)> Edit =
        from kind in Gen.Int[0, 4]
        from at in Gen.Int[0, Valid.Length]
        from text in Gen.OneOfConst("", "!", ":", "9", "\0", "\n", "2147483647", "-1", "ü", "3:Lib", "1:2")
        select (kind, at, text);

    /// <summary>The valid payload after one to three edits.</summary>
    private static readonly Gen<string> Mutation = Edit.Array[1, 3].Select(edits => edits.Aggregate(Valid, (text, e) =>
    {
        var at = Math.Min(e.At, text.Length);
        return e.Kind switch
        {
            0 => text.Substring(0, at),
            1 => text.Substring(0, at) + e.Text + text.Substring(Math.Min(text.Length, at + 1)),
            2 => text.Insert(at, e.Text),
            3 => text.Remove(at, Math.Min(text.Length - at, 3)),
            _ => text.Insert(at, text.Substring(at, Math.Min(text.Length - at, 9))),
        };
    }));

    private static FuzzOutcome Run(MetadataReference library) => FuzzOutcome.Of(Generation.Run(Config.Value.AddReferences(library)));

    private static MetadataReference Library(string key, string? payload, bool compiled)
    {
        var source = $"[assembly: System.Reflection.AssemblyMetadata({SymbolDisplay.FormatLiteral(key, true)}, {(payload is null ? "null" : SymbolDisplay.FormatLiteral(payload, true))})]";
        var compilation = Generation.Compile(new[] { ("Lib.cs", source) }, SourceWriter.References.Value, Lib);
        if (!compiled) return compilation.ToMetadataReference();
        using var image = new MemoryStream();
        var emit = compilation.Emit(image);
        return emit.Success ? MetadataReference.CreateFromImage(image.ToArray()) : throw new InvalidOperationException(string.Join("\n", emit.Diagnostics));
    }

    /// <summary>NETCFG016 in the carrier and from the analyzers, at the config attribute in App.cs.</summary>
    private static IEnumerable<string> Netcfg016Problems(FuzzOutcome outcome)
    {
        if (outcome.Status != CheckedInputCarrier.Status.Error) yield return $"status '{outcome.Status}', not 'error'";
        if (outcome.Run.Carrier is { } carrier && !carrier.Errors.Contains("NETCFG016: The NetCfg components exported by assembly 'Lib' cannot be read: it ", StringComparison.Ordinal))
        {
            yield return "the carrier has no NETCFG016: " + carrier.Errors;
        }

        var reported = outcome.Analyzers.Diagnostics.Where(d => d.Id == "NETCFG016").ToList();
        if (reported.Count != 1) yield return $"{reported.Count} NETCFG016 diagnostics";
        foreach (var d in reported.Where(d => !d.Location.IsInSource || d.Location.SourceTree!.FilePath != "App.cs" || d.Location.GetLineSpan().StartLinePosition.Line != 1))
        {
            yield return "NETCFG016 is not at the config attribute: " + d;
        }
    }

    /// <summary>With status ok, every component of the decoded export is in the LocalNetworkConfig.</summary>
    private static IEnumerable<string> MissingComponents(FuzzOutcome outcome, string payload)
    {
        if (outcome.Status != CheckedInputCarrier.Status.Ok) yield break;
        var config = outcome.Run.Carrier!.File("platform/local-network-config.yaml");
        foreach (var component in ExportCodec.Decode(Lib, payload).Components.Where(c => c.IsComponent))
        {
            if (!config.Contains("    " + component.Name + ":\n", StringComparison.Ordinal)) yield return $"component '{component.Name}' of the export is missing from the config";
        }
    }

    private static ComponentDeclaration Component(string type, string name, LabelDeclaration label, params DependencyDeclaration[] dependencies) => new(
        type, type, Lib, true, name, true, new[] { label }.ToEquatableArray(), EquatableArray<ExpressionDeclaration>.Empty, dependencies.ToEquatableArray(), EquatableArray<ProfileReference>.Empty);
}
