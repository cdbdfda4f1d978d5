using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NetCfg.Core.Carrier;
using NetCfg.Tasks;

namespace NetCfg.TestKit;

/// <summary>The task's view of what the generator emitted, or why it could not be had.</summary>
public sealed record CarrierReadBack(CarriedOutput? Carrier, string? Problem);

/// <summary>Reads the generator's output back the way the MSBuild task does: compiled to an assembly image, then read.</summary>
public static class GeneratedCarrier
{
    /// <summary>The generated sources compiled alone (they are self-contained) and read with the task's reader.</summary>
    public static CarrierReadBack Read(IEnumerable<SyntaxTree> generated, IEnumerable<MetadataReference> references)
    {
        var carrier = CSharpCompilation.Create("Carrier", generated, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        var emit = carrier.Emit(image);
        if (!emit.Success)
        {
            return new CarrierReadBack(null, "the carrier does not compile:\n" + string.Join("\n", emit.Diagnostics));
        }

        image.Position = 0;
        try
        {
            return CarrierReader.Read(image) is { } constants
                ? new CarrierReadBack(new CarriedOutput(CheckedInput.Read(constants)), null)
                : new CarrierReadBack(null, "the task's reader finds no carrier in the generated sources");
        }
        catch (Exception e) when (e is UnreadableCarrierException or BadImageFormatException or InvalidOperationException)
        {
            return new CarrierReadBack(null, "the task's reader refuses the carrier: " + e.Message);
        }
    }
}
