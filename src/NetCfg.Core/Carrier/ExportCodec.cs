using System;
using System.Linq;
using NetCfg.Core.Model;
using static NetCfg.Core.Carrier.DeclarationCodec;

namespace NetCfg.Core.Carrier;

/// <summary>
/// What a component library compiles into its assembly for the config projects that reference it: an
/// <c>[assembly: AssemblyMetadata("NetCfg.Components", "...")]</c> (BCL metadata, so the assembly references nothing of
/// NetCfg) holding a <see cref="ComponentExport"/>. The payload is versioned; an unknown version is a clear problem.
/// </summary>
public static class ExportCodec
{
    public const string MetadataKey = "NetCfg.Components";
    public const string Format = "netcfg-components/1";
    public const string FormatPrefix = "netcfg-components/";

    public static string Encode(ComponentExport export)
    {
        var w = new TokenWriter().String(Format);
        Write(w, export);
        return w.ToString();
    }

    /// <summary>The export, or one whose <see cref="ComponentExport.Problem"/> says why the payload cannot be read. Never throws.</summary>
    public static ComponentExport Decode(string assembly, string? payload)
    {
        try
        {
            var r = new TokenReader(payload ?? string.Empty);
            var format = r.String();
            if (format != Format)
            {
                return Failed(assembly, format.StartsWith(FormatPrefix, StringComparison.Ordinal)
                    ? $"it is in format '{Shorten(format)}', which this version of NetCfg.Generators does not read (it reads '{Format}'); use the same NetCfg.Generators version in both projects"
                    : "it is not a NetCfg export");
            }

            var export = Read(r);
            r.End();
            if (export.Assembly != assembly) return Failed(assembly, $"it names assembly '{Shorten(export.Assembly)}'");
            return export.Components.FirstOrDefault(c => c.Assembly != assembly) is { } stray
                ? Failed(assembly, $"it declares component '{Shorten(stray.Type)}' of assembly '{Shorten(stray.Assembly)}'")
                : export;
        }
        catch (FormatException e)
        {
            return Failed(assembly, "it is truncated or corrupt (" + e.Message + ")");
        }
    }

    internal static void Write(TokenWriter w, ComponentExport e)
    {
        w.String(e.Assembly).String(e.Config);
        Many(w, e.Components, c => Component(w, c));
        w.String(e.Problem);
    }

    internal static ComponentExport Read(TokenReader r)
    {
        var assembly = r.String();
        var config = r.NullableString();
        var components = Many(r, () => Component(r));
        var problem = r.NullableString();
        return new ComponentExport(assembly, config, components, problem);
    }

    private static ComponentExport Failed(string assembly, string problem) => new(assembly, null, EquatableArray<ComponentDeclaration>.Empty, problem);

    // Foreign text goes into a message: at most 60 characters, control characters shown as '?'.
    private static string Shorten(string text)
    {
        var chars = (text.Length <= 60 ? text : text.Substring(0, 60) + "…").ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsControl(chars[i]) || char.IsSurrogate(chars[i])) chars[i] = '?';
        }

        return new string(chars);
    }
}
